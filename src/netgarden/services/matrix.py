"""The value matrix (issue 13): everyone placed by influence x accessibility, the warmest
introducer named for each aspirational target."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from netgarden.domain.matrix import QUADRANTS, Placed, place
from netgarden.domain.review_facts import Facts
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.reviews import review_facts, target_companies

WARM_BANDS = ("strong", "medium")


def introducers(unit: Unit, people: Sequence[Facts]) -> dict[int, tuple[int, str]]:
    """For each contact, the strongest strong-or-medium tie of mine who knows them."""
    by_id = {p.id: p for p in people}
    warm = {p.id for p in people if p.band in WARM_BANDS}
    best: dict[int, Facts] = {}

    def consider(person: int, other: int) -> None:
        if other in warm and person in by_id:
            found, have = by_id[other], best.get(person)
            if have is None or (found.score, -found.id) > (have.score, -have.id):
                best[person] = found

    for a, b in unit.network.all_pairs():  # each pair both ways, no lists of who knows whom
        consider(a, b)
        consider(b, a)
    return {person: (p.id, p.name) for person, p in best.items()}


def matrix(
    unit: Unit, today: dt.date, quadrant: str | None = None, people: list[Facts] | None = None
) -> list[Placed]:
    """Everyone placed (or only ``quadrant``'s people), highest influence first."""
    if quadrant is not None and quadrant not in QUADRANTS:
        raise InvalidValue(
            "quadrant", f"{quadrant!r} is not accepted; use one of: {', '.join(QUADRANTS)}"
        )
    people = review_facts(unit, today) if people is None else people
    placed = place(people, target_companies(unit), introducers(unit, people))
    if quadrant is not None:
        placed = [p for p in placed if p.quadrant == quadrant]
    return sorted(placed, key=lambda p: (-p.influence, -p.accessibility, p.contact_id))


def quadrant_ids(unit: Unit, today: dt.date, quadrant: str) -> set[int]:
    """The contacts in one quadrant (the agenda filtered to the golden ones, say)."""
    return {p.contact_id for p in matrix(unit, today, quadrant)}
