"""Undoing what Today's line just did: a touch logged by mistake, a snooze not meant."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netgarden.errors import NotFound
from netgarden.services.database import Unit
from netgarden.services.lookup import names_of, require_contact


@dataclass(frozen=True)
class UndoneTouch:
    touch_id: int
    people: tuple[int, ...]  # whom it was with
    names: tuple[str, ...]
    reopened: tuple[int, ...]  # follow-up tasks it had done, open again


def undo_touch(unit: Unit, touch_id: int) -> UndoneTouch:
    """Delete a touch as if it had not been logged: its people's cadence clocks go back to
    their previous touch and the follow-up tasks it closed are open again. (Links it made
    between people met together stay: they may have been known before.)"""
    people = unit.touches.delete(touch_id)
    if not people:
        raise NotFound("touch", touch_id)
    reopened = unit.tasks.reopen(f"touch #{touch_id}")
    from netgarden.services.followups import touch_undone

    touch_undone(unit, touch_id)  # the tasks it made go (events, issue 12)
    unit.search.reindex(people)
    names = names_of(unit, people)
    return UndoneTouch(touch_id, tuple(people), tuple(names[p] for p in people), tuple(reopened))


def lift_snooze(unit: Unit, contact_id: int, until: dt.date | None, now: dt.datetime) -> bool:
    """Lift the snooze ``until`` a day (any snooze when None); False when a different snooze
    (set since) or none is on, which then stays as it is."""
    contact = require_contact(unit, contact_id)
    if contact.snoozed_until is None or (until is not None and contact.snoozed_until != until):
        return False
    unit.contacts.update(contact_id, {"snoozed_until": None}, now)
    return True
