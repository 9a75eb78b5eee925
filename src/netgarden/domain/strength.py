"""Relationship strength: 0-100 from touches and ledger entries, always explainable.

Each event adds ``weight(kind) x two-way factor x decay``:
- weight by kind: a meeting or coffee counts more than a call, a call more than a message;
- two-way factor: mutual, incoming and answered outreach count fully; outreach with no reply
  counts a tenth, with the reply unknown four tenths — one-way contact is no relationship,
  so a history with no two-way event at all stays under 15;
- decay: halves every ``half_life_days`` (180), more slowly for relationships known three
  whole years or more: the half-life steps by whole years known (x1 up to three years,
  x1.25 at three, x1.5 at four, x1.75 at five, x2 from six), so five fixed decayed sums per
  class of event give every contact's score exactly (``domain.strength_tallies``);
then ``score = 100 x (1 - e^(-total / saturation))``. Bands: strong ≥ 70, medium 40-69,
weak 15-39, dormant < 15 with history, new with none.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class Band(StrEnum):
    STRONG = "strong"
    MEDIUM = "medium"
    WEAK = "weak"
    DORMANT = "dormant"
    NEW = "new"


@dataclass(frozen=True)
class StrengthWeights:
    """The documented knobs (the README lists them; half-life and saturation are settings)."""

    kinds: Mapping[str, float] = field(
        default_factory=lambda: {
            "meeting": 10.0,
            "coffee": 10.0,
            "informational-interview": 10.0,
            "video": 8.0,
            "call": 7.0,
            "event": 6.0,
            "intro": 6.0,
            "email": 3.0,
            "message": 2.0,
            "other": 2.0,
        }
    )
    ledger: Mapping[str, float] = field(
        default_factory=lambda: {"give": 5.0, "receive": 5.0, "ask": 2.0}
    )
    unanswered: float = 0.1
    unknown_reply: float = 0.4
    half_life_days: float = 180.0
    saturation: float = 25.0
    one_way_cap: int = 14


class Event(NamedTuple):
    """A touch (``source`` "touch") or a ledger entry (``source`` "give"/"receive"/"ask").
    A tuple: batch scoring builds a million of them."""

    on: dt.date
    kind: str
    source: str = "touch"
    direction: str = "mutual"
    replied: bool | None = None

    @property
    def two_way(self) -> bool:
        if self.source != "touch":
            return True
        return self.direction != "out" or self.replied is True


@dataclass(frozen=True)
class Contribution:
    on: dt.date
    label: str
    points: float

    def __str__(self) -> str:
        return f"{self.label} {self.on.isoformat()}: +{self.points:.0f}"


@dataclass(frozen=True)
class Strength:
    score: int
    band: Band
    contributions: list[Contribution]
    # the half-life the score decayed with (explained; not part of what the score is)
    half_life_days: float | None = field(default=None, compare=False)


# the half-life's multiplier by whole years known: x1 up to three years, then a quarter more
# a year up to x2 from six (the five steps the strength tallies keep a sum for)
HALF_LIFE_STEPS = (1.0, 1.25, 1.5, 1.75, 2.0)


def years_known(first: dt.date, as_of: dt.date) -> int:
    """Whole years (of 365 days) from the first event to ``as_of``."""
    return (as_of - first).days // 365


def half_life_step(years: int) -> int:
    """Which of :data:`HALF_LIFE_STEPS` a relationship known ``years`` whole years uses."""
    return min(max(years - 2, 0), len(HALF_LIFE_STEPS) - 1)


def band_of(score: int, has_history: bool) -> Band:
    if not has_history:
        return Band.NEW
    if score >= 70:
        return Band.STRONG
    if score >= 40:
        return Band.MEDIUM
    if score >= 15:
        return Band.WEAK
    return Band.DORMANT


_DEFAULT = StrengthWeights()


def strength(
    events: Iterable[Event],
    as_of: dt.date,
    weights: StrengthWeights | None = None,
    explain: bool = True,
) -> Strength:
    """The score and band; with ``explain`` also each event's share of the score."""
    w = weights or _DEFAULT
    past = [e for e in events if e.on <= as_of]
    if not past:
        return Strength(0, Band.NEW, [])
    years = years_known(min(e.on for e in past), as_of)
    half_life = w.half_life_days * HALF_LIFE_STEPS[half_life_step(years)]
    raw: list[tuple[Event, float]] = []
    for event in past:
        base = (
            w.ledger.get(event.source, 0.0)
            if event.source != "touch"
            else w.kinds.get(event.kind, 2.0)
        )
        factor = (
            1.0 if event.two_way else (w.unanswered if event.replied is False else w.unknown_reply)
        )
        decay = 0.5 ** ((as_of - event.on).days / half_life)
        raw.append((event, base * factor * decay))
    total = sum(value for _, value in raw)
    score = round(100 * (1 - math.exp(-total / w.saturation)))
    if not any(event.two_way for event in past):
        score = min(score, w.one_way_cap)
    if not explain:
        return Strength(score, band_of(score, True), [], half_life)
    contributions = [
        Contribution(event.on, _label(event), score * value / total)
        for event, value in sorted(raw, key=lambda pair: pair[0].on)
        if total > 0
    ]
    contributions.sort(key=lambda c: (-c.points, c.on))
    return Strength(score, band_of(score, True), contributions, half_life)


def history(
    events: list[Event], as_of: dt.date, months: int = 12, weights: StrengthWeights | None = None
) -> list[tuple[dt.date, int]]:
    """The score at the end of each of the last ``months`` months, oldest first."""
    points = []
    day = as_of
    for _ in range(months):
        points.append((day, strength(events, day, weights).score))
        day = day.replace(day=1) - dt.timedelta(days=1)
    return points[::-1]


def _label(event: Event) -> str:
    if event.source == "touch":
        return event.kind if event.two_way else f"{event.kind} (one-way)"
    return f"{event.source} {event.kind}"
