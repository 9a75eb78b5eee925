"""Counting a goal's metric over its period, from the store's facts (definitions: the
``METRICS`` table of :mod:`netgarden.domain.goals`).

A period is counted from its start through the day asked about (or its end, once it has
ended). ``Counter`` reads each kind of fact once per period and keeps it, so a page of goals
over the same weeks, months and quarters asks the database a handful of questions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from netgarden.domain.goals import Condition, Metric, matches
from netgarden.domain.quality import quality_on
from netgarden.domain.strength import Band, Event
from netgarden.domain.values import Circle
from netgarden.services.database import Unit
from netgarden.store.goal_facts import GiveFact, TouchFact

_RANK = {Band.NEW: 0, Band.DORMANT: 0, Band.WEAK: 1, Band.MEDIUM: 2, Band.STRONG: 3}
NO_CADENCE_DAYS = 365  # "a year without a cadence": twice this is never asked


class Counter:
    """Counts metrics for one unit of work, reading each fact once per period."""

    def __init__(self, unit: Unit) -> None:
        self.unit = unit
        self.facts = unit.goal_facts
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._people: dict[int, dict[str, Any]] = {}
        self._targets: frozenset[str] | None = None

    def _once(self, key: tuple[Any, ...], read: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = read()
        return self._cache[key]

    def touches(self, start: dt.date, end: dt.date, first_only: bool = False) -> list[TouchFact]:
        found: list[TouchFact] = self._once(
            ("touches", start, end, first_only),
            lambda: self.facts.touches(start, end, first_only),
        )
        return found

    def gives(self, start: dt.date, end: dt.date) -> list[GiveFact]:
        found: list[GiveFact] = self._once(
            ("gives", start, end), lambda: self.facts.gives(start, end)
        )
        return found

    def people(self, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        missing = [i for i in set(ids) if i not in self._people]
        if missing:
            self._people.update(self.facts.people(missing))
        return self._people

    def targets(self) -> frozenset[str]:
        if self._targets is None:
            from netgarden.services.reviews import target_companies

            self._targets = frozenset(t.casefold() for t in target_companies(self.unit))
        return self._targets

    def passing(self, ids: Iterable[int], where: tuple[Condition, ...]) -> set[int]:
        """The people among ``ids`` that pass the filter."""
        wanted = set(ids)
        if not where:
            return wanted
        people = self.people(wanted)
        return {i for i in wanted if i in people and matches(where, people[i], self.targets())}

    def count(
        self, metric: Metric, where: tuple[Condition, ...], start: dt.date, end: dt.date,
        today: dt.date, manual: int = 0,
    ) -> int:  # fmt: skip
        """The metric's value over ``start``..``end`` as of ``today``."""
        if metric is Metric.MANUAL:
            return manual
        last = min(end, today)
        if last < start:
            return 0
        rule = _RULES[metric]
        return rule(self, where, start, last)


