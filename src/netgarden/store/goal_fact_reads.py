"""The goals' facts the period reviews read, with or without SQLAlchemy (part of GoalFacts,
and of the read-only unit's ``goal_facts``; the statements are in goal_facts.py, see
store/reads.py): a period's gives, attended events, content and touches per person and per
day, and who gave to me first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of

_CHUNK = 500


class TouchFact(NamedTuple):
    touch_id: int
    contact_id: int
    on: dt.date
    kind: str
    direction: str


class GiveFact(NamedTuple):
    id: int
    contact_id: int
    kind: str
    note: str | None
    on: dt.date


def chunks(ids: Sequence[int]) -> list[list[int]]:
    wanted = sorted({int(i) for i in ids})
    return [wanted[i : i + _CHUNK] for i in range(0, len(wanted), _CHUNK)]


class GoalFactReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def _read(self, name: str, shape: tuple[Any, ...] = (), **params: Any) -> list[Any]:
        return reader_of(self.session).rows(f"goal_facts:{name}", shape,
                                            {"ws": self.workspace_id, **params})  # fmt: skip

    def touch_tallies(
        self, start: dt.date, end: dt.date
    ) -> tuple[dict[int, int], dict[dt.date, int]]:
        """(Touch, person) pairs in the period per person and per day: counted from the
        participants' own days (ix_touch_participants_day), no touch read."""
        people = self._read("participant_counts", (False,), start=start, end=end)
        days = self._read("participant_counts", (True,), start=start, end=end)
        return dict(people), dict(days)

    def events_attended(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        rows = self._read("attended_rows", start=start, end=end)
        return [{"id": i, "format": f, "role": r, "series": s or ""} for i, f, r, s in rows]

    def gives(self, start: dt.date, end: dt.date, kind: str | None = None) -> list[GiveFact]:
        params = {"start": start, "end": end} | ({} if kind is None else {"kind": kind})
        return [GiveFact._make(row) for row in self._read("give_rows", (kind is not None,),
                                                           **params)]  # fmt: skip

    def first_receive(self, contact_ids: Sequence[int]) -> dict[int, dt.date]:
        """Each contact's first receive (something they gave me), for those with one."""
        found: dict[int, dt.date] = {}
        for chunk in chunks(contact_ids):
            found.update({c: day for c, day in self._read("first_receive_rows", ids=chunk)})
        return found

    def content(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        rows = self._read("content_rows", start=start, end=end)
        return [{"kind": k, "mix": m} for k, m in rows]

    def goal_count(self) -> int:
        """How many goals the workspace has."""
        return int(self._read("goal_total")[0][0])
