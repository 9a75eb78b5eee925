"""A covering index of the participants by workspace and day (issue 15: the period
reviews): a period's touches per person and per day, and a year's per person for every
review's facts, counted from one range of the index instead of every participant's row.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_touch_participants_workspace_day",
        "touch_participants",
        ["workspace_id", "occurred_on", "contact_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_touch_participants_workspace_day", table_name="touch_participants")
