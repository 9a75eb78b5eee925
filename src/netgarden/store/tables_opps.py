"""Tables of opportunities (issue 16): each opportunity, every stage it was moved to with
the day, and who it was shared with (each share is a ledger give)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base, same_workspace, workspace_fk


class Opportunity(Base):
    """A job, referral, collaboration… (domain.opportunities); the company is kept as typed
    and folded (``company_key``), so a company's page finds its opportunities."""

    __tablename__ = "opportunities"
    __table_args__ = (
        Index("ix_opportunities_workspace_stage", "workspace_id", "stage"),
        Index("ix_opportunities_workspace_company_key", "workspace_id", "company_key"),
        Index("ux_opportunities_workspace_id", "workspace_id", "id", unique=True),
        same_workspace("opportunities", "via_id"),
        same_workspace("opportunities", "event_id", "events"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))
    company: Mapped[str | None] = mapped_column(String(300))
    company_key: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(300))
    via_id: Mapped[int | None] = mapped_column(Integer)  # the contact it came through
    event_id: Mapped[int | None] = mapped_column(Integer)  # the event it was sourced at
    channel: Mapped[str | None] = mapped_column(String(20))
    reaches_hm: Mapped[bool | None] = mapped_column(Boolean)  # reaches the hiring manager
    stage: Mapped[str] = mapped_column(String(16))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    stage_on: Mapped[dt.date] = mapped_column(Date)  # the day it moved to its stage
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class OpportunityStage(Base):
    """One stage an opportunity was moved to, and the day (the first is ``open``)."""

    __tablename__ = "opportunity_stages"
    __table_args__ = (
        Index("ix_opportunity_stages_opportunity_id", "opportunity_id"),
        same_workspace("opportunity_stages", "opportunity_id", "opportunities"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    opportunity_id: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(16))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class OpportunityShare(Base):
    """An opportunity passed to a contact, with the ledger give that records it."""

    __tablename__ = "opportunity_shares"
    __table_args__ = (
        Index("ix_opportunity_shares_contact_id", "contact_id"),
        same_workspace("opportunity_shares", "opportunity_id", "opportunities"),
        same_workspace("opportunity_shares", "contact_id"),
    )

    opportunity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    ledger_entry_id: Mapped[int | None] = mapped_column(Integer)  # the give (undo may drop it)
    shared_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class QualityFirst(Base):
    """Derived: the day a contact first became a quality connection (domain.quality, default
    strength weights), kept in step with their touches and ledger entries by the strength
    tallies' refresh; never exported — a restore rebuilds it. ROI's quality connections per
    month read it instead of every contact's history."""

    __tablename__ = "quality_firsts"
    __table_args__ = (
        Index("ix_quality_firsts_workspace_first_on", "workspace_id", "first_on"),
        same_workspace("quality_firsts", "contact_id"),
    )

    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    first_on: Mapped[dt.date] = mapped_column(Date)
