"""Cadence: how often a relationship should be touched, and when the next touch is due.

Logging a touch resets the clock: the next touch is due one cadence after the latest touch.
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


def next_due_on(
    cadence_days: int | None, last_touch_on: dt.date | None, known_since: dt.date
) -> dt.date | None:
    if cadence_days is None:
        return None
    anchor = last_touch_on if last_touch_on is not None else known_since
    return anchor + dt.timedelta(days=cadence_days)
