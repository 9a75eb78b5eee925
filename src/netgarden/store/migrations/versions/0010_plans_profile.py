"""Planned meetings, the people in them, my profile (pitches for the prep sheet), and what
a task is about beyond its contact and event: a promise's text, the touch or introduction
that made it, the other person it is about (a newcomer to report back on) (issue 12).

Every reference to a contact or a touch in a new table names it with the row's own
workspace (a composite foreign key, as migration 0007 made the rule). The columns added to
``tasks`` are plain (SQLite cannot add a table constraint to an existing table without
copying it); the task repository checks them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
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
        "plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("touch_id", sa.Integer()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _same_workspace("plans", "touch_id", "touches"),
    )
    op.create_index("ix_plans_workspace_planned_on", "plans", ["workspace_id", "planned_on"])
    op.create_index("ux_plans_workspace_id", "plans", ["workspace_id", "id"], unique=True)
    op.create_table(
        "plan_people",
        sa.Column("plan_id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), primary_key=True),
        _workspace(),
        _same_workspace("plan_people", "plan_id", "plans"),
        _same_workspace("plan_people", "contact_id", "contacts"),
    )
    op.create_index("ix_plan_people_contact_id", "plan_people", ["contact_id"])
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("name", sa.String(300)),
        sa.Column("title", sa.String(300)),
        sa.Column("company", sa.String(300)),
        sa.Column("what", sa.Text()),
        sa.Column("hook", sa.Text()),
        sa.Column("pitch_30", sa.Text()),
        sa.Column("pitch_60", sa.Text()),
        sa.Column("pitch_120", sa.Text()),
        sa.Column("time_zone", sa.String(64)),
        sa.Column("questions", sa.Text()),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("workspace_id", name="uq_profiles_workspace_id"),
    )
    op.add_column("tasks", sa.Column("note", sa.Text()))
    op.add_column("tasks", sa.Column("touch_id", sa.Integer()))
    op.add_column("tasks", sa.Column("introduction_id", sa.Integer()))
    op.add_column("tasks", sa.Column("about_id", sa.Integer()))
    # where I found a target: the attendee list or the speaker list
    op.add_column("event_people", sa.Column("source", sa.String(16)))


def downgrade() -> None:
    op.drop_column("event_people", "source")
    op.drop_column("tasks", "about_id")
    op.drop_column("tasks", "introduction_id")
    op.drop_column("tasks", "touch_id")
    op.drop_column("tasks", "note")
    op.drop_table("profiles")
    op.drop_table("plan_people")
    op.drop_table("plans")
