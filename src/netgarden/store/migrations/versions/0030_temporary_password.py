"""A one-time password must be changed at the first sign-in (issue 19): ``user add`` and
``user reset-password`` print a generated password that the admin hands over, so until its
owner chooses their own, every page leads to the page that changes it.

Revision ID: 0030
Revises: 0026
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as table:
        table.add_column(
            sa.Column("password_temporary", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as table:
        table.drop_column("password_temporary")
