"""Who knows whom: linking two contacts, and whom a contact knows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netgarden.domain.network import (
    parse_link_strength,
)
from netgarden.domain.normalize import clean_text
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.lookup import require_contact


@dataclass(frozen=True)
class LinkResult:
    """What linking two contacts did."""

    strength: str  # the link's strength now
    created: bool = False
    was: str | None = None  # its strength before, when this changed it
    how: str | None = None  # words added to how they know each other

    @property
    def changed(self) -> bool:
        return self.created or self.was is not None or self.how is not None


def link_contacts(
    unit: Unit, a: int, b: int, now: dt.datetime, how: str | None = None,
    strength: str | None = None,
) -> LinkResult:  # fmt: skip
    """Record that a and b know each other. A strength the user gives becomes the link's
    strength, weaker or not; without one, a new link is medium and an existing one keeps
    its own."""
    _pair(unit, a, b)
    wanted = parse_link_strength(strength).value if strength is not None else None
    before, now_strength, added = unit.network.link(
        a, b, wanted, clean_text(how), "manual", now, exact=True
    )
    return LinkResult(
        strength=now_strength,
        created=before is None,
        was=before if before is not None and before != now_strength else None,
        how=added if before is not None else None,
    )


def _pair(unit: Unit, a: int, b: int) -> None:
    if a == b:
        raise InvalidValue("b", "a contact cannot be linked to themselves")
    require_contact(unit, a)
    require_contact(unit, b)


@dataclass(frozen=True)
class Known:
    id: int
    name: str
    company: str | None
    strength: str
    how: str | None
    source: str


def known_by(unit: Unit, contact_id: int) -> list[Known]:
    require_contact(unit, contact_id)
    return [Known(*row) for row in unit.network.links_of(contact_id)]
