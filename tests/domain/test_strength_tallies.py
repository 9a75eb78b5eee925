"""Strength from tallies equals strength from every event (issue 18): over random
histories, with deletes, at random days, at every half-life step (whole years known)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from netgarden.domain.strength import Event, StrengthWeights, strength
from netgarden.domain.strength_tallies import (
    SUMMARY,
    SummaryRow,
    Tally,
    TallyScorer,
    score_from_tallies,
    tallies,
)

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
    folded = tallies(kept)
    expected = strength(kept, as_of, W, explain=False)
    # from the summary alone, from the classes alone (non-default weights), and from both
    classes = [t for t in folded if t.source != SUMMARY]
    summaries = [t for t in folded if t.source == SUMMARY]
    assert len(summaries) == (1 if kept else 0)
    heavier = StrengthWeights(saturation=40)
    for found_in, weights in ((folded, W), (summaries, W), (classes, W), (folded, heavier)):
        found = score_from_tallies(found_in, as_of, weights)
        if found is None:  # the tallies cannot tell: only events after the day asked
            assert max(e.on for e in kept) > as_of
            continue
        want = expected if weights is W else strength(kept, as_of, weights, explain=False)
        assert (found.score, found.band) == (want.score, want.band)
    custom = StrengthWeights(kinds={"meeting": 1.0})  # code's own weights: the classes
    found = score_from_tallies(folded, as_of, custom)
    if found is not None:
        want = strength(kept, as_of, custom, explain=False)
        assert (found.score, found.band) == (want.score, want.band)


def test_no_history_is_new_and_later_events_or_another_half_life_defer_to_the_events() -> None:
    assert score_from_tallies([], BASE, W) == (0, "new")
    one = [Event(BASE, "coffee"), Event(BASE + dt.timedelta(days=30), "email", "touch", "out")]
    assert score_from_tallies(tallies(one), BASE + dt.timedelta(days=29), W) is None
    custom = StrengthWeights(half_life_days=90)
    assert score_from_tallies(tallies(one), BASE + dt.timedelta(days=40), custom) is None
    found = score_from_tallies(tallies(one), BASE + dt.timedelta(days=40), W)
    expected = strength(one, BASE + dt.timedelta(days=40))
    assert found == (expected.score, expected.band)


def test_one_way_only_is_capped() -> None:
    pings = [
        Event(BASE + dt.timedelta(days=i), "meeting", "touch", "out", False) for i in range(90)
    ]
    found = score_from_tallies(tallies(pings), BASE + dt.timedelta(days=100), W)
    assert (
        found is not None
        and found.score == W.one_way_cap == strength(pings, BASE + dt.timedelta(days=100)).score
    )


def test_every_year_known_is_told_by_the_tallies() -> None:
    """The years the half-life used to slide through (two to six) score from the sums."""
    history = [
        Event(BASE + dt.timedelta(days=d), kind, "touch", direction, replied)
        for d, kind, direction, replied in (
            (0, "coffee", "mutual", None), (200, "email", "out", False), (500, "call", "in", None),
            (900, "message", "out", None), (1300, "meeting", "mutual", None),
        )
    ]  # fmt: skip
    for years in range(2, 8):
        for extra in (0, 100, 364):
            as_of = BASE + dt.timedelta(days=years * 365 + extra)
            found = score_from_tallies(tallies(history), as_of, W)
            if as_of < BASE + dt.timedelta(days=1300):
                assert found is None
                continue
            expected = strength(history, as_of, W, explain=False)
            assert found is not None and (found.score, found.band) == (
                expected.score,
                expected.band,
            )


def summary_row(contact_id: int, s: Tally) -> SummaryRow:
    return (contact_id, s.first_on, s.last_on, s.reply, s.near, s.at3, s.at4, s.at5, s.far)


@settings(max_examples=100, deadline=None)
@given(histories=st.lists(st.lists(events, min_size=1, max_size=12), max_size=8),
       later=st.integers(0, 5000), saturation=st.sampled_from((25.0, 40.0)))  # fmt: skip
def test_summaries_as_plain_rows_score_like_every_event(
    histories: list[list[Event]], later: int, saturation: float
) -> None:
    """Everyone's summaries scored at once as plain rows (the reviews' 30,000) give what
    scoring each one's events gives; those with events after the day are left to them."""
    as_of = BASE + dt.timedelta(days=later)
    weights = StrengthWeights(saturation=saturation)
    rows = [summary_row(c, tallies(history)[-1]) for c, history in enumerate(histories)]
    found, pending = TallyScorer(weights).summary_scores(rows, as_of)
    assert sorted([*found, *pending]) == list(range(len(histories)))
    for contact_id, history in enumerate(histories):
        if contact_id in pending:
            assert max(e.on for e in history) > as_of
            continue
        want = strength(history, as_of, weights, explain=False)
        assert found[contact_id] == (want.score, want.band.value)


def test_summary_rows_name_their_bands() -> None:
    day = BASE + dt.timedelta(days=10)
    strong = tallies([Event(BASE + dt.timedelta(days=d), "meeting") for d in range(8)])[-1]
    weak = tallies([Event(BASE, "message", direction="out")])[-1]
    rows = [summary_row(7, strong), summary_row(9, weak)]
    found, pending = TallyScorer(W).summary_scores(rows, day)
    # 2 x 0.4 (reply unknown) x 0.5^(10/180): 100 x (1 - e^(-0.77/25)) = 3
    assert pending == [] and found == {7: (96, "strong"), 9: (3, "dormant")}
    assert TallyScorer(W).summary_scores(rows, BASE)[1] == [7]  # its later meetings
