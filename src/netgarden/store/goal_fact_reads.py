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
_MANY = 2000  # more people than this: one read of everyone (an IN list of thousands costs more)
_FIELDS = ("id", "company", "title", "function", "industry", "seniority", "location", "circle",
           "cadence_days")  # fmt: skip


class TouchFact(NamedTuple):
    touch_id: int
    contact_id: int
    on: dt.date
    kind: str
    direction: str


class GoalRow(NamedTuple):
    """A goal as the goals' progress reads it (the columns of tables_goals.Goal)."""

    id: int
    title: str
    metric: str
    target_low: int
    target_high: int | None
    period: str
    rolling: bool
    starts_on: dt.date | None
    ends_on: dt.date | None
    where_filter: str | None
    manual_value: int
    preset: str | None
    seed: str | None


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
        self, start: dt.date, end: dt.date, days: bool = True
    ) -> tuple[dict[int, int], dict[dt.date, int]]:
        """(Touch, person) pairs in the period per person and per day (not without ``days``):
        counted from the participants' own days (ix_touch_participants_day), no touch read."""
        people = self._read("participant_counts", (False,), start=start, end=end)
        by_day = self._read("participant_counts", (True,), start=start, end=end) if days else []
        return dict(people), dict(by_day)

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

    def people_added(self, start: dt.date, end: dt.date) -> list[tuple[int, dt.date]]:
        """(contact, day met or added) for people whose met-on day, else connected-on day,
        else day added falls in the period."""
        first = dt.datetime.combine(start, dt.time())
        after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        rows = self._read("people_added_rows", start=start, end=end, from_at=first,
                          before_at=after)  # fmt: skip
        found = []
        for contact_id, met, connected, created in rows:
            day = met or connected or (created.date() if created else None)
            if day is not None and start <= day <= end:
                found.append((contact_id, day))
        return found

    def touches(self, start: dt.date, end: dt.date, first_only: bool = False) -> list[TouchFact]:
        """Every (touch, person) in the period, by day then touch; ``first_only``: only
        people with no touch before the period (their first-ever touches)."""
        rows = self._read("touch_rows", (first_only,), start=start, end=end)
        return [TouchFact._make(row) for row in rows]

    def touch_counts(self, start: dt.date, end: dt.date, kind: str | None = None) -> dict[int, int]:
        """Touches per person in the period (of one kind): counted in the database (of every
        kind: from the participants' own days, no touch read)."""
        if kind is None:
            return self.touch_tallies(start, end, days=False)[0]
        return dict(self._read("touch_count_rows", (True,), start=start, end=end, kind=kind))

    def touch_total(self, start: dt.date, end: dt.date, kind: str) -> int:
        """Touches of one kind in the period, each once however many people it had."""
        return int(self._read("touch_kind_total", start=start, end=end, kind=kind)[0][0])

    def touch_pairs(self, start: dt.date, end: dt.date, kind: str) -> list[tuple[int, int]]:
        """(touch, person) of one kind in the period."""
        rows = self._read("touch_pair_rows", start=start, end=end, kind=kind)
        return [(t, c) for t, c in rows]

    def first_and_previous(
        self, start: dt.date, end: dt.date
    ) -> dict[int, tuple[dt.date, dt.date | None]]:
        """Each person touched in the period: their first touch in it, and their last touch
        before it (``None`` when they had none), in one query."""
        rows = self._read("first_previous_rows", start=start, end=end)
        return {c: (first, before) for c, first, before in rows}

    def strength_events(self, contact_ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """(contact, day, kind, source, direction, replied) of every touch and ledger entry of
        these people, fetched whole (the rows of a busy quarter's people run to a million)."""
        found: list[tuple[Any, ...]] = []
        for chunk in chunks(contact_ids):
            found += self._read("strength_touch_rows", ids=chunk)
            found += self._read("strength_ledger_rows", ids=chunk)
        return found

    def coffee_plans(self, start: dt.date, end: dt.date) -> int:
        """Coffee plans still planned for a day in the period."""
        return int(self._read("coffee_plan_total", start=start, end=end)[0][0])

    def communities_joined(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        return [{"role": r} for (r,) in self._read("community_rows", start=start, end=end)]

    def people(self, contact_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """What a filter reads of each contact: text fields, circle, cadence and tags."""
        found: dict[int, dict[str, Any]] = {}
        some: list[list[int] | None] = [None]
        if len(contact_ids) <= _MANY:
            some = list(chunks(contact_ids))
        for chunk in some:
            shape, params = ((False,), {}) if chunk is None else ((True,), {"ids": chunk})
            for row in self._read("filter_rows", shape, **params):
                found[row[0]] = dict(zip(_FIELDS, row, strict=True))
                found[row[0]]["tag"] = set()
            for contact_id, tag in self._read("filter_tag_rows", shape, **params):
                if contact_id in found:
                    found[contact_id]["tag"].add(tag.casefold())
        return found

    def circles(self) -> dict[int, tuple[str, int | None]]:
        """Everyone's circle and own cadence (``None``: the circle's)."""
        return {c: (circle, cadence) for c, circle, cadence in self._read("circle_rows")}

    def in_circle(self, circle: str) -> list[int]:
        return [i for (i,) in self._read("circle_member_rows", circle=circle)]

    def goals(self) -> list[GoalRow]:
        """Every goal, oldest first."""
        return [GoalRow._make(row) for row in self._read("goal_rows")]

    def goal_count(self) -> int:
        """How many goals the workspace has."""
        return int(self._read("goal_total")[0][0])
