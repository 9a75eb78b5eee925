"""The quality-connection rule (seeds/004) with exact answers on fixed dates."""

from __future__ import annotations

import datetime as dt

from netgarden.domain.quality import (
    first_quality_day,
    first_quality_month,
    is_quality,
    last_two_way,
    quality_on,
)
from netgarden.domain.strength import Event

TODAY = dt.date(2026, 6, 15)


def test_threshold_and_window() -> None:
    assert is_quality(40, TODAY, TODAY)
    assert not is_quality(39, TODAY, TODAY)
    assert is_quality(40, TODAY - dt.timedelta(days=365), TODAY)
    assert not is_quality(40, TODAY - dt.timedelta(days=366), TODAY)
    assert not is_quality(90, None, TODAY)
    assert not is_quality(90, TODAY + dt.timedelta(days=1), TODAY)


def test_one_coffee_is_not_enough_two_are() -> None:
    one = [Event(dt.date(2026, 3, 10), "coffee")]
    assert not quality_on(one, dt.date(2026, 3, 10))  # 33
    two = [*one, Event(dt.date(2026, 3, 24), "coffee")]
    assert quality_on(two, dt.date(2026, 3, 24))  # about 54
    assert first_quality_day(two, TODAY) == dt.date(2026, 3, 24)
    assert first_quality_month(two, TODAY) == dt.date(2026, 3, 1)
    assert first_quality_day(two, dt.date(2026, 3, 23)) is None


def test_one_way_outreach_never_makes_a_quality_connection() -> None:
    unanswered = [Event(dt.date(2026, 1, d), "meeting", direction="out", replied=False)
                  for d in range(1, 29)]  # fmt: skip
    assert last_two_way(unanswered, TODAY) is None
    assert first_quality_day(unanswered, TODAY) is None


def test_strong_but_silent_for_over_a_year_is_not_quality() -> None:
    old = [Event(dt.date(2024, 1, d), "meeting") for d in range(1, 10)]
    assert quality_on(old, dt.date(2024, 1, 9))
    assert not quality_on(old, dt.date(2025, 1, 10))  # 367 days after the last two-way
    assert first_quality_day(old, TODAY) == dt.date(2024, 1, 2)
