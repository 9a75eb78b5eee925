"""Imports: the LinkedIn connection date, touch source keys and record fingerprints
(idempotent re-imports), and duplicate candidates for the user to review.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("connected_on", sa.Date()))
    with op.batch_alter_table("touches") as batch:
        batch.add_column(sa.Column("source_key", sa.String(200)))
    op.create_index(
        "ix_touches_workspace_source_key",
        "touches",
        ["workspace_id", "source_key"],
        unique=True,
    )
    op.create_table(
        "duplicate_candidates",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "other_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("evidence", sa.String(500), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
    )

    op.create_table(
        "import_fingerprints",
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("fingerprint", sa.String(40), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
    )
    op.create_index("ix_import_fingerprints_contact_id", "import_fingerprints", ["contact_id"])


def downgrade() -> None:
    op.drop_table("import_fingerprints")
    op.drop_table("duplicate_candidates")
    op.drop_index("ix_touches_workspace_source_key", "touches")
    with op.batch_alter_table("touches") as batch:
        batch.drop_column("source_key")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("connected_on")
