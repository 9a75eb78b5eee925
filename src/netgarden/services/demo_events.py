"""The demo's events: a dozen, past and coming, with people met at the past ones and their
24-48-7 follow-ups, most done on time, the latest still open (so Today shows them)."""

from __future__ import annotations

import datetime as dt
import random

from netgarden.services.database import Unit
from netgarden.services.events import EventInput, add_event
from netgarden.services.followups import meet_at_event
from netgarden.services.sample_data import DEMO_EVENTS

# an event this many days old has had its follow-ups done (those of later ones are open)
SETTLED_AFTER = 10


def plant_events(unit: Unit, seed: int, end: dt.date, now: dt.datetime) -> int:
    """Add the demo's events to a generated network as of ``end``; returns how many."""
    rng = random.Random(seed)
    people = [row.id for row in unit.contacts.all_names()]
    for name, series, kind, access, size, days, role, start in DEMO_EVENTS:
        day = end + dt.timedelta(days=days)
        data = EventInput(name, day.isoformat(), start, series, None, kind, kind == "webinar",
                          access, size, None, role)  # fmt: skip
        event = add_event(unit, data, now, end)
        if day > end or not people:
            continue
        met = rng.sample(people, k=min(len(people), rng.randint(1, 3)))
        made = meet_at_event(unit, event.id, met, None, end, now)
        if (end - day).days < SETTLED_AFTER:
            continue
        for person in made.people:  # done on the day each was due; some meetings never set up
            for task_id, (kind_done, due) in zip(person.task_ids, _dues(day), strict=True):
                if kind_done != "schedule-meeting" or rng.random() < 0.6:
                    unit.tasks.close([task_id], due, "done")
    return len(DEMO_EVENTS)


def _dues(day: dt.date) -> list[tuple[str, dt.date]]:
    from netgarden.domain.followups import follow_ups

    return [(kind.value, due) for kind, due in follow_ups(day)]
