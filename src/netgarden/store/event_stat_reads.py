"""What event ROI reads (the unit's ``event_stats``, with or without SQLAlchemy);
statements in event_stats.py, see store/reads.py."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of

MEETING_KINDS = ("coffee", "meeting", "call", "video", "informational-interview")


class AttendedRow(NamedTuple):
    id: int
    name: str
    occurred_on: dt.date
    series: str | None
    status: str
    format: str
    access: str | None
    size: int | None


class EventStats:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def _rows(self, name: str, **params: Any) -> list[Any]:
        return reader_of(self.session).rows(f"event_stats:{name}", (),
                                            {"ws": self.workspace_id, **params})  # fmt: skip

    def attended(self, as_of: dt.date) -> list[AttendedRow]:
        """Attended events up to ``as_of``, the latest first: what ROI shows of each (no
        per-event counts; ``roles`` gives them all at once)."""
        return [AttendedRow._make(row) for row in self._rows("attended", as_of=as_of)]

    def series(self) -> list[str | None]:
        """The series of every event (each once)."""
        return [row[0] for row in self._rows("series")]

    def after_meeting(self, as_of: dt.date) -> list[Any]:
        """(event_id, contact_id, first two-way touch after the event, first meeting touch
        after it) for everyone met at an attended event, up to ``as_of``."""
        return self._rows("after_meeting", as_of=as_of)

    def planned_after(self) -> list[Any]:
        """(event_id, contact_id, first plan after the event) for people met there."""
        return self._rows("planned_after")

    def task_compliance(self, as_of: dt.date) -> dict[int, tuple[int, int]]:
        """Per event: (tasks due by ``as_of``, of them done on or before their due day)."""
        rows = self._rows("task_compliance", as_of=as_of)
        return {int(e): (int(n), int(k or 0)) for e, n, k in rows}

    def roles(self) -> list[Any]:
        """(event_id, contact_id, role) of targets and people met."""
        return self._rows("roles")
