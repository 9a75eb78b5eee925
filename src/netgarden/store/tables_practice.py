"""Tables of the practice: the user's own outreach templates (issue 14), anniversaries and
each week's dormant picks (issue 15)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base, same_workspace, workspace_fk


class OutreachTemplate(Base):
    """A template of the user's own (a copy of a built-in, edited); built-ins live in code."""

    __tablename__ = "outreach_templates"
    __table_args__ = (UniqueConstraint("workspace_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    asks: Mapped[str] = mapped_column(String(16))
    based_on: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Anniversary(Base):
    """A yearly day to remember about a contact besides the birthday (seeds/002: "birthday
    and anniversary reminders"): one per kind ("work", "wedding"…); ``day`` is stored as a
    birthday is (``YYYY-MM-DD`` or ``--MM-DD``)."""

    __tablename__ = "anniversaries"
    __table_args__ = (
        UniqueConstraint("workspace_id", "contact_id", "kind", name="uq_anniversaries_kind"),
        same_workspace("anniversaries", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    day: Mapped[str] = mapped_column(String(10))


class WeekPick(Base):
    """A dormant tie picked by the first agenda of an ISO week (seeds/002: "Reach out to 3
    dormant connections" is a this-week action): kept until the next Monday."""

    __tablename__ = "week_picks"
    __table_args__ = (
        UniqueConstraint("workspace_id", "week_of", "contact_id", name="uq_week_picks_week"),
        same_workspace("week_picks", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    week_of: Mapped[dt.date] = mapped_column(Date)  # the week's Monday
    contact_id: Mapped[int] = mapped_column(Integer)
    rank: Mapped[int] = mapped_column(Integer)
    picked_on: Mapped[dt.date] = mapped_column(Date)
