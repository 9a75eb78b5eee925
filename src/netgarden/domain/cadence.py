"""Cadence: how often a relationship should be touched, and when the next touch is due.

Logging a touch resets the clock: the next touch is due one cadence after the latest touch
(and, with ``gives_count_as_touches``, after the latest give or receive).
A contact never touched is due one cadence after we met (or were added).
"""

from __future__ import annotations

import datetime as dt

from netgarden.domain.preferences import Preferences
from netgarden.domain.values import Circle


def effective_cadence(circle: Circle, override_days: int | None, prefs: Preferences) -> int | None:
    """A per-contact cadence wins over the circle's; ``None`` means no cadence is kept."""
    if override_days is not None:
        return override_days
    return prefs.circle_cadence(circle)


def clock_start(
    last_touch_on: dt.date | None, last_value_on: dt.date | None, prefs: Preferences
) -> dt.date | None:
    """The day the cadence clock last reset: the last touch, or the last give or receive
    when ``gives_count_as_touches`` is on (seeds/001: a value-providing interaction is a
    touch), whichever is later."""
    days = [last_touch_on]
    if prefs.gives_count_as_touches:
        days.append(last_value_on)
    known = [day for day in days if day is not None]
    return max(known) if known else None


def next_due_on(
    cadence_days: int | None, last_touch_on: dt.date | None, known_since: dt.date
) -> dt.date | None:
    if cadence_days is None:
        return None
    anchor = last_touch_on if last_touch_on is not None else known_since
    return anchor + dt.timedelta(days=cadence_days)
