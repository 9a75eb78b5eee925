"""The declarative base every table module shares, and its two column helpers."""

from __future__ import annotations

from sqlalchemy import ForeignKey, ForeignKeyConstraint, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def workspace_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), nullable=False)


def same_workspace(table: str, column: str, referred: str = "contacts") -> ForeignKeyConstraint:
    """``column`` names a row of ``referred`` in this row's own workspace: the database
    refuses a reference to another workspace's contact (or touch)."""
    return ForeignKeyConstraint(
        ["workspace_id", column],
        [f"{referred}.workspace_id", f"{referred}.id"],
        name=f"fk_{table}_{column}_{referred}_ws",
        ondelete="CASCADE",
    )
