"""Strength with known answers: decay, one-way vs two-way, bands, determinism."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from netgarden.domain.strength import Band, Event, StrengthWeights, band_of, history, strength

TODAY = dt.date(2026, 11, 22)
W = StrengthWeights()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def expected(total: float) -> int:
    return round(100 * (1 - math.exp(-total / W.saturation)))


def test_no_history_is_new() -> None:
    result = strength([], TODAY)
    assert (result.score, result.band, result.contributions) == (0, Band.NEW, [])


def test_one_coffee_today_and_its_half_life() -> None:
    assert strength([Event(TODAY, "coffee")], TODAY).score == expected(10)
    assert strength([Event(ago(180), "coffee")], TODAY).score == expected(5)
    assert strength([Event(ago(360), "coffee")], TODAY).score == expected(2.5)


def test_kind_weights_order_meetings_over_calls_over_messages() -> None:
    meeting, call, message = (
        strength([Event(TODAY, k)], TODAY).score for k in ("meeting", "call", "message")
    )
    assert meeting > call > message


def test_unanswered_outreach_counts_little_and_one_way_is_no_relationship() -> None:
    answered = strength([Event(TODAY, "email", direction="out", replied=True)], TODAY).score
    unknown = strength([Event(TODAY, "email", direction="out")], TODAY).score
    ignored = strength([Event(TODAY, "email", direction="out", replied=False)], TODAY).score
    assert answered > unknown > ignored
    many = [Event(ago(i), "meeting", direction="out", replied=False) for i in range(40)]
    capped = strength(many, TODAY)
    assert capped.score <= W.one_way_cap and capped.band is Band.DORMANT


def test_long_relationships_fade_more_slowly() -> None:
    recent_only = [Event(ago(400), "coffee")]
    long_known = [Event(ago(2000), "message"), Event(ago(400), "coffee")]
    coffee_share = {
        label: next(c.points for c in strength(events, TODAY).contributions if c.label == "coffee")
        / strength(events, TODAY).score
        for label, events in (("recent", recent_only), ("long", long_known))
    }
    plain = 10 * 0.5 ** (400 / 180)
    slower = 10 * 0.5 ** (400 / (180 * 1.75))  # known 2000 days: five whole years, x1.75
    assert slower > plain
    assert strength(long_known, TODAY).score > strength(recent_only, TODAY).score
    assert coffee_share["recent"] == pytest.approx(1.0)
    assert strength(long_known, TODAY).half_life_days == 180 * 1.75


@pytest.mark.parametrize(
    ("days_known", "multiplier"),
    [(0, 1.0), (2 * 365 + 200, 1.0), (3 * 365 - 1, 1.0), (3 * 365, 1.25), (4 * 365 - 1, 1.25),
     (4 * 365, 1.5), (5 * 365 + 364, 1.75), (6 * 365, 2.0), (11 * 365, 2.0)],
)  # fmt: skip
def test_the_half_life_steps_by_whole_years_known(days_known: int, multiplier: float) -> None:
    # known since the first message; the coffee 300 days ago decays with the year's half-life
    events = [Event(ago(days_known), "message"), Event(ago(300), "coffee")]
    half_life = 180 * multiplier
    total = 2 * 0.5 ** (days_known / half_life) + 10 * 0.5 ** (300 / half_life)
    result = strength(events, TODAY)
    assert result.half_life_days == half_life
    assert result.score == expected(total)


def test_ledger_entries_count() -> None:
    gave = strength([Event(TODAY, "introduction", source="give")], TODAY)
    assert gave.score == expected(5)
    assert str(gave.contributions[0]) == f"give introduction {TODAY.isoformat()}: +{gave.score}"


@pytest.mark.parametrize(
    ("score", "band"), [(100, Band.STRONG), (70, Band.STRONG), (69, Band.MEDIUM), (40, Band.MEDIUM),
                        (39, Band.WEAK), (15, Band.WEAK), (14, Band.DORMANT), (0, Band.DORMANT)],
)  # fmt: skip
def test_bands(score: int, band: Band) -> None:
    assert band_of(score, True) is band
    assert band_of(score, False) is Band.NEW


def test_contributions_explain_the_score_and_the_order_is_deterministic() -> None:
    events = [
        Event(ago(10), "coffee"),
        Event(ago(40), "call"),
        Event(ago(100), "message", direction="in"),
    ]
    result = strength(events, TODAY)
    assert sum(c.points for c in result.contributions) == pytest.approx(result.score)
    assert [c.label for c in result.contributions] == ["coffee", "call", "message"]
    assert strength(list(reversed(events)), TODAY) == result


def test_future_events_are_ignored_and_history_fades_for_a_lapsed_tie() -> None:
    events = [Event(ago(400 + i * 7), "coffee") for i in range(20)]
    assert strength([*events, Event(TODAY + dt.timedelta(days=3), "coffee")], TODAY) == strength(
        events, TODAY
    )
    scores = [score for _, score in history(events, TODAY)]
    assert len(scores) == 12 and scores == sorted(scores, reverse=True)
