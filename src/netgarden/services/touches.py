"""Logging a touch: one interaction with one or more people. It resets their cadence clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from netgarden.domain.normalize import clean_text
from netgarden.domain.values import (
    check_length,
    default_direction,
    parse_date,
    parse_direction,
    parse_kind,
)
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit


@dataclass(frozen=True)
class TouchInput:
    kind: str
    on: str | None = None
    direction: str | None = None
    note: str | None = None
    replied: bool | None = None


@dataclass(frozen=True)
class LoggedTouch:
    id: int
    occurred_on: dt.date
    kind: str
    direction: str
    contact_ids: tuple[int, ...]


def log_touch(
    unit: Unit, contact_ids: Sequence[int], data: TouchInput, now: dt.datetime, today: dt.date
) -> LoggedTouch:
    kind = parse_kind(data.kind)
    occurred_on = parse_date(data.on, today, "on") if data.on else today
    if occurred_on > today:
        raise InvalidValue(
            "on", f"{occurred_on.isoformat()} is in the future; log touches that happened"
        )
    direction = parse_direction(data.direction) if data.direction else default_direction(kind)
    people = tuple(dict.fromkeys(contact_ids))
    if not people:
        raise InvalidValue("contact_ids", "name at least one person")
    for contact_id in people:  # before the insert: the database would refuse it otherwise
        unit.contacts.require(contact_id)
    note = check_length("note", clean_text(data.note))
    touch_id = unit.touches.insert(
        occurred_on=occurred_on,
        kind=kind.value,
        direction=direction.value,
        note=note,
        replied=data.replied,
        contact_ids=people,
        now=now,
    )
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
    return LoggedTouch(touch_id, occurred_on, kind.value, direction.value, people)
