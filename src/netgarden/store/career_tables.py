"""The tables of career resilience (issue 16): companies I track, the role history of my
contacts, and the job changes an import saw and the user has yet to review."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base, same_workspace, workspace_fk


class Company(Base):
    """A company I track: whether it is hiring (and for what, checked when), its size band
    and type. Whether it is a target is the company diversity target (one list of targets,
    ``target add company``): not stored twice."""

    __tablename__ = "companies"
    __table_args__ = (UniqueConstraint("workspace_id", "name_key", name="uq_companies_name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    name: Mapped[str] = mapped_column(String(300))
    # folded name (domain.normalize.fold): contacts are matched to a company by it
    name_key: Mapped[str] = mapped_column(String(300))
    hiring: Mapped[str] = mapped_column(String(8), default="unknown")
    hiring_for: Mapped[str | None] = mapped_column(String(300))
    hiring_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    size: Mapped[str | None] = mapped_column(String(16))
    type: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class RoleChange(Base):
    """A contact's role changed on a day: from one company and title to another (an edit,
    an accepted job change, or the role they had when first recorded)."""

    __tablename__ = "role_changes"
    __table_args__ = (
        Index("ix_role_changes_contact_id", "contact_id"),
        same_workspace("role_changes", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    contact_id: Mapped[int] = mapped_column(Integer)
    changed_on: Mapped[dt.date] = mapped_column(Date)
    from_company: Mapped[str | None] = mapped_column(String(300))
    from_title: Mapped[str | None] = mapped_column(String(300))
    to_company: Mapped[str | None] = mapped_column(String(300))
    to_title: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(16))


class JobChange(Base):
    """An import brought a different company or title than the contact has: kept for the
    user to accept or dismiss (the contact keeps what the user has until then)."""

    __tablename__ = "job_changes"
    __table_args__ = (
        Index("ix_job_changes_workspace_state", "workspace_id", "state"),
        Index("ix_job_changes_contact_id", "contact_id"),
        same_workspace("job_changes", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    contact_id: Mapped[int] = mapped_column(Integer)
    seen_on: Mapped[dt.date] = mapped_column(Date)
    old_company: Mapped[str | None] = mapped_column(String(300))
    old_title: Mapped[str | None] = mapped_column(String(300))
    new_company: Mapped[str | None] = mapped_column(String(300))
    new_title: Mapped[str | None] = mapped_column(String(300))
    new_function: Mapped[str | None] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(12), default="pending")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
