"""Tables, as SQLAlchemy 2 typed models.

Every row carries ``workspace_id`` so the same schema serves one person on SQLite and a team
on PostgreSQL. Dates are ``DATE``; instants are naive UTC ``DATETIME``. The SQL stays
portable: the SQLite-only full-text index is created by the migration, not here.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _workspace_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), nullable=False)


def _same_workspace(table: str, column: str, referred: str = "contacts") -> ForeignKeyConstraint:
    """``column`` names a row of ``referred`` in this row's own workspace: the database
    refuses a reference to another workspace's contact (or touch)."""
    return ForeignKeyConstraint(
        ["workspace_id", column],
        [f"{referred}.workspace_id", f"{referred}.id"],
        name=f"fk_{table}_{column}_{referred}_ws",
        ondelete="CASCADE",
    )


class Workspace(Base):
    __tablename__ = "workspaces"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # bumped by every writing transaction in the workspace (Database.transaction): what is
    # computed from the workspace's rows is cached until it changes
    changes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_workspace_name_key", "workspace_id", "name_key"),
        Index("ix_contacts_workspace_circle", "workspace_id", "circle"),
        # the parent key of every (workspace_id, contact_id) foreign key
        Index("ux_contacts_workspace_id", "workspace_id", "id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    name: Mapped[str] = mapped_column(String(300))
    # casefolded name: exact and prefix lookups use the index on it
    name_key: Mapped[str] = mapped_column(String(300))
    company: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(300))
    how_met: Mapped[str | None] = mapped_column(Text)
    met_on: Mapped[dt.date | None] = mapped_column(Date)
    met_at: Mapped[str | None] = mapped_column(String(300))
    personal: Mapped[str | None] = mapped_column(Text)
    interests: Mapped[str | None] = mapped_column(Text)
    help_them: Mapped[str | None] = mapped_column(Text)
    help_me: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    linkedin_url: Mapped[str | None] = mapped_column(String(500))
    location: Mapped[str | None] = mapped_column(String(300))
    industry: Mapped[str | None] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(200))
    seniority: Mapped[str | None] = mapped_column(String(100))
    # "YYYY-MM-DD", or "--MM-DD" when the year is unknown (vCard's form)
    birthday: Mapped[str | None] = mapped_column(String(10))
    # when we connected on LinkedIn (kept from imports)
    connected_on: Mapped[dt.date | None] = mapped_column(Date)
    circle: Mapped[str] = mapped_column(String(8), default="none")
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # what reviews read (issue 13): 1-5 each, an energy, a board seat, the decisions they
    # make ("budget,hiring"), an IANA time zone, whether I mentor them
    influence: Mapped[int | None] = mapped_column(Integer)
    accessibility: Mapped[int | None] = mapped_column(Integer)
    energy: Mapped[str | None] = mapped_column(String(16))
    board_seat: Mapped[str | None] = mapped_column(String(16))
    decides: Mapped[str | None] = mapped_column(String(100))
    time_zone: Mapped[str | None] = mapped_column(String(64))
    mentee: Mapped[bool | None] = mapped_column(Boolean)


