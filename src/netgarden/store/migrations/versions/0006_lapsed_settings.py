"""The agenda's "dormant" settings are about lapsed ties: rename the stored keys.

"Dormant" is now only a strength band; the agenda's time rule is "lapsed".

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

RENAMED = {"dormant_limit": "lapsed_limit", "dormant_factor": "lapsed_factor"}


def upgrade() -> None:
    for old, new in RENAMED.items():
        op.execute(f"UPDATE preferences SET key = '{new}' WHERE key = '{old}'")


def downgrade() -> None:
    for old, new in RENAMED.items():
        op.execute(f"UPDATE preferences SET key = '{old}' WHERE key = '{new}'")
