"""Strength bands on a past day from the stored tallies and the later events (issue 15: the
quarter's relationships deepened) equal scoring every event up to that day."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from netgarden.domain.quality import QUALITY_WINDOW_DAYS, last_two_way
from netgarden.domain.strength import Event, strength
from netgarden.services import strength as strength_service
from netgarden.services.database import Unit
from netgarden.services.generate import generate_network
from netgarden.services.preferences import set_preference
from netgarden.services.strength import DayScore, bands_on, scores_on
from tests.practice.conftest import give, person, touch


def _people(unit: Unit) -> dict[str, tuple[int, list[Event]]]:
    """Hand-made histories, each also kept as the events it should score like."""
    found: dict[str, tuple[int, list[Event]]] = {}
    histories = {
        # strong long before, and still touched after: the later touches come back out
        "Sam Strong": [(f"2024-0{m}-10", "coffee", None) for m in range(1, 10)]
        + [("2026-10-05", "coffee", None), ("2026-11-01", "call", None)],
        # one-way pings only until a reply in the quarter: capped before it
        "Pia Pings": [(f"2026-0{m}-01", "meeting", "out") for m in range(1, 10)]
        + [("2026-10-20", "meeting", "in")],
        # nothing before the quarter: new
        "Nell New": [("2026-11-02", "coffee", None)],
        # years known: a slower half-life on the day asked
        "Olle Old": [("2019-05-01", "coffee", None), ("2022-06-01", "call", None),
                     ("2026-09-29", "email", "in"), ("2026-10-03", "video", None)],
    }  # fmt: skip
    for name, rows in histories.items():
        who = person(unit, name, "middle")
        events = []
        for on, kind, direction in rows:
            touch(unit, who, on, kind, direction)
            day = dt.date.fromisoformat(on)
            events.append(Event(day, kind, "touch", direction or "mutual", None))
        found[name] = (who, events)
    give(unit, found["Olle Old"][0], "knowledge", "2026-09-01")
    found["Olle Old"][1].append(Event(dt.date(2026, 9, 1), "knowledge", "give"))
    give(unit, found["Nell New"][0], "advice", "2026-11-05", "receive")
    found["Nell New"][1].append(Event(dt.date(2026, 11, 5), "advice", "receive"))
    return found


def test_bands_on_a_past_day_score_like_the_events_up_to_it(unit: Unit) -> None:
    found = _people(unit)
    ids = [who for who, _ in found.values()]
    for day in ("2023-12-31", "2024-06-30", "2026-06-30", "2026-09-30", "2026-10-10"):
        on = dt.date.fromisoformat(day)
        bands = bands_on(unit, ids, on)
        for name, (who, events) in found.items():
            want = strength(events, on, explain=False).band.value
            assert bands[who] == want, (name, day)
    eve = bands_on(unit, ids, dt.date(2026, 9, 30))
    names = {name: eve[who] for name, (who, _) in found.items()}
    assert names == {"Sam Strong": "dormant", "Pia Pings": "dormant", "Nell New": "new",
                     "Olle Old": "weak"}  # fmt: skip


def _scored_events(events: list[Event], day: dt.date, window: int | None) -> DayScore:
    """What scoring every event up to ``day`` says (the rule ``scores_on`` must equal)."""
    found = strength(events, day, explain=False)
    two_way = last_two_way(events, day) if window is not None else None
    if two_way is not None and (day - two_way).days > (window or 0):
        two_way = None
    return DayScore(found.score, found.band, two_way, min((e.on for e in events), default=None))


def _every_history(unit: Unit) -> dict[int, list[Event]]:
    events: dict[int, list[Event]] = defaultdict(list)
    for row in unit.ledger.strength_events():
        events[row.contact_id].append(Event(*row[1:]))
    return events


DAYS = ("2023-03-01", "2024-06-30", "2025-11-21", "2026-06-30", "2026-09-30", "2026-11-21",
        "2026-11-22", "2027-01-01")  # fmt: skip


@pytest.mark.parametrize("window, many", [(QUALITY_WINDOW_DAYS, False), (30, False),
                                          (None, False), (QUALITY_WINDOW_DAYS, True)])  # fmt: skip
def test_scores_on_a_day_equal_scoring_every_event(
    unit: Unit, monkeypatch: pytest.MonkeyPatch, window: int | None, many: bool
) -> None:
    """Score, band, last two-way day (within the window) and first day, from the tallies less
    the later shares, against scoring every history: a generated network (one-way pings,
    replies, gives, people known for years) and the hand-made people, on days across it;
    ``many``: everyone's summaries read at once, as for a busy quarter's people."""
    if many:
        monkeypatch.setattr(strength_service, "_MANY", 0)
    generate_network(unit, contacts=40, touches=600, seed=7, end=dt.date(2026, 11, 22))
    _people(unit)
    quiet = person(unit, "Quinn Quiet")  # no event at all
    events = _every_history(unit)
    ids = sorted([*events, quiet])
    for day in map(dt.date.fromisoformat, DAYS):
        found = scores_on(unit, ids, day, window)
        assert found.keys() == set(ids)
        for contact_id in ids:
            want = _scored_events(events.get(contact_id, []), day, window)
            assert found[contact_id] == want, (contact_id, day)


@pytest.mark.parametrize("key, value", [("strength_saturation", "30"),
                                        ("strength_half_life", "120")])  # fmt: skip
def test_scores_on_with_other_weights(unit: Unit, key: str, value: str) -> None:
    """Another saturation (the summary still tells) or half-life (every history is scored):
    the same answer as scoring the events."""
    found = _people(unit)
    set_preference(unit, key, value)
    ids = [who for who, _ in found.values()]
    weights = unit.preferences().strength_weights()
    for day in map(dt.date.fromisoformat, DAYS):
        scored = scores_on(unit, ids, day, QUALITY_WINDOW_DAYS)
        for who, events in found.values():
            assert scored[who].score == strength(events, day, weights, explain=False).score
            assert scored[who].last_two_way == _scored_events(events, day, 365).last_two_way
