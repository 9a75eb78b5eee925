"""Event ROI and series verdicts (seeds/002: "Define success metrics (contacts made,
meetings scheduled)"; seeds/004: keep the events where you "find someone really valuable",
"I actually stopped going to their events after the third event"). Pure: ``as_of`` and the
window are arguments.

Per event, once ``window`` days (90, a setting) have passed; before that it is ``pending``:
people met, targets met / targets, meetings scheduled (people met with a meeting logged or
planned after the day), follow-up compliance (tasks done on time / tasks due), and the people
still in two-way contact within the window ("alive"; they are the valuable ones).
Opportunities sourced there (issue 16): those recorded at the event, and those that came
through someone met there within the window after it (unless recorded at another event).

Per series (attended events only): ``keep`` once one event gave someone alive;
``drop`` after 3 ripe events with nobody; ``keep-exploring`` (n of 3 events) before that.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from netgarden.domain.seed_texts import SOMEONE_VALUABLE, STOPPED_AFTER_THIRD, Quote

DEFAULT_WINDOW = 90
TRIAL_EVENTS = 3  # seeds/004: "after the third event"


@dataclass(frozen=True, slots=True)
class MetPerson:
    """Someone met at an event: their first two-way touch after the event day, and their
    first meeting (logged or planned) after it; None when there was none."""

    contact_id: int
    first_two_way: dt.date | None = None
    first_meeting: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Sourced:
    """An opportunity that may have come from an event: the event it was recorded at (if
    any), who it came through (if anyone), the day it opened."""

    id: int
    event_id: int | None
    via_id: int | None
    on: dt.date


@dataclass(frozen=True, slots=True)
class EventFacts:
    id: int
    name: str
    on: dt.date
    series: str | None
    status: str
    format: str
    access: str | None
    size: int | None
    met: tuple[MetPerson, ...] = ()
    targets: frozenset[int] = frozenset()
    tasks_due: int = 0
    tasks_on_time: int = 0
    sourced: tuple[Sourced, ...] = ()


@dataclass(frozen=True, slots=True)
class EventRoi:
    id: int
    name: str
    on: dt.date
    series: str | None
    status: str  # "pending" before the window has passed, else "ripe"
    ripe_on: dt.date
    format: str
    access: str | None
    size: int | None
    people_met: int
    targets: int
    targets_met: int
    meetings_scheduled: int
    tasks_due: int
    tasks_on_time: int
    compliance: float | None
    alive: int | None  # None while pending
    opportunities: int = 0  # sourced there (issue 16)


@dataclass(frozen=True, slots=True)
class SeriesVerdict:
    series: str
    verdict: str  # keep, keep-exploring, drop
    label: str  # "keep exploring (2 of 3 events)"
    events: int  # attended events
    ripe: int
    alive: int
    formats: tuple[str, ...]
    access: tuple[str, ...]
    sizes: tuple[int, ...]
    why: Quote
    event_ids: tuple[int, ...] = field(default=())


def event_roi(event: EventFacts, as_of: dt.date, window: int = DEFAULT_WINDOW) -> EventRoi:
    ripe_on = event.on + dt.timedelta(days=window)
    ripe = as_of >= ripe_on
    end = event.on + dt.timedelta(days=window)
    alive = sum(
        1 for p in event.met if p.first_two_way is not None and event.on < p.first_two_way <= end
    )
    meetings = sum(
        1 for p in event.met if p.first_meeting is not None and event.on < p.first_meeting
    )
    met_ids = {p.contact_id for p in event.met}
    compliance = round(event.tasks_on_time / event.tasks_due, 3) if event.tasks_due else None
    return EventRoi(
        event.id, event.name, event.on, event.series, "ripe" if ripe else "pending", ripe_on,
        event.format, event.access, event.size, len(event.met), len(event.targets),
        len(event.targets & met_ids), meetings, event.tasks_due, event.tasks_on_time,
        compliance, alive if ripe else None, opportunities_of(event, met_ids, end),
    )  # fmt: skip


def opportunities_of(event: EventFacts, met_ids: set[int], end: dt.date) -> int:
    """Opportunities recorded at the event, or through someone met there by ``end`` and
    recorded at no event."""
    return sum(
        1
        for o in event.sourced
        if o.event_id == event.id
        or (o.event_id is None and o.via_id in met_ids and event.on <= o.on <= end)
    )


def series_verdicts(rois: Iterable[EventRoi]) -> list[SeriesVerdict]:
    """One verdict per series, over its attended events, by series name."""
    by_series: dict[str, list[EventRoi]] = {}
    for roi in rois:
        if roi.series:
            by_series.setdefault(roi.series, []).append(roi)
    return [verdict(name, events) for name, events in sorted(by_series.items())]


def verdict(series: str, events: Sequence[EventRoi]) -> SeriesVerdict:
    ripe = [e for e in events if e.alive is not None]
    alive = sum(e.alive or 0 for e in ripe)
    if alive:
        word, label, why = "keep", "keep", SOMEONE_VALUABLE
    elif len(ripe) >= TRIAL_EVENTS:
        word, label, why = "drop", "drop", STOPPED_AFTER_THIRD
    else:
        n = min(len(events), TRIAL_EVENTS)
        word, label = "keep-exploring", f"keep exploring ({n} of {TRIAL_EVENTS} events)"
        why = STOPPED_AFTER_THIRD
    return SeriesVerdict(
        series, word, label, len(events), len(ripe), alive,
        _common(e.format for e in events), _common(e.access for e in events if e.access),
        tuple(sorted({e.size for e in events if e.size is not None})), why,
        tuple(e.id for e in events),
    )  # fmt: skip


def _common(values: Iterable[str]) -> tuple[str, ...]:
    """Each value once, the most frequent first."""
    return tuple(value for value, _ in Counter(values).most_common())
