"""Tables added by migration 0010: planned meetings, the people in them, and my profile.

Whatever reads ``Base.metadata`` whole (backups, migrations) imports this module too.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base
from netgarden.store.table_base import same_workspace as _same_workspace
from netgarden.store.table_base import workspace_fk as _workspace_fk


class Plan(Base):
    """A meeting planned with one or more people on a day to come (domain.plans); it
    resets nobody's cadence until it is confirmed by a logged touch (``touch_id``)."""

    __tablename__ = "plans"
    __table_args__ = (
        Index("ix_plans_workspace_planned_on", "workspace_id", "planned_on"),
        Index("ux_plans_workspace_id", "workspace_id", "id", unique=True),
        # a meeting read from a calendar is planned once (migration 0023)
        Index("ux_plans_workspace_source_key", "workspace_id", "source_key", unique=True),
        _same_workspace("plans", "touch_id", "touches"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    kind: Mapped[str] = mapped_column(String(32))
    planned_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # planned, happened, cancelled
    touch_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # "ics-plan:" + the calendar UID's hash when a calendar import made it (issue 12)
    source_key: Mapped[str | None] = mapped_column(String(100), default=None)


class PlanPerson(Base):
    __tablename__ = "plan_people"
    __table_args__ = (
        Index("ix_plan_people_contact_id", "contact_id"),
        _same_workspace("plan_people", "plan_id", "plans"),
        _same_workspace("plan_people", "contact_id"),
    )

    plan_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()


class Profile(Base):
    """Me, as the prep sheet pitches me (seeds/001 and 002): one per workspace."""

    __tablename__ = "profiles"
    __table_args__ = (UniqueConstraint("workspace_id", name="uq_profiles_workspace_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    name: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(300))
    company: Mapped[str | None] = mapped_column(String(300))
    what: Mapped[str | None] = mapped_column(Text)
    hook: Mapped[str | None] = mapped_column(Text)
    pitch_30: Mapped[str | None] = mapped_column(Text)
    pitch_60: Mapped[str | None] = mapped_column(Text)
    pitch_120: Mapped[str | None] = mapped_column(Text)
    time_zone: Mapped[str | None] = mapped_column(String(64))
    questions: Mapped[str | None] = mapped_column(Text)  # for informational interviews
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
