"""Who knows whom ("knows" links) and the introductions I make.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _contact(name: str) -> sa.Column[int]:
    return sa.Column(
        name, sa.Integer(), sa.ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )


def _workspace() -> sa.Column[int]:
    return sa.Column(
        "workspace_id",
        sa.Integer(),
        sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        _contact("a_id"),
        _contact("b_id"),
        sa.Column("strength", sa.String(8), nullable=False),
        sa.Column("how", sa.Text()),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("workspace_id", "a_id", "b_id", name="uq_links_workspace_id"),
    )
    op.create_index("ix_links_b_id", "links", ["b_id"])
    op.create_table(
        "introductions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        _contact("a_id"),
        _contact("b_id"),
        sa.Column("why", sa.Text()),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("outcome", sa.Text()),
        sa.Column("updated_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("introductions")
    op.drop_table("links")
