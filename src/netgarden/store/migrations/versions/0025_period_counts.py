"""A covering index of the participants by day (issue 15: the period reviews): a period's
touches per person and per day, and a year's per person for every review's facts, counted
from one range of the index instead of every participant's row. The day comes first: led by
the workspace, SQLite (with no statistics) took it for every join of participants on the
workspace and scanned the workspace's million rows (the week's review, 1 s more).

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
        "ix_touch_participants_day",
        "touch_participants",
        ["occurred_on", "workspace_id", "contact_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_touch_participants_day", table_name="touch_participants")
