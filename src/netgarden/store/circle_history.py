"""Circle history: every change of a contact's circle, with its day.

The contact repository and the bulk loader call :func:`record_circle_changes` wherever a
circle is written, so every path that changes a circle (an edit, an import, triage, an audit,
the demo) leaves its line here; reviews and goals read it back through
:class:`CircleHistoryRepo`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from netgarden.store.circle_history_reads import CircleChangeRow, CircleHistoryReads
from netgarden.store.reads import statement
from netgarden.store.review_tables import CircleChange
from netgarden.store.scope import mine

__all__ = ["CircleChangeRow", "CircleHistoryRepo", "record_circle_changes", "record_created"]


def record_circle_changes(
    session: Session,
    workspace_id: int,
    changes: Sequence[tuple[int, str | None, str]],
    day: dt.date,
) -> None:
    """Record each (contact, from, to) whose circle really changed on ``day``; a contact
    created outside any circle records nothing."""
    rows = [
        {
            "workspace_id": workspace_id,
            "contact_id": contact_id,
            "changed_on": day,
            "from_circle": old,
            "to_circle": new,
        }
        for contact_id, old, new in changes
        if old != new and not (old is None and new == "none")
    ]
    if rows:
        session.execute(insert(CircleChange), rows)


def record_created(
    session: Session, created: Sequence[tuple[int, int, str, dt.datetime | str]]
) -> None:
    """Record the circle of each (workspace, contact, circle, created at) made in one
    (the bulk loader's rows may hold the instant as ISO text)."""
    rows = [
        {
            "workspace_id": ws,
            "contact_id": contact_id,
            "changed_on": dt.date.fromisoformat(at[:10]) if isinstance(at, str) else at.date(),
            "from_circle": None,
            "to_circle": circle,
        }
        for ws, contact_id, circle, at in created
        if circle != "none"
    ]
    if rows:
        session.execute(insert(CircleChange), rows)


@statement(())
def changes_since() -> Any:
    """Every change on or after a day, oldest first (parameters ``ws`` and ``day``)."""
    c = CircleChange
    return (
        select(*_COLUMNS)
        .where(c.workspace_id == bindparam("ws"), c.changed_on >= bindparam("day"))
        .order_by(c.changed_on, c.id)
    )


class CircleHistoryRepo(CircleHistoryReads):
    """Reads of a workspace's circle history."""

    session: Session

    def of_contact(self, contact_id: int) -> list[CircleChangeRow]:
        return self._rows(
            select(*_COLUMNS).where(
                mine(CircleChange, self.workspace_id), CircleChange.contact_id == contact_id
            )
        )

    def _rows(self, query: object) -> list[CircleChangeRow]:
        ordered = query.order_by(CircleChange.changed_on, CircleChange.id)  # type: ignore[attr-defined]
        return [CircleChangeRow._make(row) for row in self.session.execute(ordered)]


_COLUMNS = (
    CircleChange.contact_id,
    CircleChange.changed_on,
    CircleChange.from_circle,
    CircleChange.to_circle,
)