def _new_connections(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    added = c._once(("added", s, e), lambda: c.facts.people_added(s, e))
    return len(c.passing((i for i, _ in added), where))


def _new_outreach(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    first: dict[int, TouchFact] = {}
    for row in c.touches(s, e, first_only=True):  # ordered by day, then touch
        first.setdefault(row.contact_id, row)
    mine = [i for i, row in first.items() if row.direction == "out"]
    return len(c.passing(mine, where))


def _touches_of_kind(
    kind: str,
) -> Callable[[Counter, tuple[Condition, ...], dt.date, dt.date], int]:
    def rule(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
        rows = [r for r in c.touches(s, e) if r.kind == kind]
        passing = c.passing({r.contact_id for r in rows}, where)
        extra = 0
        if kind == "coffee" and not where:
            extra = c._once(("plans", s, e), lambda: c.facts.coffee_plans(s, e))
        return len({r.touch_id for r in rows if r.contact_id in passing}) + extra

    return rule


def _dormant_reached(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    first: dict[int, dt.date] = {}
    for row in c.touches(s, e):
        first.setdefault(row.contact_id, row.on)
    before = c._once(("previous", s, e), lambda: c.facts.previous_touch(list(first), s))
    people = c.people(first)
    prefs = c.unit.preferences()
    reached = []
    for contact_id, on in first.items():
        previous = before.get(contact_id)
        person = people.get(contact_id)
        if previous is None or person is None:
            continue
        cadence = person["cadence_days"] or prefs.circle_cadence(Circle(person["circle"]))
        if (on - previous).days > 2 * (cadence or NO_CADENCE_DAYS // 2):
            reached.append(contact_id)
    return len(c.passing(reached, where))


def _gives(
    keep: Callable[[Counter, GiveFact], bool],
) -> Callable[[Counter, tuple[Condition, ...], dt.date, dt.date], int]:
    def rule(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
        rows = [g for g in c.gives(s, e) if keep(c, g)]
        passing = c.passing({g.contact_id for g in rows}, where)
        return len([g for g in rows if g.contact_id in passing])

    return rule


def _introductions(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    rows = [g for g in c.gives(s, e) if g.kind == "introduction"]
    passing = c.passing({g.contact_id for g in rows}, where)
    # a made introduction gave to both people: it counts once
    made = {g.note if (g.note or "").startswith("introduction #") else g.id
            for g in rows if g.contact_id in passing}  # fmt: skip
    return len(made)


def _gives_first(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    rows = c.gives(s, e)
    received = c._once(
        ("received", s, e), lambda: c.facts.first_receive([g.contact_id for g in rows])
    )
    first = [g for g in rows if g.contact_id not in received or received[g.contact_id] >= g.on]
    passing = c.passing({g.contact_id for g in first}, where)
    return len([g for g in first if g.contact_id in passing])


def _key_value_adds(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    rows = c.gives(s, e)
    people = c.people(g.contact_id for g in rows)
    inner = [g for g in rows if people.get(g.contact_id, {}).get("circle") == "inner"]
    passing = c.passing({g.contact_id for g in inner}, where)
    return len([g for g in inner if g.contact_id in passing])


def _touchpoints(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    rows = c.touches(s, e)
    people = c.people(r.contact_id for r in rows)
    circled = {i for i, p in people.items() if p.get("circle") not in (None, "none")}
    passing = c.passing({r.contact_id for r in rows if r.contact_id in circled}, where)
    return len({(r.touch_id, r.contact_id) for r in rows if r.contact_id in passing})


def _things(
    read: Callable[[Counter, dt.date, dt.date], list[dict[str, Any]]], name: str
) -> Callable[[Counter, tuple[Condition, ...], dt.date, dt.date], int]:
    def rule(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
        rows: list[dict[str, Any]] = c._once((name, s, e), lambda: read(c, s, e))
        return len([r for r in rows if matches(where, r, frozenset())])

    return rule


def _inner_growth(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    growth = 0
    for change in c.unit.circle_history.since(s):
        if change.changed_on > e:
            continue
        into, out_of = change.to_circle == "inner", change.from_circle == "inner"
        growth += 1 if into and not out_of else -1 if out_of and not into else 0
    return growth


def _active(c: Counter, s: dt.date, e: dt.date) -> list[int]:
    """People with a touch or a give in the period: only they can have risen."""
    return sorted({r.contact_id for r in c.touches(s, e)} | {g.contact_id for g in c.gives(s, e)})


def _deepened(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    from netgarden.services.strength import batch_strength

    ids = list(c.passing(_active(c, s, e), where))
    now = batch_strength(c.unit, e, ids)
    then = batch_strength(c.unit, s - dt.timedelta(days=1), ids)
    return len([i for i in ids if i in now and _RANK[now[i].band] > _rank(then.get(i))])


def _rank(found: Any) -> int:
    return 0 if found is None else _RANK[found.band]


def _quality(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    ids = sorted(c.passing(_active(c, s, e), where))
    events: dict[int, list[Event]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        for row in c.unit.ledger.strength_events(ids[start : start + 500]):
            events[row.contact_id].append(
                Event(row.on, row.kind, row.source, row.direction, row.replied)
            )
    weights = c.unit.preferences().strength_weights()
    before = s - dt.timedelta(days=1)
    now = {i for i, found in events.items() if quality_on(found, e, weights)}
    return len([i for i in now if not quality_on(events[i], before, weights)])


_RULES: dict[Metric, Callable[[Counter, tuple[Condition, ...], dt.date, dt.date], int]] = {
    Metric.NEW_CONNECTIONS: _new_connections,
    Metric.NEW_OUTREACH: _new_outreach,
    Metric.INFORMATIONAL_INTERVIEWS: _touches_of_kind("informational-interview"),
    Metric.EVENTS_ATTENDED: _things(lambda c, s, e: c.facts.events_attended(s, e), "events"),
    Metric.DORMANT_REACHED: _dormant_reached,
    Metric.COFFEE_MEETINGS: _touches_of_kind("coffee"),
    Metric.INTRODUCTIONS_MADE: _introductions,
    Metric.RESOURCES_SHARED: _gives(lambda c, g: g.kind == "knowledge"),
    Metric.CONTENT_PUBLISHED: _things(lambda c, s, e: c.facts.content(s, e), "content"),
    Metric.COMMUNITIES_JOINED: _things(
        lambda c, s, e: c.facts.communities_joined(s, e), "communities"
    ),
    Metric.INNER_CIRCLE_GROWTH: _inner_growth,
    Metric.RELATIONSHIPS_DEEPENED: _deepened,
    Metric.GIVES_FIRST: _gives_first,
    Metric.KEY_VALUE_ADDS: _key_value_adds,
    Metric.TOUCHPOINTS: _touchpoints,
    Metric.QUALITY_CONNECTIONS: _quality,
}
