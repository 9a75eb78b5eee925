"""The trust equation's inputs for one contact (domain.trust): reliability from my
promises to them, self-orientation from the value ledger. No composite number: credibility
and intimacy are not rated in netgarden yet (seeds/002's equation needs them)."""

from __future__ import annotations

import datetime as dt

from netgarden.domain.followups import TaskKind
from netgarden.domain.trust import Promise, Trust, trust
from netgarden.services.database import Unit
from netgarden.services.lookup import require_contact


def trust_of(unit: Unit, contact_id: int, as_of: dt.date) -> Trust:
    """Promises kept on time / due in the year to ``as_of``; asks / (gives + asks)."""
    require_contact(unit, contact_id)
    promises = [
        Promise(row.due_on, row.done_on)
        for row in unit.tasks.listing(contact_id=contact_id)
        if row.kind == TaskKind.PROMISE.value
    ]
    entries = [e for e in unit.ledger.entries(contact_id) if e.occurred_on <= as_of]
    gives = sum(1 for e in entries if e.entry_type == "give")
    asks = sum(1 for e in entries if e.entry_type == "ask")
    return trust(promises, gives, asks, as_of)


def trust_fields(t: Trust) -> dict[str, object]:
    """The documented fields (an allowlist), for the CLI's JSON and the API alike."""
    return {
        "promises_due": t.promises_due,
        "kept_on_time": t.kept_on_time,
        "reliability": t.reliability,
        "gives": t.gives,
        "asks": t.asks,
        "self_orientation": t.self_orientation,
        "composite": t.composite,
    }
