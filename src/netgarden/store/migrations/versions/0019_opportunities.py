"""Opportunities, their stage changes and shares (issue 16: opportunities and networking ROI).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"  # re-chained after 0018 (issue 16, career) in merge order
branch_labels = None
depends_on = None


def _workspace() -> sa.Column[int]:
    return sa.Column(
        "workspace_id",
        sa.Integer(),
        sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
        nullable=False,
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
        "opportunities",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("company", sa.String(300)),
        sa.Column("company_key", sa.String(300)),
        sa.Column("role", sa.String(300)),
        sa.Column("via_id", sa.Integer()),
        sa.Column("event_id", sa.Integer()),
        sa.Column("channel", sa.String(20)),
        sa.Column("reaches_hm", sa.Boolean()),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("stage_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _same_workspace("opportunities", "via_id", "contacts"),
        _same_workspace("opportunities", "event_id", "events"),
    )
    op.create_index("ix_opportunities_workspace_stage", "opportunities", ["workspace_id", "stage"])
    op.create_index(
        "ix_opportunities_workspace_company_key", "opportunities", ["workspace_id", "company_key"]
    )
    op.create_index(
        "ux_opportunities_workspace_id", "opportunities", ["workspace_id", "id"], unique=True
    )
    op.create_table(
        "opportunity_stages",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _same_workspace("opportunity_stages", "opportunity_id", "opportunities"),
    )
    op.create_index(
        "ix_opportunity_stages_opportunity_id", "opportunity_stages", ["opportunity_id"]
    )
    op.create_table(
        "opportunity_shares",
        sa.Column("opportunity_id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("ledger_entry_id", sa.Integer()),
        sa.Column("shared_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _same_workspace("opportunity_shares", "opportunity_id", "opportunities"),
        _same_workspace("opportunity_shares", "contact_id", "contacts"),
    )
    op.create_index("ix_opportunity_shares_contact_id", "opportunity_shares", ["contact_id"])


def downgrade() -> None:
    op.drop_table("opportunity_shares")
    op.drop_table("opportunity_stages")
    op.drop_table("opportunities")
