"""Each workspace counts its writing transactions (``workspaces.changes``), so what is
computed from its rows (the agenda) can be cached until the next change, on any database
(SQLite's file stamps do not exist on PostgreSQL, and change with every workspace's write).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "workspaces", sa.Column("changes", sa.Integer(), nullable=False, server_default="0")
    )


def downgrade() -> None:
    with op.batch_alter_table("workspaces") as batch:
        batch.drop_column("changes")
