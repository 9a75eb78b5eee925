"""Hand-made networks for the routines and the period reviews (issue 15), built through the
services in-process."""

from __future__ import annotations

import datetime as dt

from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Unit
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.touches import TouchInput, log_touch

NOW = dt.datetime(2026, 11, 22, 9, 0)
FAR = dt.date(2027, 12, 31)  # "today" for writing: every dated thing here is before it


def person(
    unit: Unit, name: str, circle: str = "none", met: str = "2020-01-05", **more: str
) -> int:
    return add_contact(unit, ContactInput(name=name, circle=circle, met_on=met, **more), NOW, FAR)


def touch(
    unit: Unit, who: int, on: str, kind: str = "call", direction: str | None = None,
    purpose: str | None = None,
) -> int:  # fmt: skip
    data = TouchInput(kind, on, direction, None, None, purpose)
    return log_touch(unit, [who], data, NOW, FAR).id


def give(unit: Unit, who: int, kind: str, on: str, entry: str = "give") -> None:
    record_entry(unit, who, EntryInput(entry, kind, None, on), NOW, FAR)
