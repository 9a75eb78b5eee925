"""Events, the people at them, and follow-up tasks (issue 12: seeds/002's 24-48-7 rule).

Every reference to a contact, an event or a touch names it with the row's own workspace
(a composite foreign key, as migration 0007 made the rule).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
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
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.String(5)),
        sa.Column("series", sa.String(200)),
        sa.Column("organizer", sa.String(300)),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("virtual", sa.Boolean(), nullable=False),
        sa.Column("access", sa.String(16)),
        sa.Column("size", sa.Integer()),
        sa.Column("topics", sa.Text()),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("goal", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_events_workspace_occurred_on", "events", ["workspace_id", "occurred_on"])
    op.create_index("ix_events_workspace_series", "events", ["workspace_id", "series"])
    op.create_index("ux_events_workspace_id", "events", ["workspace_id", "id"], unique=True)
    op.create_table(
        "event_people",
        sa.Column("event_id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), primary_key=True),
        sa.Column("role", sa.String(16), primary_key=True),
        _workspace(),
        sa.Column("note", sa.Text()),
        sa.Column("touch_id", sa.Integer()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _same_workspace("event_people", "event_id", "events"),
        _same_workspace("event_people", "contact_id", "contacts"),
        _same_workspace("event_people", "touch_id", "touches"),
    )
    op.create_index("ix_event_people_contact_id", "event_people", ["contact_id"])
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("rule", sa.String(32), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer()),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date()),
        sa.Column("done_by", sa.String(64)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _same_workspace("tasks", "contact_id", "contacts"),
        _same_workspace("tasks", "event_id", "events"),
    )
    op.create_index(
        "ix_tasks_workspace_done_on_due_on", "tasks", ["workspace_id", "done_on", "due_on"]
    )
    op.create_index("ix_tasks_contact_id", "tasks", ["contact_id"])


def downgrade() -> None:
    op.drop_table("tasks")
    op.drop_table("event_people")
    op.drop_table("events")
