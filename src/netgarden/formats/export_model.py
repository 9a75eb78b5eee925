"""What exporters write: a contact with everything it holds, as plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ExportTouch:
    occurred_on: dt.date
    kind: str
    direction: str
    note: str | None
    with_others: tuple[str, ...] = ()


@dataclass
class ExportContact:
    id: int
    name: str
    fields: dict[str, Any]
    emails: list[str]
    phones: list[str]
    tags: list[str]
    circle: str
    cadence_days: int | None
    last_touch_on: dt.date | None
    next_due_on: dt.date | None
    archived: bool
    touches: list[ExportTouch] = field(default_factory=list)

    def get(self, key: str) -> Any:
        return self.fields.get(key)
