"""The demo's events: a dozen, past and coming, people met at the past ones, follow-ups done
for the settled ones and open for the latest."""

from __future__ import annotations

import datetime as dt

from netgarden.services.database import Unit
from netgarden.services.demo_events import SETTLED_AFTER, plant_events
from netgarden.services.events import list_events, tasks_of
from netgarden.services.generate import generate_network
from netgarden.services.sample_data import DEMO_EVENTS
from tests.conftest import NOW, TODAY


def test_the_demo_has_events_past_and_coming_with_follow_ups(unit: Unit) -> None:
    generate_network(unit, contacts=40, touches=100, seed=7, end=TODAY)
    assert plant_events(unit, 7, TODAY, NOW) == len(DEMO_EVENTS) == 12
    events = list_events(unit)
    coming = [e for e in events if e.on > TODAY]
    past = [e for e in events if e.on <= TODAY]
    assert coming and all(e.status == "planned" and e.met == 0 for e in coming)
    assert past and all(e.status == "attended" and 1 <= e.met <= 3 for e in past)
    lectures = list_events(unit, series="Hyped AI Lectures")
    assert len(lectures) == 3 and {e.format for e in lectures} == {"lecture"}
    settled = TODAY - dt.timedelta(days=SETTLED_AFTER)
    tasks = tasks_of(unit)
    assert all(t.done_on is not None for t in tasks if t.since <= settled and t.kind != (
        "schedule-meeting"
    ))  # fmt: skip
    assert any(t.done_on is None for t in tasks if t.since > settled)


def test_the_demo_events_are_the_same_for_the_same_seed(unit: Unit) -> None:
    generate_network(unit, contacts=40, touches=100, seed=3, end=TODAY)
    plant_events(unit, 3, TODAY, NOW)
    first = [(t.contact_id - _first_id(unit), t.kind, t.done_on) for t in tasks_of(unit)]
    unit.session.rollback()
    generate_network(unit, contacts=40, touches=100, seed=3, end=TODAY)
    plant_events(unit, 3, TODAY, NOW)
    # the same people (PostgreSQL does not give a rolled-back id again: ids may move)
    again = [(t.contact_id - _first_id(unit), t.kind, t.done_on) for t in tasks_of(unit)]
    assert again == first


def _first_id(unit: Unit) -> int:
    from sqlalchemy import func, select

    from netgarden.store.tables import Contact

    return int(unit.session.scalar(select(func.min(Contact.id))) or 0)
