"""The reads networking ROI is counted from (issue 16), with or without SQLAlchemy (part of
RoiStats; the statements are in roi_stats.py, see store/reads.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from netgarden.store.reads import reader_of
from netgarden.store.rows import StrengthEvent

MESSAGE_KINDS = ("message", "email")
MEETING_KINDS = ("coffee", "meeting", "call", "video", "informational-interview")
CHUNK = 500


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


class RoiReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def _rows(self, name: str, shape: tuple[Any, ...] = (), **params: Any) -> list[Any]:
        return reader_of(self.session).rows(f"roi_stats:{name}", shape,
                                            {"ws": self.workspace_id, **params})  # fmt: skip

    def _chunked(self, name: str, ids: Sequence[int], **params: Any) -> list[Any]:
        rows: list[Any] = []
        for start in range(0, len(ids), CHUNK):
            chunk = [int(i) for i in ids[start : start + CHUNK]]
            rows += self._rows(name, ids=chunk, **params)
        return rows

    def outreach(self, since: dt.date, until: dt.date, meeting_ask: str) -> list[Any]:
        """One scan of the period's messages and meetings, counted per person:
        (contact_id, my messages whose reply is marked and that asked for no meeting, of
        them marked replied, my other messages (reply unmarked or asking for a meeting:
        ``sent_open`` lists them), the first meeting day or None). People with none of
        these are left out."""
        rows = self._rows("outreach", since=since, until=until, meeting_ask=meeting_ask)
        return [(int(c), int(n or 0), int(r or 0), int(o or 0),
                 None if day is None else _day(day)) for c, n, r, o, day in rows]  # fmt: skip

    def sent_open(
        self, since: dt.date, until: dt.date, meeting_ask: str, contact_ids: Sequence[int]
    ) -> list[Any]:
        """(contact_id, occurred_on, replied, asks) of these people's messages from me in the
        period whose reply is unmarked or that asked for a meeting."""
        return self._chunked("sent_open", contact_ids, since=since, until=until,
                             meeting_ask=meeting_ask)  # fmt: skip

    def after_sent(self, since: dt.date, end: dt.date, contact_ids: Sequence[int]) -> list[Any]:
        """(contact_id, occurred_on, kind, direction) from ``since`` to ``end`` of meetings
        and of messages from them (what may answer a message), of these contacts."""
        return self._chunked("after_sent", contact_ids, since=since, until=end)

    def ledger_counts(self, since: dt.date, until: dt.date) -> list[tuple[str, str, int]]:
        """(entry_type, kind, how many) in the period."""
        return [(t, k, int(n)) for t, k, n in self._rows("ledger_counts", since=since,
                                                         until=until)]  # fmt: skip

    def known_days(self, since: dt.date, until: dt.date) -> tuple[int, list[dt.date]]:
        """How many active contacts I knew before ``since``, and the day I came to know each
        one known in the period."""
        before = self._rows("known_days", (True,), since=since)
        days = self._rows("known_days", (False,), since=since, until=until)
        return int(before[0][0] or 0), [_day(d) for (d,) in days]

    def quality_firsts(self, since: dt.date, until: dt.date) -> list[dt.date]:
        """The first quality days in the period (the derived rows, default weights)."""
        return [_day(d) for (d,) in self._rows("quality_firsts", since=since, until=until)]

    def quality_candidates(self, since: dt.date, until: dt.date) -> list[int]:
        """Contacts who could first become a quality connection in the period: an event in
        it, and a two-way event in the year before its end (domain.quality)."""
        year = since - dt.timedelta(days=365)
        busy = {c for (c,) in self._rows("quality_people", (False,), since=since, until=until)}
        warm = {c for (c,) in self._rows("quality_people", (True,), year=year, until=until)}
        return sorted(busy & warm)

    def histories(self, contact_ids: Sequence[int], until: dt.date) -> list[StrengthEvent]:
        """Touches and ledger entries up to ``until`` of these contacts (strength's events)."""
        rows = [StrengthEvent(c, on, kind, "touch", d, r) for c, on, kind, d, r
                in self._chunked("history_touches", contact_ids, until=until)]  # fmt: skip
        rows += [StrengthEvent(c, on, kind, kind_of, "mutual", None) for c, on, kind, kind_of
                 in self._chunked("history_entries", contact_ids, until=until)]  # fmt: skip
        return rows
