"""Counting a goal's metric over its period, from the store's facts (definitions: the
``METRICS`` table of :mod:`netgarden.domain.goals`).

A period is counted from its start through the day asked about (or its end, once it has
ended). ``Counter`` reads each kind of fact once per period and keeps it, so a page of goals
over the same weeks, months and quarters asks the database a handful of questions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from netgarden.domain.goals import Condition, Metric, matches
from netgarden.domain.quality import QUALITY_WINDOW_DAYS, is_quality
from netgarden.domain.strength import Band
from netgarden.domain.values import Circle
from netgarden.store.goal_fact_reads import GiveFact, TouchFact

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit
    from netgarden.services.strength import DayScore


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
        self._circles: dict[int, tuple[str, int | None]] | None = None

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

    def circles(self) -> dict[int, tuple[str, int | None]]:
        """Everyone's circle and own cadence: one light read for the circle metrics."""
        if self._circles is None:
            self._circles = self.facts.circles()
        return self._circles

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
        if all(c.field == "circle" and not c.in_targets for c in where):  # no more to read
            circles, none = self.circles(), frozenset[str]()
            kept = [i for i in wanted if i in circles]
            return {i for i in kept if matches(where, {"circle": circles[i][0]}, none)}
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
    circles = c.circles()
    prefs = c.unit.preferences()
    reached = []
    for contact_id, (on, previous) in known.items():
        if contact_id not in circles:
            continue
        circle, own = circles[contact_id]
        cadence = own or prefs.circle_cadence(Circle(circle))
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
    circles = c.circles()
    inner = [g for g in rows if circles.get(g.contact_id, ("",))[0] == "inner"]
    passing = c.passing({g.contact_id for g in inner}, where)
    return len([g for g in inner if g.contact_id in passing])


def _touchpoints(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    counts = _counts(c, s, e)
    circles = c.circles()
    circled = {i for i in counts if i in circles and circles[i][0] not in (None, "none")}
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


def _scores(c: Counter, ids: list[int], day: dt.date, window: int | None) -> dict[int, DayScore]:
    """These people's strength on ``day`` (``services.strength.scores_on``), each asked once
    per counter (deepened and quality ask for the same people)."""
    from netgarden.services.strength import scores_on

    known: dict[int, DayScore] = c._once(("scores", day, window), dict)
    missing = [i for i in ids if i not in known]
    if missing:
        known.update(scores_on(c.unit, missing, day, window))
    return {i: known[i] for i in ids}


def _began(found: DayScore, s: dt.date) -> bool:
    return found.first_on is not None and found.first_on >= s


def _deepened(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    """Band now against the band the day before: only people above the lowest band now can
    have risen, and someone whose history began in the period rose from nothing."""
    ids = sorted(c.passing(_active(c, s, e), where))
    now = _scores(c, ids, e, None)
    risen = [i for i, found in now.items() if _RANK[found.band] > 0]
    began = {i for i in risen if _began(now[i], s)}
    then = _scores(c, [i for i in risen if i not in began], s - dt.timedelta(days=1), None)
    rose = sum(_RANK[now[i].band] > _RANK[found.band] for i, found in then.items())
    return len(began) + rose


def _quality(c: Counter, where: tuple[Condition, ...], s: dt.date, e: dt.date) -> int:
    """Quality on the day asked and not the day before the period: both from the tallies
    (``scores_on``), less the later events' shares summed in the database."""
    ids = sorted(c.passing(_active(c, s, e), where))
    now = _scores(c, ids, e, QUALITY_WINDOW_DAYS)
    quality = [i for i, found in now.items() if is_quality(found.score, found.last_two_way, e)]
    began = {i for i in quality if _began(now[i], s)}
    before = s - dt.timedelta(days=1)
    then = _scores(c, [i for i in quality if i not in began], before, QUALITY_WINDOW_DAYS)
    return len(began) + sum(
        not is_quality(found.score, found.last_two_way, before) for found in then.values()
    )


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
