"""The contact repository's agenda reads (part of ContactRepo, and of the read-only unit's
``contacts``); statements in agenda_states.py, see store/reads.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from netgarden.store.reads import reader_of
from netgarden.store.rows import AgendaState

CHUNK = 500
YEAR = dt.timedelta(days=365)


class AgendaStateReads:
    """What the agenda reads of each contact, through a session or a bare SQLite reader."""

    session: Any
    workspace_id: int

    def agenda_states(
        self,
        as_of: dt.date,
        birthdays: Iterable[str] = (),
        year_circles: Sequence[str] = ("inner", "middle"),
        also: Sequence[int] = (),
    ) -> list[AgendaState]:
        """Active contacts that can appear on the agenda, with last touch and the year's count
        (agenda_states.states)."""
        params = {
            "ws": self.workspace_id,
            "as_of": as_of,
            "year_start": as_of - YEAR,
            "year_circles": list(year_circles),
            "birthdays": list(birthdays),
            "also": [int(i) for i in also],
        }
        rows = reader_of(self.session).rows("agenda_states:states", (), params)
        return [AgendaState._make(row) for row in rows]

    def past_ties(self, ids: Sequence[int], as_of: dt.date) -> dict[int, tuple[int, int]]:
        """For each id: (touches, two-way touches) up to ``as_of``."""
        reader = reader_of(self.session)
        ties: dict[int, tuple[int, int]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = [int(i) for i in ids[start : start + CHUNK]]
            params = {"ws": self.workspace_id, "ids": chunk, "as_of": as_of}
            for contact_id, count, two in reader.rows("agenda_states:past_ties", (), params):
                ties[contact_id] = (int(count), int(two or 0))
        return ties
