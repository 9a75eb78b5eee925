"""Undo on Today: a touch logged by mistake is gone with what it did; a snooze is lifted."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.errors import NotFound
from netgarden.services.agenda import agenda
from netgarden.services.contacts import ContactInput, add_contact, show_contact, snooze
from netgarden.services.database import Unit
from netgarden.services.events import EventInput, add_event, tasks_of
from netgarden.services.followups import meet_at_event
from netgarden.services.touches import TouchInput, log_touch
from netgarden.services.undo import lift_snooze, undo_touch
from tests.conftest import NOW, TODAY


def person(unit: Unit, name: str, **fields: object) -> int:
    fields.setdefault("met_on", "2026-01-01")
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)  # type: ignore[arg-type]


def on_agenda(unit: Unit) -> set[int]:
    return {item.contact_id for item in agenda(unit, TODAY)}


def test_undoing_a_touch_deletes_it_and_puts_the_person_back_on_the_agenda(unit: Unit) -> None:
    ada = person(unit, "Ada Lovelace", circle="inner")
    assert ada in on_agenda(unit)
    logged = log_touch(unit, [ada], TouchInput("coffee", note="engines"), NOW, TODAY)
    assert ada not in on_agenda(unit)
    undone = undo_touch(unit, logged.id)
    assert (undone.people, undone.names) == ((ada,), ("Ada Lovelace",))
    assert show_contact(unit, ada, TODAY).touches == []
    assert ada in on_agenda(unit)
    assert unit.search.ranked_ids("engines", 10) == []  # the note is no longer found
    with pytest.raises(NotFound):
        undo_touch(unit, logged.id)  # twice: it is gone


def test_undoing_a_touch_opens_again_the_follow_ups_it_did(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    day = TODAY - dt.timedelta(days=2)
    event = add_event(unit, EventInput("AI Summit", day.isoformat()), NOW, TODAY).id
    meet_at_event(unit, event, [ana], None, TODAY, NOW)
    open_before = [t.kind for t in tasks_of(unit, open_only=True, contact_id=ana)]
    logged = log_touch(unit, [ana], TouchInput("coffee"), NOW, TODAY)
    assert "schedule-meeting" in open_before
    after = [t.kind for t in tasks_of(unit, open_only=True, contact_id=ana)]
    assert "schedule-meeting" not in after  # a coffee is the meeting
    assert len(undo_touch(unit, logged.id).reopened) == 1
    assert [t.kind for t in tasks_of(unit, open_only=True, contact_id=ana)] == open_before


def test_lifting_a_snooze_lifts_only_that_snooze(unit: Unit) -> None:
    ada = person(unit, "Ada Lovelace", circle="inner")
    week = TODAY + dt.timedelta(days=7)
    snooze(unit, ada, week, TODAY, NOW)
    assert ada not in on_agenda(unit)
    assert lift_snooze(unit, ada, TODAY + dt.timedelta(days=30), NOW) is False  # not that one
    assert lift_snooze(unit, ada, week, NOW) is True
    assert ada in on_agenda(unit)
    assert lift_snooze(unit, ada, week, NOW) is False  # nothing left to lift
    with pytest.raises(NotFound):
        lift_snooze(unit, 999, None, NOW)
