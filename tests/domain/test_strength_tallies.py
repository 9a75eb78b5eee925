"""Strength from tallies equals strength from every event (issue 18): over random
histories, with deletes, at random days, in every regime the tallies answer."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from netgarden.domain.strength import Event, StrengthWeights, strength
from netgarden.domain.strength_tallies import score_from_tallies, tallies

BASE = dt.date(2020, 1, 1)
KINDS = ("meeting", "call", "email", "message", "custom-kind")
W = StrengthWeights()

events = st.builds(
    Event,
    on=st.integers(0, 4000).map(lambda d: BASE + dt.timedelta(days=d)),
    kind=st.sampled_from(KINDS),
    source=st.sampled_from(("touch", "touch", "touch", "give", "receive", "ask")),
    direction=st.sampled_from(("in", "out", "mutual")),
    replied=st.sampled_from((None, True, False)),
)


@settings(max_examples=300, deadline=None)
@given(
    history=st.lists(events, max_size=40),
    deleted=st.sets(st.integers(0, 39), max_size=10),
    later=st.integers(0, 5000),
)
def test_tallies_score_like_every_event(
    history: list[Event], deleted: set[int], later: int
) -> None:
    kept = [e for i, e in enumerate(history) if i not in deleted]  # deletes: fold again
    as_of = BASE + dt.timedelta(days=later)
    found = score_from_tallies(tallies(kept), as_of, W)
    expected = strength(kept, as_of, W, explain=False)
    if found is None:  # the tallies cannot tell: say why it is one of the documented cases
        age = (as_of - min(e.on for e in kept)).days / 365
        assert max(e.on for e in kept) > as_of or 2 < age < 6
        return
    assert (found.score, found.band) == (expected.score, expected.band)


def test_no_history_is_new_and_the_sliding_years_defer_to_the_events() -> None:
    assert score_from_tallies([], BASE, W) == (0, "new", None)
    one = [Event(BASE, "coffee"), Event(BASE + dt.timedelta(days=30), "email", "touch", "out")]
    three_years = BASE + dt.timedelta(days=3 * 365)
    assert score_from_tallies(tallies(one), three_years, W) is None
    custom = StrengthWeights(half_life_days=90)
    assert score_from_tallies(tallies(one), BASE + dt.timedelta(days=40), custom) is None
    found = score_from_tallies(tallies(one), BASE + dt.timedelta(days=40), W)
    assert found is not None and found.last_two_way == BASE


def test_one_way_only_is_capped() -> None:
    pings = [
        Event(BASE + dt.timedelta(days=i), "meeting", "touch", "out", False) for i in range(90)
    ]
    found = score_from_tallies(tallies(pings), BASE + dt.timedelta(days=100), W)
    assert (
        found is not None
        and found.score == W.one_way_cap == strength(pings, BASE + dt.timedelta(days=100)).score
    )
