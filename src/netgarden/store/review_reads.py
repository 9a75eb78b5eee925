"""The review repository's reads, with or without SQLAlchemy (part of ReviewRepo and of the
read-only unit's ``reviews``; the statements are in reviews.py, see store/reads.py): every
active contact as reviews read them, what their history comes to (from the strength tallies
and aggregates, not every touch), my targets and what I said about myself.

These are the shared "review facts" reads (services/reviews.py ``review_facts``): a read
command on a current SQLite file runs them through ``sqlite3`` without SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of

CHUNK = 1000


class ReviewRow(NamedTuple):
    id: int
    name: str
    company: str | None
    title: str | None
    circle: str
    industry: str | None
    function: str | None
    seniority: str | None
    location: str | None
    influence: int | None
    accessibility: int | None
    energy: str | None
    board_seat: str | None
    decides: str | None
    time_zone: str | None
    mentee: bool | None


class LastDays(NamedTuple):
    """A contact's last event and last two-way touch, from the strength tallies; ``later``
    when some event falls after the day asked (then the tallies cannot tell)."""

    contact_id: int
    last_any: dt.date
    last_two_way: dt.date | None
    later: bool


class YearCounts(NamedTuple):
    contact_id: int
    touches: int
    two_way: int
    unanswered: int


class TargetRow(NamedTuple):
    dimension: str
    value: str
    at_least: int


class ReviewReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def _rows(self, name: str, **params: Any) -> list[Any]:
        return reader_of(self.session).rows(f"reviews:{name}", (), {"ws": self.workspace_id,
                                                                     **params})  # fmt: skip

    def profile(self) -> dict[str, str]:
        """What reviews know of me, by key (seniority, function…)."""
        return {key: value for key, value in self._rows("profile_values")}

    def targets(self) -> list[TargetRow]:
        return [TargetRow._make(row) for row in self._rows("target_rows")]

    def people(self) -> list[ReviewRow]:
        """Every active contact, by id."""
        make = ReviewRow._make
        return [make(row) for row in self._rows("people_rows")]

    def circles(self) -> list[tuple[int, str, dt.date | None]]:
        """Every active contact's circle and last event (their summary tally's last day;
        None without events): all the health review needs of who they are."""
        return [(c, circle, last) for c, circle, last in self._rows("circle_rows")]

    def touch_counts(self, since: dt.date, until: dt.date) -> dict[int, int]:
        """Per contact, touches after ``since`` up to ``until`` (the participants' index)."""
        return {c: n for c, n in self._rows("touch_counts_all", since=since, until=until)}

    def last_days(self, until: dt.date) -> list[LastDays]:
        """Everyone's last event and last two-way touch: one aggregate over the tallies."""
        return [
            LastDays(c, last, two, bool(later))
            for c, last, two, later in self._rows("last_day_rows", until=until)
        ]

    def year_counts(self, since: dt.date, until: dt.date) -> list[YearCounts]:
        """Per contact, touches after ``since`` up to ``until``: all, two-way (not an
        outreach, or one answered) and outreaches left unanswered. Two index-only reads:
        the participants' own dates, and the outreaches (ix_touches_workspace_direction)."""
        one_way = {
            c: (n, unanswered)
            for c, n, unanswered in self._rows("outreach_counts", since=since, until=until)
        }
        return [
            YearCounts(c, n, n - one_way.get(c, (0, 0))[0], one_way.get(c, (0, 0))[1])
            for c, n in self.touch_counts(since, until).items()
        ]

    def unanswered(self, since: dt.date, until: dt.date) -> dict[int, int]:
        """Per contact, outreaches after ``since`` up to ``until`` left unanswered."""
        return {c: n for c, n in self._rows("unanswered_counts", since=since, until=until)}

    def ledger_rows(self, until: dt.date) -> list[tuple[int, dt.date, str, str]]:
        """(contact_id, on, entry type, kind) of every ledger entry up to ``until``."""
        rows = self._rows("ledger_entry_rows", until=until)
        return [(c, on, kind_of, kind) for c, on, kind_of, kind in rows]

    def last_outreach(self, contact_ids: Sequence[int], until: dt.date) -> dict[int, dt.date]:
        """The last outgoing touch up to ``until`` of each of these contacts."""
        found: dict[int, dt.date] = {}
        for start in range(0, len(contact_ids), CHUNK):
            chunk = [int(i) for i in contact_ids[start : start + CHUNK]]
            found.update(dict(self._rows("last_outreach_days", ids=chunk, until=until)))
        return found
