"""Covering indexes for the period reports (issues 15 and 16): networking ROI counts a
year's messages and meetings per person in one scan of touches by day, joined to their
participants by touch; with these two indexes neither table's rows are read (the kind,
direction, reply mark and ask come from the touches index, the person and the day from the
participants index).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_touches_workspace_day_kind",
        "touches",
        ["workspace_id", "occurred_on", "kind", "direction", "replied", "asks"],
    )
    op.create_index(
        "ix_touch_participants_touch_day",
        "touch_participants",
        ["touch_id", "workspace_id", "occurred_on", "contact_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_touch_participants_touch_day", table_name="touch_participants")
    op.drop_index("ix_touches_workspace_day_kind", table_name="touches")
