"""Goals, content I publish, communities I belong to (issue 15).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _workspace(primary: bool = False) -> sa.Column[int]:
    return sa.Column(
        "workspace_id",
        sa.Integer(),
        sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary,
    )


def _same_workspace(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["workspace_id", column],
        [f"{referred}.workspace_id", f"{referred}.id"],
        name=f"fk_{table}_{column}_{referred}_ws",
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("metric", sa.String(32), nullable=False),
        sa.Column("target_low", sa.Integer(), nullable=False),
        sa.Column("target_high", sa.Integer()),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("rolling", sa.Boolean(), nullable=False),
        sa.Column("starts_on", sa.Date()),
        sa.Column("ends_on", sa.Date()),
        sa.Column("where_filter", sa.Text()),
        sa.Column("manual_value", sa.Integer(), nullable=False),
        sa.Column("preset", sa.String(32)),
        sa.Column("seed", sa.String(16)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "content_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("mix", sa.String(16), nullable=False),
        sa.Column("url", sa.String(500)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "ix_content_items_workspace_published_on",
        "content_items",
        ["workspace_id", "published_on"],
    )
    op.create_index(
        "ux_content_items_workspace_id", "content_items", ["workspace_id", "id"], unique=True
    )
    op.create_table(
        "content_people",
        sa.Column("content_id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), primary_key=True),
        _workspace(),
        _same_workspace("content_people", "content_id", "content_items"),
        _same_workspace("content_people", "contact_id", "contacts"),
    )
    op.create_table(
        "communities",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_key", sa.String(300), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("workspace_id", "name_key", name="uq_communities_workspace_id"),
    )


def downgrade() -> None:
    op.drop_table("communities")
    op.drop_table("content_people")
    op.drop_index("ux_content_items_workspace_id", "content_items")
    op.drop_index("ix_content_items_workspace_published_on", "content_items")
    op.drop_table("content_items")
    op.drop_table("goals")
