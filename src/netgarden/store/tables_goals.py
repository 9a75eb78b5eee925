"""Tables of goals, and of the content and communities goals count (issue 15)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base, same_workspace, workspace_fk


class Goal(Base):
    """A goal computed from the data (domain.goals): a metric, a target, a period. A fixed
    goal keeps its days; a rolling one (``rolling``) covers the period of the day asked."""

    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    title: Mapped[str] = mapped_column(String(300))
    metric: Mapped[str] = mapped_column(String(32))
    target_low: Mapped[int] = mapped_column(Integer)
    target_high: Mapped[int | None] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(16))
    rolling: Mapped[bool] = mapped_column(Boolean, default=False)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    where_filter: Mapped[str | None] = mapped_column(Text)
    manual_value: Mapped[int] = mapped_column(Integer, default=0)
    preset: Mapped[str | None] = mapped_column(String(32))
    seed: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ContentItem(Base):
    """Something I published: an article, a post, a talk... with its mix (domain.content_mix)."""

    __tablename__ = "content_items"
    __table_args__ = (
        Index("ix_content_items_workspace_published_on", "workspace_id", "published_on"),
        Index("ux_content_items_workspace_id", "workspace_id", "id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    published_on: Mapped[dt.date] = mapped_column(Date)
    mix: Mapped[str] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ContentPerson(Base):
    """A contact a piece of content was made with (co-authored, featured, interviewed)."""

    __tablename__ = "content_people"
    __table_args__ = (
        same_workspace("content_people", "content_id", "content_items"),
        same_workspace("content_people", "contact_id"),
    )

    content_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()


class Community(Base):
    """A community I belong to, and my role in it; ``left_on`` once I left."""

    __tablename__ = "communities"
    __table_args__ = (UniqueConstraint("workspace_id", "name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16))
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
