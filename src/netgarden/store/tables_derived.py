"""Tables of integrations and derived data: the calendar feed, vdir sync state, strength tallies."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base, same_workspace, workspace_fk


class FeedToken(Base):
    """The calendar feed's secret (one per workspace, kept so ``feed url`` can show it)."""

    __tablename__ = "feed_tokens"

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FeedItem(Base):
    """What the feed last served under a UID, so its ``SEQUENCE`` rises when it changes."""

    __tablename__ = "feed_items"

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    uid: Mapped[str] = mapped_column(String(200), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)


class SyncCard(Base):
    """A contact's card in a vdir as the last sync left it: the file, its digest (the
    etag) and the digest of netgarden's own card then, to tell which side changed."""

    __tablename__ = "sync_cards"
    __table_args__ = (
        UniqueConstraint("workspace_id", "vdir", "uid", name="uq_sync_cards_vdir_uid"),
        same_workspace("sync_cards", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    vdir: Mapped[str] = mapped_column(String(1000))
    uid: Mapped[str] = mapped_column(String(300))
    filename: Mapped[str] = mapped_column(String(300))
    contact_id: Mapped[int] = mapped_column(Integer)
    etag: Mapped[str] = mapped_column(String(64))
    card_digest: Mapped[str] = mapped_column(String(64))
    synced_at: Mapped[dt.datetime] = mapped_column(DateTime)


class StrengthTally(Base):
    """Derived (issue 18): one contact's events of one class, folded for batch strength
    (``domain.strength_tallies``). Rebuilt from touches and ledger entries by every write
    to them (``store.strength_tallies``); never exported — a restore rebuilds it."""

    __tablename__ = "strength_tallies"
    __table_args__ = (
        Index("ix_strength_tallies_workspace_contact", "workspace_id", "contact_id"),
        # everyone's strength reads the summaries (source "all") in contact order (0023)
        Index("ix_strength_tallies_summary", "workspace_id", "source", "contact_id"),
        same_workspace("strength_tallies", "contact_id"),
    )

    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(64), primary_key=True)
    reply: Mapped[str] = mapped_column(String(16), primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    events: Mapped[int] = mapped_column(Integer)
    first_on: Mapped[dt.date] = mapped_column(Date)
    last_on: Mapped[dt.date] = mapped_column(Date)
    near: Mapped[float] = mapped_column(Float)
    far: Mapped[float] = mapped_column(Float)
    # the half-life steps between (migration 0023): known three, four, five whole years
    at3: Mapped[float] = mapped_column(Float)
    at4: Mapped[float] = mapped_column(Float)
    at5: Mapped[float] = mapped_column(Float)
