"""Outreach templates of the user's own, and what a touch was drafted from (issue 14).

``touches.template_key`` names the template an outgoing message was drafted from and
``touches.asks`` what it asked for (meeting, introduction, nothing): the outreach report
counts responses and meetings accepted per template from them.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outreach_templates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("purpose", sa.Text()),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("asks", sa.String(16), nullable=False),
        sa.Column("based_on", sa.String(40)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("workspace_id", "key", name="uq_outreach_templates_workspace_id"),
    )
    op.add_column("touches", sa.Column("template_key", sa.String(40)))
    op.add_column("touches", sa.Column("asks", sa.String(16)))


def downgrade() -> None:
    with op.batch_alter_table("touches") as batch:
        batch.drop_column("asks")
        batch.drop_column("template_key")
    op.drop_table("outreach_templates")
