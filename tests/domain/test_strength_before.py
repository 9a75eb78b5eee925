"""Strength on a past day from the tallies and the later events equals strength from the
events up to that day (issue 15: the quarter's relationships deepened): over random
histories and days, every half-life step, and every day of a hand-made history."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from netgarden.domain.strength import Event, StrengthWeights, strength
from netgarden.domain.strength_tallies import (
    SUMMARY,
    TallyScore,
    TallyScorer,
    score_before,
    tallies,
)

BASE = dt.date(2020, 1, 1)
KINDS = ("meeting", "call", "email", "message", "custom-kind")
W = StrengthWeights()

events = st.builds(
    Event,
    on=st.integers(0, 3500).map(lambda d: BASE + dt.timedelta(days=d)),
    kind=st.sampled_from(KINDS),
    source=st.sampled_from(("touch", "touch", "touch", "give", "receive", "ask")),
    direction=st.sampled_from(("in", "out", "mutual")),
    replied=st.sampled_from((None, True, False)),
)


def expected(history: list[Event], day: dt.date, weights: StrengthWeights) -> TallyScore:
    found = strength(history, day, weights, explain=False)
    return TallyScore(found.score, found.band)


def before(history: list[Event], day: dt.date, weights: StrengthWeights) -> TallyScore | None:
    """From the summary and whether a two-way event came by the day (as the store tells
    them: the first day of the two-way classes), and the events after the day."""
    folded = tallies(history)
    summary = next((t for t in folded if t.source == SUMMARY), None)
    two_way = [t.first_on for t in folded if t.source != SUMMARY and t.reply == "two-way"]
    by = min(two_way, default=day + dt.timedelta(days=1)) <= day
    later = [e for e in history if e.on > day]
    return score_before(summary, by, later, day, TallyScorer(weights))


@settings(max_examples=200, deadline=None)
@given(history=st.lists(events, max_size=40), day=st.integers(-10, 3600))
def test_the_past_from_tallies_scores_like_the_events_up_to_it(
    history: list[Event], day: int
) -> None:
    as_of = BASE + dt.timedelta(days=day)
    for weights in (W, StrengthWeights(saturation=40)):
        found = before(history, as_of, weights)
        assert found is not None  # 3,610 days is under 20 half-lives; no edge is this close
        assert found == expected(history, as_of, weights)


def test_every_day_of_a_hand_made_history() -> None:
    """From the day before the first event to after the last, across the half-life steps
    (three to six whole years known) and the one-way cap until the first two-way touch."""
    history = [
        Event(BASE + dt.timedelta(days=d), kind, source, direction, replied)
        for d, kind, source, direction, replied in (
            (0, "email", "touch", "out", False), (40, "meeting", "touch", "out", None),
            (200, "coffee", "touch", "mutual", None), (201, "advice", "receive", "mutual", None),
            (900, "message", "touch", "out", True), (1300, "call", "touch", "in", None),
            (1301, "knowledge", "give", "mutual", None), (2300, "video", "touch", "out", False),
            (2400, "email", "touch", "out", None), (2401, "intro", "ask", "mutual", None),
        )
    ]  # fmt: skip
    scores = set()
    for day in range(-1, 2500):
        as_of = BASE + dt.timedelta(days=day)
        found = before(history, as_of, W)
        assert found == expected(history, as_of, W), as_of
        scores.add(found)
    assert TallyScore(0, "new") in scores and len({s.band for s in scores}) >= 4
    # one-way only until day 200: capped
    assert before(history, BASE + dt.timedelta(days=60), W) == (14, "dormant")


def test_other_weights_or_a_day_many_half_lives_back_defer_to_the_events() -> None:
    history = [Event(BASE, "coffee"), Event(BASE + dt.timedelta(days=4000), "coffee")]
    assert before(history, BASE, StrengthWeights(half_life_days=90)) is None
    assert before(history, BASE, StrengthWeights(kinds={"coffee": 1.0})) is None
    assert before(history, BASE + dt.timedelta(days=10), W) is None  # 3,990 days > 20 x 180
    assert before([], BASE, W) == (0, "new")
