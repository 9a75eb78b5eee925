"""Circle history's reads, with or without SQLAlchemy (part of CircleHistoryRepo, and of the
read-only unit's ``circle_history``; the statement is in circle_history.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of


class CircleChangeRow(NamedTuple):
    contact_id: int
    changed_on: dt.date
    from_circle: str | None
    to_circle: str


class CircleHistoryReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def since(self, day: dt.date) -> list[CircleChangeRow]:
        """Every change on or after ``day``, oldest first."""
        rows = reader_of(self.session).rows("circle_history:changes_since", (),
                                            {"ws": self.workspace_id, "day": day})  # fmt: skip
        return [CircleChangeRow._make(row) for row in rows]
