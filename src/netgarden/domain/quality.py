"""The one rule for a *quality connection* (seeds/004), and when a contact became one.

seeds/004 counts "200 real people that I built relationship a certain level of relationship
with that I can comfortably reach out to and I know they will respond". netgarden reads
that as two facts on a given day:

- the relationship is at least *medium*: strength ≥ ``QUALITY_MIN_SCORE`` (40) on that day
  (:mod:`netgarden.domain.strength`), and
- the contact is known to respond: a two-way event (a mutual or incoming touch, an answered
  outreach, a give/receive/ask) within ``QUALITY_WINDOW_DAYS`` (365) up to that day.

Pure: every function takes ``today``; nothing here reads a database. Goals, reviews and the
events' ROI all call these functions, so they agree on who counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from netgarden.domain.strength import Event, StrengthWeights, strength

QUALITY_MIN_SCORE = 40
QUALITY_WINDOW_DAYS = 365


def is_quality(score: int, last_two_way: dt.date | None, today: dt.date) -> bool:
    """Whether a contact with this strength and last two-way day is a quality connection on
    ``today`` (a two-way day after ``today`` does not count)."""
    if score < QUALITY_MIN_SCORE or last_two_way is None or last_two_way > today:
        return False
    return (today - last_two_way).days <= QUALITY_WINDOW_DAYS


def last_two_way(events: Iterable[Event], today: dt.date) -> dt.date | None:
    """The last day on or before ``today`` with a two-way event, or ``None``."""
    return max((e.on for e in events if e.two_way and e.on <= today), default=None)


def quality_on(
    events: Iterable[Event], today: dt.date, weights: StrengthWeights | None = None
) -> bool:
    """Whether the contact with these events is a quality connection on ``today``."""
    found = list(events)
    score = strength(found, today, weights, explain=False).score
    return is_quality(score, last_two_way(found, today), today)


def first_quality_day(
    events: Iterable[Event], today: dt.date, weights: StrengthWeights | None = None
) -> dt.date | None:
    """The first day, on or before ``today``, on which the contact was a quality connection,
    or ``None`` if never.

    Strength only rises on the day of an event (it decays in between) and the two-way window
    only opens on a two-way event, so the status can only switch on at an event's day: those
    days are the only ones checked, oldest first.
    """
    found = sorted((e for e in events if e.on <= today), key=lambda e: e.on)
    for day in sorted({e.on for e in found}):
        if quality_on([e for e in found if e.on <= day], day, weights):
            return day
    return None


def first_quality_month(
    events: Iterable[Event], today: dt.date, weights: StrengthWeights | None = None
) -> dt.date | None:
    """The first day of the month in which the contact first became a quality connection
    (as of ``today``), or ``None``."""
    day = first_quality_day(events, today, weights)
    return day.replace(day=1) if day is not None else None
