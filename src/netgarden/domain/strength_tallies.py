"""Strength from per-contact tallies instead of every event (issue 18).

A contact's events fall into classes that score alike: a touch's kind and how two-way it
was, or a ledger entry's type. Per class a :class:`Tally` keeps the count, the first and
last dates, and the decayed sums ``Σ 0.5^((last - on) / h)`` for the two half-lives that
:func:`netgarden.domain.strength.strength` uses outside its sliding range: ``h`` for a
relationship up to two years old and ``2h`` from six years on. The score at ``as_of`` is
then ``Σ weight x 0.5^((as_of - last) / h) x sum`` over a handful of classes — the same
number as scoring every event, without reading them.

Between two and six years the half-life slides with the relationship's age, so no fixed sum
gives it: :func:`score_from_tallies` answers ``None`` there (and for events after
``as_of`` or a half-life other than the default) and the caller scores the events.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from netgarden.domain.strength import Band, Event, StrengthWeights, band_of

# the half-life the sums are kept for: the default setting (another one scores the events)
TALLY_HALF_LIFE = StrengthWeights().half_life_days
TWO_WAY, UNANSWERED, UNKNOWN = "two-way", "unanswered", "unknown"


class Tally(NamedTuple):
    """The events of one class for one contact."""

    source: str  # "touch", or the ledger entry's type
    kind: str  # the touch's kind ("" for a ledger entry: its weight is by type)
    reply: str  # TWO_WAY, UNANSWERED or UNKNOWN
    events: int
    first_on: dt.date
    last_on: dt.date
    near: float  # Σ 0.5^((last_on - on) / h)
    far: float  # Σ 0.5^((last_on - on) / 2h)


class TallyScore(NamedTuple):
    score: int
    band: Band
    last_two_way: dt.date | None


def class_of(event: Event) -> tuple[str, str, str]:
    if event.source != "touch":
        return event.source, "", TWO_WAY
    if event.two_way:
        return "touch", event.kind, TWO_WAY
    return "touch", event.kind, UNANSWERED if event.replied is False else UNKNOWN


def tallies(events: Iterable[Event]) -> list[Tally]:
    """One contact's events folded into tallies, one per class, in class order."""
    grouped: dict[tuple[str, str, str], list[dt.date]] = {}
    for event in events:
        grouped.setdefault(class_of(event), []).append(event.on)
    found = []
    for (source, kind, reply), days in sorted(grouped.items()):
        last = max(days)
        near = math.fsum(0.5 ** ((last - on).days / TALLY_HALF_LIFE) for on in days)
        far = math.fsum(0.5 ** ((last - on).days / (2 * TALLY_HALF_LIFE)) for on in days)
        found.append(Tally(source, kind, reply, len(days), min(days), last, near, far))
    return found


def score_from_tallies(
    found: Sequence[Tally], as_of: dt.date, weights: StrengthWeights
) -> TallyScore | None:
    """The score and band at ``as_of`` as ``strength`` gives them, or ``None`` where the
    tallies cannot tell (the caller then scores the events)."""
    if not found:
        return TallyScore(0, Band.NEW, None)
    if weights.half_life_days != TALLY_HALF_LIFE or max(t.last_on for t in found) > as_of:
        return None
    age_years = (as_of - min(t.first_on for t in found)).days / 365
    if age_years <= 2:
        half_life, sums = TALLY_HALF_LIFE, [t.near for t in found]
    elif age_years >= 6:
        half_life, sums = 2 * TALLY_HALF_LIFE, [t.far for t in found]
    else:
        return None
    total = math.fsum(
        _weight(t, weights) * 0.5 ** ((as_of - t.last_on).days / half_life) * s
        for t, s in zip(found, sums, strict=True)
    )
    score = round(100 * (1 - math.exp(-total / weights.saturation)))
    two_way = [t.last_on for t in found if t.reply == TWO_WAY]
    if not two_way:
        score = min(score, weights.one_way_cap)
    return TallyScore(score, band_of(score, True), max(two_way, default=None))


def _weight(tally: Tally, w: StrengthWeights) -> float:
    if tally.source != "touch":
        return w.ledger.get(tally.source, 0.0)
    base = w.kinds.get(tally.kind, 2.0)
    if tally.reply == TWO_WAY:
        return base
    return base * (w.unanswered if tally.reply == UNANSWERED else w.unknown_reply)
