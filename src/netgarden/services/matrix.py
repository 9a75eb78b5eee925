"""The value matrix (issue 13): everyone placed by influence x accessibility, the warmest
introducer named for each aspirational target."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from netgarden.domain.matrix import QUADRANTS, Placed, place
from netgarden.domain.review_facts import YEAR, Facts
from netgarden.errors import InvalidValue
from netgarden.services.reviews import review_facts, target_companies

if TYPE_CHECKING:
    from netgarden.services.reviews import Reading

WARM_BANDS = ("strong", "medium")
_IDS = 1 << 40  # more than any contact id: a rank is score x _IDS - id
_NOBODY = -(_IDS << 8)  # below every rank


def introducers(unit: Reading, people: Sequence[Facts]) -> dict[int, tuple[int, str]]:
    """For each contact, the strongest strong-or-medium tie of mine who knows them (the
    higher score, then the lower id)."""
    known = {p.id for p in people}
    # the warmest first, as one number (score, then the lower id): higher is better
    rank = {p.id: p.score * _IDS - p.id for p in people if p.band in WARM_BANDS}
    best: dict[int, int] = {}
    for a, b in unit.network.pairs():  # each pair both ways, no lists of who knows whom
        # only a pair with a warm side names someone: most pairs are passed over at once
        if b in rank and a in known and rank[b] > best.get(a, _NOBODY):
            best[a] = rank[b]
        if a in rank and b in known and rank[a] > best.get(b, _NOBODY):
            best[b] = rank[a]
    name = {p.id: p.name for p in people}
    found = {}
    for person, key in best.items():
        warmest = -key % _IDS
        found[person] = (warmest, name[warmest])
    return found


def matrix(
    unit: Reading, today: dt.date, quadrant: str | None = None, people: list[Facts] | None = None
) -> list[Placed]:
    """Everyone placed (or only ``quadrant``'s people), highest influence first."""
    if quadrant is not None and quadrant not in QUADRANTS:
        raise InvalidValue(
            "quadrant", f"{quadrant!r} is not accepted; use one of: {', '.join(QUADRANTS)}"
        )
    people = _matrix_facts(unit, today) if people is None else people
    placed = place(people, target_companies(unit), introducers(unit, people))
    if quadrant is not None:
        placed = [p for p in placed if p.quadrant == quadrant]
    return sorted(placed, key=lambda p: (-p.influence, -p.accessibility, p.contact_id))


def _matrix_facts(unit: Reading, today: dt.date) -> list[Facts]:
    """Everyone's facts with only the history the matrix reads (outreaches left unanswered
    in the year, gives and receipts: its avoid signals), as ``review_facts`` gives it, from
    two aggregates up to ``today`` (a day in the past too). Kept inside the matrix: the
    rest of these histories is left empty."""
    from netgarden.domain.review_facts import History

    unanswered = unit.reviews.unanswered(today - YEAR, today)
    ledger: dict[int, list[int]] = {}
    for contact_id, _on, source, _kind in unit.reviews.ledger_rows(today):
        counts = ledger.setdefault(contact_id, [0, 0])
        counts[0] += source == "give"
        counts[1] += source == "receive"
    found: dict[int, History] = {}
    for c in unanswered.keys() | ledger.keys():
        gave, received = ledger.get(c, (0, 0))
        found[c] = History(unanswered_year=unanswered.get(c, 0), gave=gave, received=received)
    return review_facts(unit, today, with_history=False, bands=True, histories=found)


def quadrant_ids(unit: Reading, today: dt.date, quadrant: str) -> set[int]:
    """The contacts in one quadrant (the agenda filtered to the golden ones, say)."""
    return {p.contact_id for p in matrix(unit, today, quadrant)}
