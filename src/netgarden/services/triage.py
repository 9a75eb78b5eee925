"""Triage (issue 13): circles proposed for uncircled contacts, applied in batches the user
confirms (the store records each circle change with its day)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from netgarden.domain.triage import Proposal, propose
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.reviews import review_facts


@dataclass(frozen=True)
class Triage:
    as_of: dt.date
    proposals: list[Proposal]
    connection_only: int


def triage(unit: Unit, today: dt.date) -> Triage:
    proposals, kept = propose(review_facts(unit, today))
    return Triage(today, proposals, kept)


def apply_triage(
    unit: Unit, chosen: Sequence[int] | None, today: dt.date, now: dt.datetime
) -> list[Proposal]:
    """Apply the proposals for the ``chosen`` contacts (all of them for ``None``); a contact
    with no proposal (already circled, or a connection only) is an error naming it."""
    proposals = triage(unit, today).proposals
    by_id = {p.contact_id: p for p in proposals}
    if chosen is not None:
        missing = [i for i in chosen if i not in by_id]
        if missing:
            raise InvalidValue("contact_ids", f"#{missing[0]} has no triage proposal")
        proposals = [by_id[i] for i in dict.fromkeys(chosen)]
    for p in proposals:
        unit.contacts.update(p.contact_id, {"circle": p.circle}, now)
    return proposals
