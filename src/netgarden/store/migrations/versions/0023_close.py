"""Strength tallies by whole years known (issue 18): the half-life steps by whole years of
relationship (x1, x1.25, x1.5, x1.75, x2), so each tally keeps a decayed sum for the three
steps between (``at3``, ``at4``, ``at5``) beside ``near`` and ``far``, and each contact gets
a summary tally (source "all", indexed) that everyone's strength reads alone; the tallies
are rebuilt from the touches and ledger entries there are (derived: nothing is lost).
An index on touches by direction lets reviews count the year's outreaches from it alone.
Plans get a ``source_key``: a meeting still to come in an imported calendar is planned once.

Revision ID: 0023
Revises: 0021
Create Date: 2026-12-02
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0021"
branch_labels = None
depends_on = None

_STEPS = ("at3", "at4", "at5")
# the events as they are at this revision (a migration keeps its own SQL: the app's may move)
_EVENTS = """
SELECT tp.workspace_id, tp.contact_id, t.occurred_on, t.kind, 'touch', t.direction, t.replied
FROM touch_participants tp JOIN touches t ON t.id = tp.touch_id
UNION ALL
SELECT workspace_id, contact_id, occurred_on, kind, entry_type, 'mutual', NULL
FROM ledger_entries
"""


def upgrade() -> None:
    # a derived table: emptied, given its new sums, and folded again from the events
    op.execute(sa.text("DELETE FROM strength_tallies"))
    with op.batch_alter_table("strength_tallies") as batch:
        for name in _STEPS:
            batch.add_column(sa.Column(name, sa.Float(), nullable=False))
    op.create_index(
        "ix_strength_tallies_summary", "strength_tallies", ["workspace_id", "source", "contact_id"]
    )
    # a meeting read from a calendar is planned once, found again by its UID (issue 12)
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("source_key", sa.String(100), nullable=True))
    op.create_index(
        "ux_plans_workspace_source_key", "plans", ["workspace_id", "source_key"], unique=True
    )
    # reviews count the year's outreaches from this index alone
    op.create_index(
        "ix_touches_workspace_direction",
        "touches",
        ["workspace_id", "direction", "occurred_on", "replied"],
    )
    _backfill()


def _backfill() -> None:
    """One contact at a time, in order: memory stays that of one contact's history."""
    from netgarden.domain.strength import Event
    from netgarden.domain.strength_tallies import tallies

    table = sa.table(
        "strength_tallies",
        *(sa.column(name) for name in ("workspace_id", "contact_id", "source", "kind")),
        *(sa.column(name) for name in ("reply", "events", "first_on", "last_on")),
        *(sa.column(name) for name in ("near", "far", *_STEPS)),
    )
    rows: list[dict[str, Any]] = []
    key: tuple[int, int] | None = None
    events: list[Event] = []

    def fold(flush: bool = False) -> None:
        if key is not None and events:
            ws, contact_id = key
            rows.extend(
                {"workspace_id": ws, "contact_id": contact_id, **tally._asdict()}
                for tally in tallies(events)
            )
        if rows and (flush or len(rows) >= 10_000):
            op.bulk_insert(table, rows)
            rows.clear()

    found = op.get_bind().execute(sa.text(f"{_EVENTS} ORDER BY 1, 2"))
    for ws, contact_id, on, kind, source, direction, replied in found:
        if (ws, contact_id) != key:
            fold()
            key, events = (ws, contact_id), []
        day = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on)[:10])
        events.append(
            Event(day, kind, source, direction, None if replied is None else bool(replied))
        )
    fold(flush=True)


def downgrade() -> None:
    op.drop_index("ux_plans_workspace_source_key", table_name="plans")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("source_key")
    op.drop_index("ix_touches_workspace_direction", table_name="touches")
    op.drop_index("ix_strength_tallies_summary", table_name="strength_tallies")
    op.execute(sa.text("DELETE FROM strength_tallies WHERE source = 'all'"))
    with op.batch_alter_table("strength_tallies") as batch:
        for name in _STEPS:
            batch.drop_column(name)
