"""The routines of the seeds (issue 15, part B): a touch's purpose in the three-touch system,
anniversaries beside birthdays, and each ISO week's dormant picks.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _workspace() -> sa.Column[int]:
    return sa.Column(
        "workspace_id",
        sa.Integer(),
        sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
        nullable=False,
    )


def _contact(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["workspace_id", "contact_id"],
        ["contacts.workspace_id", "contacts.id"],
        name=f"fk_{table}_contact_id_contacts_ws",
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.add_column("touches", sa.Column("purpose", sa.String(16)))
    op.create_table(
        "anniversaries",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.UniqueConstraint("workspace_id", "contact_id", "kind", name="uq_anniversaries_kind"),
        _contact("anniversaries"),
    )
    op.create_index("ix_anniversaries_contact_id", "anniversaries", ["contact_id"])
    op.create_table(
        "week_picks",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("week_of", sa.Date(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("picked_on", sa.Date(), nullable=False),
        sa.UniqueConstraint("workspace_id", "week_of", "contact_id", name="uq_week_picks_week"),
        _contact("week_picks"),
    )


def downgrade() -> None:
    op.drop_table("week_picks")
    op.drop_index("ix_anniversaries_contact_id", "anniversaries")
    op.drop_table("anniversaries")
    with op.batch_alter_table("touches") as batch:
        batch.drop_column("purpose")
