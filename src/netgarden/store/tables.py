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
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import NAMING, Base, same_workspace, workspace_fk

_workspace_fk = workspace_fk  # the names the table classes below were written with
_same_workspace = same_workspace


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
    workspace_id: Mapped[int] = workspace_fk()
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
    # career resilience (issue 16): their status and since when, what they hire for, how
    # they like to be reached
    status: Mapped[str | None] = mapped_column(String(20))
    status_on: Mapped[dt.date | None] = mapped_column(Date)
    hiring_manager_for: Mapped[str | None] = mapped_column(String(300))
    preferred_channel: Mapped[str | None] = mapped_column(String(12))


class ContactEmail(Base):
    __tablename__ = "contact_emails"
    __table_args__ = (
        UniqueConstraint("workspace_id", "email_key"),
        same_workspace("contact_emails", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320))
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactPhone(Base):
    __tablename__ = "contact_phones"
    __table_args__ = (
        Index("ix_contact_phones_workspace_e164", "workspace_id", "e164"),
        same_workspace("contact_phones", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str | None] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactTag(Base):
    __tablename__ = "contact_tags"
    __table_args__ = (
        Index("ix_contact_tags_workspace_tag", "workspace_id", "tag"),
        same_workspace("contact_tags", "contact_id"),
    )

    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()


class Touch(Base):
    __tablename__ = "touches"
    __table_args__ = (
        Index("ix_touches_workspace_occurred_on", "workspace_id", "occurred_on"),
        # reviews count the year's outreaches from the index alone (migration 0023)
        Index(
            "ix_touches_workspace_direction", "workspace_id", "direction", "occurred_on", "replied"
        ),
        # an imported touch remembers where it came from, so re-importing adds nothing
        Index("ix_touches_workspace_source_key", "workspace_id", "source_key", unique=True),
        Index("ux_touches_workspace_id", "workspace_id", "id", unique=True),
        # ROI counts a period's messages and meetings from the index alone (migration 0024)
        Index(
            "ix_touches_workspace_day_kind",
            "workspace_id",
            "occurred_on",
            "kind",
            "direction",
            "replied",
            "asks",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    direction: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)
    replied: Mapped[bool | None] = mapped_column(Boolean)
    source_key: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # outreach drafted from a template (issue 14): its key, and what it asked for
    template_key: Mapped[str | None] = mapped_column(String(40))
    asks: Mapped[str | None] = mapped_column(String(16))
    # the three-touch system (issue 15): update, personal or value
    purpose: Mapped[str | None] = mapped_column(String(16))


class TouchParticipant(Base):
    """Who a touch was with. ``occurred_on`` copies the touch's date so that the agenda's
    "last touch" and "touches this year" are answered from one covering index."""

    __tablename__ = "touch_participants"
    __table_args__ = (
        Index("ix_touch_participants_contact_occurred_on", "contact_id", "occurred_on"),
        # a touch's people and day without reading the rows (migration 0024)
        Index(
            "ix_touch_participants_touch_day",
            "touch_id",
            "workspace_id",
            "occurred_on",
            "contact_id",
        ),
        # a period's touches per person or per day from one range (migration 0025; the day
        # first, or SQLite takes it for every join on the workspace)
        Index("ix_touch_participants_day", "occurred_on", "workspace_id", "contact_id"),
        same_workspace("touch_participants", "touch_id", "touches"),
        same_workspace("touch_participants", "contact_id"),
    )

    touch_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    occurred_on: Mapped[dt.date] = mapped_column(Date)


class DuplicateCandidate(Base):
    """Two contacts that may be one person: an import was unsure, so it asks the user."""

    __tablename__ = "duplicate_candidates"
    __table_args__ = (
        same_workspace("duplicate_candidates", "contact_id"),
        same_workspace("duplicate_candidates", "other_id"),
    )

    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    other_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    evidence: Mapped[str] = mapped_column(String(500))
    score: Mapped[int] = mapped_column(Integer)


class ImportFingerprint(Base):
    """A digest of every record an import applied, so the same record later changes
    nothing even when it matched nobody for certain."""

    __tablename__ = "import_fingerprints"
    __table_args__ = (same_workspace("import_fingerprints", "contact_id"),)

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
        same_workspace("ledger_entries", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
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
        same_workspace("links", "a_id"),
        same_workspace("links", "b_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
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
        same_workspace("introductions", "a_id"),
        same_workspace("introductions", "b_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
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


# the tables of other areas live in their own modules; importing them here registers them
# on Base.metadata wherever the schema is needed, and keeps one import path for callers
from netgarden.store import account_tables as account_tables  # noqa: E402  (issue 19)
from netgarden.store import career_tables as career_tables  # noqa: E402  (issue 16)
from netgarden.store import plan_tables as plan_tables  # noqa: E402  (issue 12)
from netgarden.store import review_tables as review_tables  # noqa: E402  (issue 13)
from netgarden.store import tables_opps as tables_opps  # noqa: E402  (issue 16)
from netgarden.store.tables_derived import (  # noqa: E402
    FeedItem,
    FeedToken,
    StrengthTally,
    SyncCard,
)
from netgarden.store.tables_events import Event, EventPerson, Task  # noqa: E402
from netgarden.store.tables_practice import OutreachTemplate  # noqa: E402

__all__ = [
    "NAMING", "Base", "Contact", "ContactEmail", "ContactPhone", "ContactTag", "DuplicateCandidate",
    "Event", "EventPerson", "FeedItem", "FeedToken", "ImportFingerprint", "Introduction",
    "LedgerEntry", "Link", "OutreachTemplate", "PreferenceValue", "StrengthTally", "SyncCard",
    "Task", "Touch", "TouchParticipant", "Workspace", "same_workspace", "workspace_fk",
]  # fmt: skip
from netgarden.store import tables_goals as tables_goals  # noqa: E402  (issue 15)
