"""Relationship strength for one contact (explained) or for everyone (batch)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netgarden.domain.strength import Event, Strength, history, strength, years_known
from netgarden.store.rows import StrengthEvent

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


@dataclass(frozen=True)
class StrengthReport:
    contact_id: int
    strength: Strength
    history: list[tuple[dt.date, int]]
    years_known: int  # whole years since the first event (the half-life's step)


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
    past = [e.on for e in events if e.on <= as_of]
    return StrengthReport(
        contact_id,
        strength(events, as_of, weights),
        history(events, as_of, weights=weights),
        years_known(min(past), as_of) if past else 0,
    )


def everyone_strength(unit: Unit, as_of: dt.date) -> dict[int, Strength]:
    """Every contact's score (no contributions): from the strength tallies, one indexed
    read; the events are read only for a day before someone's last event or a half-life
    other than the default (the tallies cannot tell those)."""
    scores = batch_strength(unit, as_of)
    new = strength([], as_of)
    for contact_id in unit.contacts.active_ids():
        scores.setdefault(contact_id, new)
    return scores


def batch_strength(
    unit: Unit | ReadUnit,
    as_of: dt.date | Mapping[int, dt.date],
    contact_ids: Sequence[int] | None = None,
) -> dict[int, Strength]:
    """The scores of these contacts (everyone's with history without ``contact_ids``) at
    ``as_of`` (or each at their own day), without contributions; only those with history."""
    from netgarden.domain.strength_tallies import TallyScorer

    def day(contact_id: int) -> dt.date | None:
        return as_of.get(contact_id) if isinstance(as_of, Mapping) else as_of

    weights = unit.preferences().strength_weights()
    scorer = TallyScorer(weights)
    scores: dict[int, Strength] = {}
    pending: list[int] = []
    for contact_id, found in unit.strength_tallies.read(contact_ids, scorer.summaries).items():
        when = day(contact_id)
        if when is None:
            continue
        tallied = scorer.score(found, when)
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
