"""The day each contact first became a quality connection, for many contacts at once.

The rule is domain.quality's (strength ≥ 40 and two-way contact within a year, on an event's
day); ``domain.quality.first_quality_day`` scores every earlier event again on every event
day, which is quadratic in a contact's history. Here a day is only scored exactly when it
could qualify: strength's decay halves at most every ``2 x half_life`` days (the longest
half-life it slides to), so a running sum with that slowest decay bounds the real total from
above in one pass; a day whose bound scores under 40, or that has no two-way event in the
year before, cannot be a quality day and is skipped. The answer is the same day
``first_quality_day`` gives (tests/domain/test_roi.py checks it on random histories).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

from netgarden.domain.quality import QUALITY_MIN_SCORE, QUALITY_WINDOW_DAYS, quality_on
from netgarden.domain.strength import Event, StrengthWeights

_DEFAULT = StrengthWeights()


def _weight(event: Event, w: StrengthWeights) -> float:
    base = (
        w.ledger.get(event.source, 0.0) if event.source != "touch" else w.kinds.get(event.kind, 2.0)
    )
    if event.two_way:
        return base
    return base * (w.unanswered if event.replied is False else w.unknown_reply)


def _least_total(w: StrengthWeights) -> float:
    """The smallest total whose score rounds to ``QUALITY_MIN_SCORE``, less a margin."""
    return -w.saturation * math.log(1 - (QUALITY_MIN_SCORE - 0.5) / 100) - 1e-9


def first_quality_day(
    events: Sequence[Event], until: dt.date, weights: StrengthWeights | None = None
) -> dt.date | None:
    """``domain.quality.first_quality_day`` for one contact, skipping days that cannot
    qualify (the module's docstring)."""
    w = weights or _DEFAULT
    least = _least_total(w)
    slowest = 2 * w.half_life_days
    ordered = sorted((e for e in events if e.on <= until), key=lambda e: e.on)
    bound, last_day, last_two_way = 0.0, None, None
    index = 0
    while index < len(ordered):
        day = ordered[index].on
        if last_day is not None:
            bound *= 0.5 ** ((day - last_day).days / slowest)
        while index < len(ordered) and ordered[index].on == day:
            event = ordered[index]
            bound += _weight(event, w)
            if event.two_way:
                last_two_way = day
            index += 1
        last_day = day
        if bound < least or last_two_way is None:
            continue
        if (day - last_two_way).days > QUALITY_WINDOW_DAYS:
            continue
        if quality_on(ordered[:index], day, w):
            return day
    return None


def first_quality_days(
    events: Mapping[int, Sequence[Event]], until: dt.date, weights: StrengthWeights | None = None
) -> dict[int, dt.date]:
    """Each contact's first quality day up to ``until``, for those who have one."""
    found = {}
    for contact_id, history in events.items():
        day = first_quality_day(history, until, weights)
        if day is not None:
            found[contact_id] = day
    return found
