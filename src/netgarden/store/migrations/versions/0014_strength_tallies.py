"""Strength tallies (issue 18): per contact and class of event, the count, first and last
dates and decayed sums that batch strength reads instead of every touch. Derived rows:
built here from the touches and ledger entries there are, never exported.

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

# the events as they are at this revision (a migration keeps its own SQL: the app's may move)
_EVENTS = """
SELECT tp.workspace_id, tp.contact_id, t.occurred_on, t.kind, 'touch', t.direction, t.replied
FROM touch_participants tp JOIN touches t ON t.id = tp.touch_id
UNION ALL
SELECT workspace_id, contact_id, occurred_on, kind, entry_type, 'mutual', NULL
FROM ledger_entries
"""


def upgrade() -> None:
    table = op.create_table(
        "strength_tallies",
        sa.Column("contact_id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(64), primary_key=True),
        sa.Column("reply", sa.String(16), primary_key=True),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("first_on", sa.Date(), nullable=False),
        sa.Column("last_on", sa.Date(), nullable=False),
        sa.Column("near", sa.Float(), nullable=False),
        sa.Column("far", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id", "contact_id"],
            ["contacts.workspace_id", "contacts.id"],
            name="fk_strength_tallies_contact_id_contacts_ws",
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_strength_tallies_workspace_contact",
        "strength_tallies",
        ["workspace_id", "contact_id"],
    )
    assert table is not None
    _backfill(table)


def _backfill(table: sa.Table) -> None:
    """One contact at a time, in order: memory stays that of one contact's history."""
    from netgarden.domain.strength import Event
    from netgarden.domain.strength_tallies import tallies

    connection = op.get_bind()
    # the tallies as this revision's table holds them (later revisions add sums: 0023)
    columns = set(table.c.keys())
    rows: list[dict[str, Any]] = []
    key: tuple[int, int] | None = None
    events: list[Event] = []

    def fold() -> None:
        if key is not None and events:
            ws, contact_id = key
            rows.extend(
                {"workspace_id": ws, "contact_id": contact_id}
                | {k: v for k, v in tally._asdict().items() if k in columns}
                for tally in tallies(events)
            )
        if len(rows) >= 10_000 or key is None:
            if rows:
                op.bulk_insert(table, rows)
            rows.clear()

    found = connection.execute(sa.text(f"{_EVENTS} ORDER BY 1, 2"))
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
    op.drop_table("strength_tallies")
