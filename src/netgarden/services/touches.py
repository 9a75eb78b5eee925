"""Logging a touch: one interaction with one or more people. It resets their cadence clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from netgarden.domain.normalize import clean_text, fold
from netgarden.domain.practice import parse_purpose
from netgarden.domain.values import (
    check_length,
    default_direction,
    parse_date,
    parse_direction,
    parse_kind,
)
from netgarden.domain.views import TouchView
from netgarden.errors import InvalidValue
from netgarden.services.contacts import next_due_of
from netgarden.services.database import Unit
from netgarden.services.lookup import require_contact


@dataclass(frozen=True)
class TouchInput:
    kind: str
    on: str | None = None
    direction: str | None = None
    note: str | None = None
    replied: bool | None = None
    purpose: str | None = None  # the three-touch system (issue 15): update, personal, value


@dataclass(frozen=True)
class Touched:
    """Someone a touch was logged with, and when they are next due now."""

    id: int
    name: str
    next_due_on: dt.date | None


@dataclass(frozen=True)
class LoggedTouch:
    """What logging made: the touch as the first person's timeline shows it (the others in
    ``with_others``), and everyone it was with."""

    touch: TouchView
    people: tuple[Touched, ...]
    purpose: str | None = None

    @property
    def id(self) -> int:
        return self.touch.id

    @property
    def occurred_on(self) -> dt.date:
        return self.touch.occurred_on

    @property
    def kind(self) -> str:
        return self.touch.kind

    @property
    def direction(self) -> str:
        return self.touch.direction

    @property
    def contact_ids(self) -> tuple[int, ...]:
        return tuple(person.id for person in self.people)


def log_touch(
    unit: Unit, contact_ids: Sequence[int], data: TouchInput, now: dt.datetime, today: dt.date
) -> LoggedTouch:
    people = tuple(dict.fromkeys(contact_ids))
    if not people:
        raise InvalidValue("contact_ids", "name at least one person")
    found = unit.contacts.briefs(people)
    missing = [contact_id for contact_id in people if contact_id not in found]
    if missing:  # before anything else: the database would refuse it with a foreign-key error
        require_contact(unit, missing[0])
    kind = parse_kind(data.kind)
    occurred_on = parse_date(data.on, today, "on") if data.on else today
    if occurred_on > today:
        raise InvalidValue(
            "on", f"{occurred_on.isoformat()} is in the future; log touches that happened"
        )
    direction = parse_direction(data.direction) if data.direction else default_direction(kind)
    note = check_length("note", clean_text(data.note))
    purpose = parse_purpose(data.purpose).value if data.purpose else None
    touch_id = unit.touches.insert(
        occurred_on=occurred_on,
        kind=kind.value,
        direction=direction.value,
        note=note,
        replied=data.replied,
        contact_ids=people,
        now=now,
    )
    if purpose is not None:
        unit.practice.set_purpose(touch_id, purpose)
    from netgarden.services.followups import touch_logged

    touch_logged(unit, touch_id, people, kind.value, direction.value, occurred_on, now, today)
    for contact_id in people:
        # a touch answers the reminder a snooze postponed
        unit.contacts.update(contact_id, {"snoozed_until": None}, now)
    for index, a in enumerate(people):  # people met at the same touch now know each other
        for b in people[index + 1 :]:
            unit.network.link(
                a, b, "medium", f"met together ({kind.value}, {occurred_on})", "touch", now
            )
    if note:
        unit.search.reindex(people)
    others = sorted((found[i].name for i in people[1:]), key=fold)
    touch = TouchView(touch_id, occurred_on, kind.value, direction.value, note, data.replied,
                      tuple(others))  # fmt: skip
    return LoggedTouch(touch, tuple(_touched(unit, contact_id) for contact_id in people), purpose)


def _touched(unit: Unit, contact_id: int) -> Touched:
    contact = require_contact(unit, contact_id)
    return Touched(contact_id, contact.name, next_due_of(unit, contact))
