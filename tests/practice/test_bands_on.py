"""Strength bands on a past day from the stored tallies and the later events (issue 15: the
quarter's relationships deepened) equal scoring every event up to that day."""

from __future__ import annotations

import datetime as dt

from netgarden.domain.strength import Event, strength
from netgarden.services.database import Unit
from netgarden.services.strength import bands_on
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
