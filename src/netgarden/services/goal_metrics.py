"""Counting a goal's metric over its period, from the store's facts (definitions: the
``METRICS`` table of :mod:`netgarden.domain.goals`).

A period is counted from its start through the day asked about (or its end, once it has
ended). ``Counter`` reads each kind of fact once per period and keeps it, so a page of goals
over the same weeks, months and quarters asks the database a handful of questions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from netgarden.domain.goals import Condition, Metric, matches
from netgarden.domain.quality import is_quality, last_two_way, quality_on
from netgarden.domain.strength import Band, Event, strength
from netgarden.domain.strength_tallies import SUMMARY, TWO_WAY
from netgarden.domain.values import Circle
from netgarden.store.goal_fact_reads import GiveFact, TouchFact

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


class Scored(NamedTuple):
    """A contact's strength at a day, and their last two-way contact by then."""

    score: int
    band: Band
    last_two_way: dt.date | None


_RANK = {Band.NEW: 0, Band.DORMANT: 0, Band.WEAK: 1, Band.MEDIUM: 2, Band.STRONG: 3}
NO_CADENCE_DAYS = 365  # the gap that makes someone outside any circle dormant


class Counter:
    """Counts metrics for one unit of work, reading each fact once per period."""

    def __init__(self, unit: Unit | ReadUnit) -> None:
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
        extra = 0
        if not where:  # counted in the database
            if kind == "coffee":
                extra = c._once(("plans", s, e), lambda: c.facts.coffee_plans(s, e))
            return (
                int(c._once(("total", kind, s, e), lambda: c.facts.touch_total(s, e, kind))) + extra
            )
        pairs = c._once(("pairs", kind, s, e), lambda: c.facts.touch_pairs(s, e, kind))
        passing = c.passing({person for _, person in pairs}, where)
        return len({touch for touch, person in pairs if person in passing})

    return rule


def _counts(c: Counter, s: dt.date, e: dt.date) -> dict[int, int]:
    found: dict[int, int] = c._once(("counts", s, e), lambda: c.facts.touch_counts(s, e))
    return found


def _dormant_reached(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    spans = c._once(("first-previous", s, e), lambda: c.facts.first_and_previous(s, e))
    known = {i: span for i, span in spans.items() if span[1] is not None}
    people = c.people(known)
    prefs = c.unit.preferences()
    reached = []
    for contact_id, (on, previous) in known.items():
        person = people.get(contact_id)
        if person is None:
            continue
        cadence = person["cadence_days"] or prefs.circle_cadence(Circle(person["circle"]))
        if (on - previous).days > (2 * cadence if cadence else NO_CADENCE_DAYS):
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
    counts = _counts(c, s, e)
    people = c.people(counts)
    circled = {
        i for i, p in people.items() if i in counts and p.get("circle") not in (None, "none")
    }
    return sum(counts[i] for i in c.passing(circled, where))


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
    return sorted(set(_counts(c, s, e)) | {g.contact_id for g in c.gives(s, e)})


def _histories(c: Counter, ids: list[int]) -> dict[int, list[Event]]:
    """These people's touches and ledger entries as strength events, each read once per
    counter (deepened and quality ask for the same people)."""
    known: dict[int, list[Event]] = c._once(("histories",), dict)
    missing = [i for i in ids if i not in known]
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        for contact_id in chunk:
            known[contact_id] = []
        for contact_id, *event in c.facts.strength_events(chunk):
            known[contact_id].append(Event(*event))
    return {i: known[i] for i in ids}


def _now_and_first(
    c: Counter, ids: list[int], e: dt.date
) -> tuple[dict[int, Any], dict[int, dt.date]]:
    """Each person's score at ``e`` (from the tallies where they tell) and first event."""
    from netgarden.domain.strength_tallies import score_from_tallies

    weights = c.unit.preferences().strength_weights()
    scored: dict[int, Any] = {}
    first: dict[int, dt.date] = {}
    pending = []
    for contact_id, found in c.unit.strength_tallies.read(ids).items():
        first[contact_id] = min(t.first_on for t in found)
        tallied = score_from_tallies(found, e, weights)
        if tallied is None:
            pending.append(contact_id)
        else:
            two_way = [t.last_on for t in found if t.source != SUMMARY and t.reply == TWO_WAY]
            scored[contact_id] = Scored(tallied.score, tallied.band, max(two_way, default=None))
    for contact_id, events in _histories(c, pending).items():
        found_score = strength(events, e, weights, explain=False)
        scored[contact_id] = Scored(found_score.score, found_score.band, last_two_way(events, e))
    return scored, first


def _deepened(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    """Band now against the band the day before: only people above the lowest band now can
    have risen, and someone whose history began in the period rose from nothing."""
    ids = sorted(c.passing(_active(c, s, e), where))
    now, first = _now_and_first(c, ids, e)
    risen = [i for i, found in now.items() if _RANK[found.band] > 0]
    began = {i for i in risen if first[i] >= s}
    from netgarden.services.strength import bands_on  # later shares summed in the database

    then = bands_on(c.unit, [i for i in risen if i not in began], s - dt.timedelta(days=1))
    rose = sum(_RANK[now[i].band] > _RANK[Band(band)] for i, band in then.items())
    return len(began) + rose


def _quality(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    """Quality on the day asked (from the tallies) and not the day before the period."""
    ids = sorted(c.passing(_active(c, s, e), where))
    now, first = _now_and_first(c, ids, e)
    quality = [i for i, found in now.items() if is_quality(found.score, found.last_two_way, e)]
    began = {i for i in quality if first[i] >= s}
    weights = c.unit.preferences().strength_weights()
    before = s - dt.timedelta(days=1)
    older = _histories(c, [i for i in quality if i not in began])
    return len(began) + len([i for i, events in older.items()
                             if not quality_on(events, before, weights)])  # fmt: skip


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
