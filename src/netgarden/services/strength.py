"""Relationship strength for one contact (explained) or for everyone (batch)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from netgarden.domain.strength import Event, Strength, history, strength
from netgarden.services.database import Unit
from netgarden.store.rows import StrengthEvent


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


def contact_strength(unit: Unit, contact_id: int, as_of: dt.date) -> StrengthReport:
    from netgarden.services.lookup import require_contact

    require_contact(unit, contact_id)
    events = _events(unit.ledger.strength_events([contact_id])).get(contact_id, [])
    weights = unit.preferences().strength_weights()
    return StrengthReport(
        contact_id, strength(events, as_of, weights), history(events, as_of, weights=weights)
    )


def everyone_strength(unit: Unit, as_of: dt.date) -> dict[int, Strength]:
    """Every contact's score in one pass over touches and ledger entries."""
    grouped = _events(unit.ledger.strength_events())
    weights = unit.preferences().strength_weights()
    scores = {
        contact_id: strength(events, as_of, weights, explain=False)
        for contact_id, events in grouped.items()
    }
    for row in unit.contacts.all_names():
        scores.setdefault(row.id, strength([], as_of))
    return scores
