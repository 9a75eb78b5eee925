"""Read models: a contact as every surface and exporter sees it. Plain values, no I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TouchView:
    id: int
    occurred_on: dt.date
    kind: str
    direction: str
    note: str | None
    replied: bool | None = None
    with_others: tuple[str, ...] = ()


@dataclass
class ContactView:
    """A contact with everything it holds; ``fields`` are its columns by name."""

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
    cadence_source: str = "circle"
    snoozed_until: dt.date | None = None
    touches: list[TouchView] = field(default_factory=list)
    anniversaries: list[str] = field(default_factory=list)  # "kind:day" (issue 15)

    def get(self, key: str) -> Any:
        return self.fields.get(key)

    def only(self, names: tuple[str, ...]) -> dict[str, Any]:
        """The fields named (an allowlist): what a writer may write. A column added to
        contacts later is in no allowlist until someone names it there."""
        return {name: self.fields.get(name) for name in names}


@dataclass(frozen=True)
class ListFilter:
    """Which contacts a listing shows."""

    circle: str | None = None
    tag: str | None = None
    company: str | None = None
    archived: bool = False
    limit: int | None = None
