"""Reviews read strength from the tallies and history from aggregates (issue 13 at 30k):
the facts equal the one pass over every event they replaced, today and at a day in the
past (where some contacts have later events and are read from their events)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from netgarden.domain.review_facts import summarize
from netgarden.domain.strength import Event, strength
from netgarden.services.database import Unit, open_database
from netgarden.services.generate import generate_network
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.reviews import review_facts
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY


def every_event(unit: Unit, today: dt.date) -> dict[int, tuple[int, str, object]]:
    """What review_facts gave before: each contact's events scored and summarized."""
    grouped: dict[int, list[Event]] = defaultdict(list)
    for e in unit.ledger.strength_events():
        if e.on <= today:
            grouped[e.contact_id].append(Event(e.on, e.kind, e.source, e.direction, e.replied))
    found = {}
    for row in unit.reviews.people():
        events = grouped.get(row.id, [])
        score = strength(events, today, unit.preferences().strength_weights(), explain=False)
        found[row.id] = (score.score, score.band.value, summarize(events, today))
    return found


def test_aggregated_facts_equal_every_event(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a.db")
    with database.transaction() as unit:
        generate_network(unit, contacts=60, touches=900, seed=5, end=TODAY)
        day = (TODAY - dt.timedelta(days=400)).isoformat()
        record_entry(unit, 1, EntryInput("receive", kind="advice", on=day), NOW, TODAY)
        log_touch(unit, [1], TouchInput("email", direction="out"), NOW, TODAY)  # after it
        record_entry(unit, 2, EntryInput("receive", kind="advice"), NOW, TODAY)  # nothing after
        record_entry(unit, 3, EntryInput("give", kind="knowledge", on=day), NOW, TODAY)
        record_entry(unit, 3, EntryInput("ask", kind="referral"), NOW, TODAY)
        record_entry(unit, 4, EntryInput("receive", kind="feedback", on=day), NOW, TODAY)
        ignored = TouchInput("email", direction="out", replied=False)
        log_touch(unit, [5], ignored, NOW, TODAY)
        for today in (TODAY, TODAY - dt.timedelta(days=200)):
            facts = {f.id: (f.score, f.band, f.history) for f in review_facts(unit, today)}
            assert facts == every_event(unit, today)
        now = {f.id: f for f in review_facts(unit, TODAY)}
        assert now[1].history.since_last_advice and not now[2].history.since_last_advice
        assert (now[3].history.gave, now[3].history.asked) == (1, 1)
        assert now[5].history.unanswered_year >= 1


def test_facts_start_with_the_review_row() -> None:
    """review_facts builds Facts positionally from a ReviewRow (mentee last)."""
    import dataclasses

    from netgarden.domain.review_facts import Facts
    from netgarden.store.reviews import ReviewRow

    names = [f.name for f in dataclasses.fields(Facts)]
    assert names[: len(ReviewRow._fields)] == list(ReviewRow._fields)
    assert names[len(ReviewRow._fields) :] == ["score", "band", "history"]


def test_health_and_brokers_read_less_and_answer_the_same(tmp_path: Path) -> None:
    """health_review reads standings (circle, band, last day, touches in the year) and
    brokers_review bands without histories: both answer as they do over everyone's facts,
    today and at a day in the past (some contacts have later events)."""
    from netgarden.services.brokers import brokers_review
    from netgarden.services.reviews import health_review

    database = open_database(tmp_path / "h.db")
    with database.transaction() as unit:
        generate_network(unit, contacts=80, touches=1200, links=160, seed=7, end=TODAY)
        for today in (TODAY, TODAY - dt.timedelta(days=200)):
            facts = review_facts(unit, today)
            lean = health_review(unit, today)
            assert lean == health_review(unit, today, facts)
            assert sum(lean.lapsed.values()) > 0 and any(n for n, _ in lean.three_touch.values())
            assert lean.bands[0].count + lean.bands[1].count > 0
            assert brokers_review(unit, today) == brokers_review(unit, today, people=facts)


def test_the_matrix_reads_less_and_answers_the_same(tmp_path: Path) -> None:
    """matrix() reads only the history its avoid signals need: it places everyone as it
    does over everyone's facts, today and at a day in the past."""
    from netgarden.services.matrix import matrix

    database = open_database(tmp_path / "m.db")
    with database.transaction() as unit:
        generate_network(unit, contacts=80, touches=1200, links=160, seed=11, end=TODAY)
        ignored = TouchInput("email", direction="out", replied=False)
        for _ in range(3):
            log_touch(unit, [5], ignored, NOW, TODAY)
        for kind in ("knowledge", "support"):
            record_entry(unit, 6, EntryInput("give", kind=kind), NOW, TODAY)
        for today in (TODAY, TODAY - dt.timedelta(days=200)):
            placed = matrix(unit, today)
            assert placed == matrix(unit, today, people=review_facts(unit, today))
            assert any(p.signals for p in placed) and {p.quadrant for p in placed} >= {"avoid"}
        signals = {p.contact_id: [s.rule for s in p.signals] for p in matrix(unit, TODAY)}
        assert "avoid signal: no reply" in signals[5] and "avoid signal: only takes" in signals[6]
