"""The tables of network reviews (issue 13): circle history, diversity targets, my profile."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base
from netgarden.store.table_base import same_workspace as _same_workspace
from netgarden.store.table_base import workspace_fk as _workspace_fk


class CircleChange(Base):
    """A contact's circle changed on a day (from ``None`` when the contact was created in it):
    reviews and goals read a circle's history from these."""

    __tablename__ = "circle_changes"
    __table_args__ = (_same_workspace("circle_changes", "contact_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    changed_on: Mapped[dt.date] = mapped_column(Date)
    from_circle: Mapped[str | None] = mapped_column(String(8))
    to_circle: Mapped[str] = mapped_column(String(8))


class DiversityTarget(Base):
    """At least ``at_least`` contacts with ``value`` in ``dimension`` (a company target is a
    target company)."""

    __tablename__ = "diversity_targets"
    __table_args__ = (
        UniqueConstraint(
            "workspace_id", "dimension", "value", name="uq_diversity_targets_workspace_id"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = _workspace_fk()
    dimension: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(200))
    at_least: Mapped[int] = mapped_column(Integer)


class ProfileValue(Base):
    """Who I am, as reviews compare: my company, seniority, function, time zone."""

    __tablename__ = "profile"

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(300))