class ContactEmail(Base):
    __tablename__ = "contact_emails"
    __table_args__ = (
        UniqueConstraint("workspace_id", "email_key"),
        _same_workspace("contact_emails", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320))
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactPhone(Base):
    __tablename__ = "contact_phones"
    __table_args__ = (
        Index("ix_contact_phones_workspace_e164", "workspace_id", "e164"),
        _same_workspace("contact_phones", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str | None] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactTag(Base):
    __tablename__ = "contact_tags"
    __table_args__ = (
        Index("ix_contact_tags_workspace_tag", "workspace_id", "tag"),
        _same_workspace("contact_tags", "contact_id"),
    )

    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()


class Touch(Base):
    __tablename__ = "touches"
    __table_args__ = (
        Index("ix_touches_workspace_occurred_on", "workspace_id", "occurred_on"),
        # an imported touch remembers where it came from, so re-importing adds nothing
        Index("ix_touches_workspace_source_key", "workspace_id", "source_key", unique=True),
        Index("ux_touches_workspace_id", "workspace_id", "id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    direction: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)
    replied: Mapped[bool | None] = mapped_column(Boolean)
    source_key: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class TouchParticipant(Base):
    """Who a touch was with. ``occurred_on`` copies the touch's date so that the agenda's
    "last touch" and "touches this year" are answered from one covering index."""

    __tablename__ = "touch_participants"
    __table_args__ = (
        Index("ix_touch_participants_contact_occurred_on", "contact_id", "occurred_on"),
        _same_workspace("touch_participants", "touch_id", "touches"),
        _same_workspace("touch_participants", "contact_id"),
    )

    touch_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    occurred_on: Mapped[dt.date] = mapped_column(Date)


class DuplicateCandidate(Base):
    """Two contacts that may be one person: an import was unsure, so it asks the user."""

    __tablename__ = "duplicate_candidates"
    __table_args__ = (
        _same_workspace("duplicate_candidates", "contact_id"),
        _same_workspace("duplicate_candidates", "other_id"),
    )

    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    other_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    evidence: Mapped[str] = mapped_column(String(500))
    score: Mapped[int] = mapped_column(Integer)


class ImportFingerprint(Base):
    """A digest of every record an import applied, so the same record later changes
    nothing even when it matched nobody for certain."""

    __tablename__ = "import_fingerprints"
    __table_args__ = (_same_workspace("import_fingerprints", "contact_id"),)

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    fingerprint: Mapped[str] = mapped_column(String(40), primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer, index=True)


class LedgerEntry(Base):
    """Value exchanged with a contact: given, received or asked (the reciprocity bank)."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        Index("ix_ledger_entries_contact_occurred_on", "contact_id", "occurred_on"),
        _same_workspace("ledger_entries", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    contact_id: Mapped[int] = mapped_column(Integer)
    entry_type: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Link(Base):
    """Two contacts who know each other (stored once, lower id first)."""

    __tablename__ = "links"
    __table_args__ = (
        UniqueConstraint("workspace_id", "a_id", "b_id", name="uq_links_workspace_id"),
        Index("ix_links_b_id", "b_id"),
        _same_workspace("links", "a_id"),
        _same_workspace("links", "b_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    a_id: Mapped[int] = mapped_column(Integer)
    b_id: Mapped[int] = mapped_column(Integer)
    strength: Mapped[str] = mapped_column(String(8))
    how: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Introduction(Base):
    """A double opt-in introduction I am making between two contacts."""

    __tablename__ = "introductions"
    __table_args__ = (
        _same_workspace("introductions", "a_id"),
        _same_workspace("introductions", "b_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    a_id: Mapped[int] = mapped_column(Integer)
    b_id: Mapped[int] = mapped_column(Integer)
    why: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(Text)
    updated_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PreferenceValue(Base):
    __tablename__ = "preferences"

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Event(Base):
    """An event I plan to go to, went to or skipped (domain.events)."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_workspace_occurred_on", "workspace_id", "occurred_on"),
        Index("ix_events_workspace_series", "workspace_id", "series"),
        # the parent key of every (workspace_id, event_id) foreign key
        Index("ux_events_workspace_id", "workspace_id", "id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    name: Mapped[str] = mapped_column(String(300))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    starts_at: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", local time
    series: Mapped[str | None] = mapped_column(String(200))
    organizer: Mapped[str | None] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(16))
    virtual: Mapped[bool] = mapped_column(Boolean, default=False)
    access: Mapped[str | None] = mapped_column(String(16))
    size: Mapped[int | None] = mapped_column(Integer)
    topics: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    goal: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class EventPerson(Base):
    """A contact at an event: a target, someone met, a speaker or an organizer. Someone
    met has the touch that recorded it."""

    __tablename__ = "event_people"
    __table_args__ = (
        Index("ix_event_people_contact_id", "contact_id"),
        _same_workspace("event_people", "event_id", "events"),
        _same_workspace("event_people", "contact_id"),
        _same_workspace("event_people", "touch_id", "touches"),
    )

    event_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    note: Mapped[str | None] = mapped_column(Text)
    touch_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Task(Base):
    """Something to do with a contact by a day (a 24-48-7 follow-up: domain.followups),
    with the rule that made it and what it came from; ``done_on`` is set once it is done,
    ``done_by`` says how (a touch, a give, by hand)."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_workspace_done_on_due_on", "workspace_id", "done_on", "due_on"),
        Index("ix_tasks_contact_id", "contact_id"),
        _same_workspace("tasks", "contact_id"),
        _same_workspace("tasks", "event_id", "events"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    kind: Mapped[str] = mapped_column(String(32))
    rule: Mapped[str] = mapped_column(String(32))
    contact_id: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[int | None] = mapped_column(Integer)
    since: Mapped[dt.date] = mapped_column(Date)  # the day of what made it
    due_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
