"""Tables of the practice around events: events, the people at them, follow-up tasks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base, same_workspace, workspace_fk


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
    workspace_id: Mapped[int] = workspace_fk()
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
        same_workspace("event_people", "event_id", "events"),
        same_workspace("event_people", "contact_id"),
        same_workspace("event_people", "touch_id", "touches"),
    )

    event_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    note: Mapped[str | None] = mapped_column(Text)
    touch_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    source: Mapped[str | None] = mapped_column(String(16))  # attendee-list, speaker-list


class Task(Base):
    """Something to do with a contact by a day (a 24-48-7 follow-up: domain.followups),
    with the rule that made it and what it came from; ``done_on`` is set once it is done,
    ``done_by`` says how (a touch, a give, by hand)."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_workspace_done_on_due_on", "workspace_id", "done_on", "due_on"),
        Index("ix_tasks_contact_id", "contact_id"),
        same_workspace("tasks", "contact_id"),
        same_workspace("tasks", "event_id", "events"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    kind: Mapped[str] = mapped_column(String(32))
    rule: Mapped[str] = mapped_column(String(32))
    contact_id: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[int | None] = mapped_column(Integer)
    since: Mapped[dt.date] = mapped_column(Date)  # the day of what made it
    due_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)  # a promise's text
    touch_id: Mapped[int | None] = mapped_column(Integer)  # the touch that made it
    introduction_id: Mapped[int | None] = mapped_column(Integer)  # the introduction
    about_id: Mapped[int | None] = mapped_column(Integer)  # the other contact it is about
