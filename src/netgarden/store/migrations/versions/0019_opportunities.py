"""Opportunities, their stage changes and shares (issue 16: opportunities and networking ROI),
and the derived first quality day of each contact, built here from the touches and ledger
entries there are (never exported).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
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
        "opportunities",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("company", sa.String(300)),
        sa.Column("company_key", sa.String(300)),
        sa.Column("role", sa.String(300)),
        sa.Column("via_id", sa.Integer()),
        sa.Column("event_id", sa.Integer()),
        sa.Column("channel", sa.String(20)),
        sa.Column("reaches_hm", sa.Boolean()),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("stage_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _same_workspace("opportunities", "via_id", "contacts"),
        _same_workspace("opportunities", "event_id", "events"),
    )
    op.create_index("ix_opportunities_workspace_stage", "opportunities", ["workspace_id", "stage"])
    op.create_index(
        "ix_opportunities_workspace_company_key", "opportunities", ["workspace_id", "company_key"]
    )
    op.create_index(
        "ux_opportunities_workspace_id", "opportunities", ["workspace_id", "id"], unique=True
    )
    op.create_table(
        "opportunity_stages",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _same_workspace("opportunity_stages", "opportunity_id", "opportunities"),
    )
    op.create_index(
        "ix_opportunity_stages_opportunity_id", "opportunity_stages", ["opportunity_id"]
    )
    op.create_table(
        "opportunity_shares",
        sa.Column("opportunity_id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("ledger_entry_id", sa.Integer()),
        sa.Column("shared_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _same_workspace("opportunity_shares", "opportunity_id", "opportunities"),
        _same_workspace("opportunity_shares", "contact_id", "contacts"),
    )
    op.create_index("ix_opportunity_shares_contact_id", "opportunity_shares", ["contact_id"])
    table = op.create_table(
        "quality_firsts",
        sa.Column("contact_id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("first_on", sa.Date(), nullable=False),
        _same_workspace("quality_firsts", "contact_id", "contacts"),
    )
    op.create_index(
        "ix_quality_firsts_workspace_first_on", "quality_firsts", ["workspace_id", "first_on"]
    )
    assert table is not None
    _backfill(table)


# the events as they are at this revision (a migration keeps its own SQL: the app's may move)
_EVENTS = """
SELECT tp.workspace_id, tp.contact_id, t.occurred_on, t.kind, 'touch', t.direction, t.replied
FROM touch_participants tp JOIN touches t ON t.id = tp.touch_id
UNION ALL
SELECT workspace_id, contact_id, occurred_on, kind, entry_type, 'mutual', NULL
FROM ledger_entries
"""


def _backfill(table: sa.Table) -> None:
    """One contact at a time, in order: memory stays that of one contact's history."""
    from netgarden.domain.roi_quality import first_quality_day
    from netgarden.domain.strength import Event

    rows: list[dict[str, Any]] = []
    key: tuple[int, int] | None = None
    events: list[Event] = []

    def fold() -> None:
        if key is not None and events:
            day = first_quality_day(events, dt.date.max)
            if day is not None:
                rows.append({"workspace_id": key[0], "contact_id": key[1], "first_on": day})
        if rows and (len(rows) >= 10_000 or key is None):
            op.bulk_insert(table, rows)
            rows.clear()

    found = op.get_bind().execute(sa.text(f"{_EVENTS} ORDER BY 1, 2"))
    for ws, contact_id, on, kind, source, direction, replied in found:
        if (ws, contact_id) != key:
            fold()
            key, events = (ws, contact_id), []
        day = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on)[:10])
        answer = None if replied is None else bool(replied)
        events.append(Event(day, kind, source, direction, answer))
    fold()
    key = None
    fold()


def downgrade() -> None:
    op.drop_table("quality_firsts")
    op.drop_table("opportunity_shares")
    op.drop_table("opportunity_stages")
    op.drop_table("opportunities")
