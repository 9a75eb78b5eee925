"""Event ROI per event and verdicts per series (domain.event_roi), from the store's
aggregates, and intro suggestions among the people met at one event."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netgarden.domain.event_roi import (
    EventFacts,
    EventRoi,
    MetPerson,
    SeriesVerdict,
    Sourced,
    event_roi,
    series_verdicts,
)
from netgarden.domain.normalize import fold
from netgarden.domain.values import check_day
from netgarden.errors import InvalidValue

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


@dataclass(frozen=True)
class RoiReport:
    as_of: dt.date
    window: int
    events: tuple[EventRoi, ...]
    series: tuple[SeriesVerdict, ...]


def roi_report(unit: Unit | ReadUnit, as_of: dt.date, series: str | None = None) -> RoiReport:
    """ROI of every attended event (the latest first) and a verdict per series; ``series``
    keeps one (in any case, accents aside)."""
    check_day(as_of, "as_of")
    window = unit.preferences().roi_window
    wanted = fold(series) if series and series.strip() else None
    events = [
        e for e in unit.event_stats.attended(as_of)
        if wanted is None or fold(e.series or "") == wanted
    ]  # fmt: skip
    if (
        wanted is not None
        and not events
        and not any(fold(name or "") == wanted for name in unit.event_stats.series())
    ):
        raise InvalidValue("series", f"no event in a series called {series!r}")
    met: dict[int, dict[int, list[dt.date | None]]] = defaultdict(dict)
    for event_id, contact_id, two_way, meeting in unit.event_stats.after_meeting(as_of):
        met[event_id][contact_id] = [two_way, meeting]
    for event_id, contact_id, planned in unit.event_stats.planned_after():
        known = met[event_id].get(contact_id)
        if known is not None and (known[1] is None or planned < known[1]):
            known[1] = planned
    targets: dict[int, set[int]] = defaultdict(set)
    for event_id, contact_id, role in unit.event_stats.roles():
        if role == "target":
            targets[event_id].add(contact_id)
    tasks = unit.event_stats.task_compliance(as_of)
    sourced = _sourced(unit, as_of)
    rois = []
    for e in events:
        due, on_time = tasks.get(e.id, (0, 0))
        people = tuple(MetPerson(c, *days) for c, days in sorted(met[e.id].items()))
        facts = EventFacts(e.id, e.name, e.occurred_on, e.series, e.status, e.format, e.access,
                           e.size, people, frozenset(targets[e.id]), due, on_time,
                           sourced)  # fmt: skip
        rois.append(event_roi(facts, as_of, window))
    return RoiReport(as_of, window, tuple(rois), tuple(series_verdicts(reversed(rois))))


def _sourced(unit: Unit | ReadUnit, as_of: dt.date) -> tuple[Sourced, ...]:
    """Opportunities that may have come from an event (issue 16), opened by ``as_of``."""
    return tuple(
        Sourced(o.id, o.event_id, o.via_id, o.opened_on)
        for o in unit.opportunities.sourced()
        if o.opened_on <= as_of and (o.event_id is not None or o.via_id is not None)
    )


def roi_fields(report: RoiReport) -> dict[str, Any]:
    """The report's documented fields, per event and per series, for the CLI's JSON and the
    API alike (with the opportunities sourced at each event, issue 16)."""
    from dataclasses import asdict

    return {
        "as_of": report.as_of,
        "window_days": report.window,
        "events": [asdict(e) for e in report.events],
        "series": [
            {**{k: v for k, v in asdict(s).items() if k != "why"}, "why": s.why.cited()}
            for s in report.series
        ],
    }


@dataclass(frozen=True)
class MetPair:
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    reason: str
    score: float = 0.0  # how well one's needs meet the other's expertise; 0: met together


def suggest_at_event(unit: Unit, event_id: int, limit: int = 20) -> list[MetPair]:
    """Pairs among the people met at one event (seeds/001: "Connect people you meet with
    each other"), the ones whose needs meet the other's expertise first; pairs who know each
    other already are left out."""
    from netgarden.domain.seed_texts import CONNECT_PEOPLE
    from netgarden.domain.suggestions import Profile, suggest

    unit.events.require(event_id)
    met = {p.contact_id for p in unit.events.people(event_id) if p.role == "met"}
    if len(met) < 2:
        return []
    profiles = [
        Profile(p.id, p.name, (p.title, p.function, p.industry, p.interests), p.help_them)
        for p in unit.network.profiles()
        if p.id in met
    ]
    linked = {pair for pair in unit.network.all_pairs() if pair[0] in met and pair[1] in met}
    scored = suggest(profiles, linked, limit)
    pairs = [MetPair(s.a_id, s.a_name, s.b_id, s.b_name, s.reason, s.score) for s in scored]
    seen = {(p.a_id, p.b_id) for p in pairs} | {(p.b_id, p.a_id) for p in pairs}
    names = {p.id: p.name for p in profiles}
    ids = sorted(met)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if len(pairs) >= limit:
                break
            if (a, b) not in seen and (a, b) not in linked and (b, a) not in linked:
                why = f"both met at the same event: {CONNECT_PEOPLE.cited()}"
                pairs.append(MetPair(a, names.get(a, ""), b, names.get(b, ""), why))
    return pairs[:limit]


def roi_of_event(
    unit: Unit, event_id: int, as_of: dt.date
) -> tuple[EventRoi | None, SeriesVerdict | None]:
    """One event's ROI (None unless attended by ``as_of``) and its series' verdict."""
    event = unit.events.require(event_id)
    report = roi_report(unit, as_of, event.series) if event.series else roi_report(unit, as_of)
    mine = next((e for e in report.events if e.id == event_id), None)
    verdict = next((s for s in report.series if s.series == event.series), None)
    return mine, verdict
