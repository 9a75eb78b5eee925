"""Relationship strength for one contact (explained) or for everyone (batch)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netgarden.domain.strength import Event, Strength, history, strength
from netgarden.store.rows import StrengthEvent

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


@dataclass(frozen=True)
class StrengthReport:
    contact_id: int
    strength: Strength
    history: list[tuple[dt.date, int]]


def _events(rows: Sequence[StrengthEvent]) -> dict[int, list[Event]]:
    grouped: dict[int, list[Event]] = defaultdict(list)
    for row in rows:
        grouped[row.contact_id].append(
            Event(row.on, row.kind, row.source, row.direction, row.replied)
        )
    return grouped


def contact_strength(unit: Unit | ReadUnit, contact_id: int, as_of: dt.date) -> StrengthReport:
    unit.contacts.require_known(contact_id)
    events = _events(unit.ledger.strength_events([contact_id])).get(contact_id, [])
    weights = unit.preferences().strength_weights()
    return StrengthReport(
        contact_id, strength(events, as_of, weights), history(events, as_of, weights=weights)
    )


def everyone_strength(unit: Unit, as_of: dt.date) -> dict[int, Strength]:
    """Every contact's score (no contributions): from the strength tallies, one indexed
    read, and from the events only for those the tallies cannot tell."""
    scores = batch_strength(unit, as_of)
    for row in unit.contacts.all_names():
        scores.setdefault(row.id, strength([], as_of))
    return scores


def batch_strength(
    unit: Unit, as_of: dt.date | Mapping[int, dt.date], contact_ids: Sequence[int] | None = None
) -> dict[int, Strength]:
    """The scores of these contacts (everyone's with history without ``contact_ids``) at
    ``as_of`` (or each at their own day), without contributions; only those with history."""
    from netgarden.domain.strength_tallies import score_from_tallies

    def day(contact_id: int) -> dt.date | None:
        return as_of.get(contact_id) if isinstance(as_of, Mapping) else as_of

    weights = unit.preferences().strength_weights()
    scores: dict[int, Strength] = {}
    pending: list[int] = []
    for contact_id, found in unit.strength_tallies.read(contact_ids).items():
        when = day(contact_id)
        if when is None:
            continue
        tallied = score_from_tallies(found, when, weights)
        if tallied is None:
            pending.append(contact_id)
        else:
            scores[contact_id] = Strength(tallied.score, tallied.band, [])
    if pending:
        for contact_id, events in _events(unit.ledger.strength_events(pending)).items():
            when = day(contact_id)
            assert when is not None
            scores[contact_id] = strength(events, when, weights, explain=False)
    return scores
