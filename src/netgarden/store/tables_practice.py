"""Tables of the practice: the user's own outreach templates (issue 14)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base, workspace_fk


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
