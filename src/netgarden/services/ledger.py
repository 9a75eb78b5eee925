"""Recording value exchanged, and the ledger's report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netgarden.domain.ledger import EntryType, LedgerSummary, parse_ledger_kind, summarize
from netgarden.domain.normalize import clean_text
from netgarden.domain.values import check_length, parse_date
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.lookup import require_contact


@dataclass(frozen=True)
class EntryInput:
    entry_type: str
    kind: str | None = None
    note: str | None = None
    on: str | None = None


@dataclass(frozen=True)
class LedgerRow:
    id: int
    contact_id: int
    entry_type: str
    kind: str
    note: str | None
    on: dt.date


def record_entry(
    unit: Unit, contact_id: int, data: EntryInput, now: dt.datetime, today: dt.date
) -> LedgerRow:
    """Record value given, received or asked; returns the entry as the ledger lists it."""
    require_contact(unit, contact_id)
    try:
        entry = EntryType(data.entry_type)
    except ValueError:
        raise InvalidValue("type", "choose give, receive or ask") from None
    note = check_length("note", clean_text(data.note))
    if data.kind:
        kind = parse_ledger_kind(data.kind, entry)
    elif entry is EntryType.ASK and note:
        kind = "other"  # an ask in free text
    else:
        accepted = "a kind" if entry is not EntryType.ASK else "a kind or a note"
        raise InvalidValue("kind", f"{entry.value} needs {accepted}")
    occurred_on = parse_date(data.on, today, "on") if data.on else today
    if occurred_on > today:
        raise InvalidValue("on", f"{occurred_on.isoformat()} is in the future")
    entry_id = unit.ledger.insert(
        contact_id=contact_id, entry_type=entry.value, kind=kind, note=note,
        occurred_on=occurred_on, now=now,
    )  # fmt: skip
    if entry is EntryType.GIVE:  # it may be what a follow-up task asked for
        from netgarden.services.followups import gave

        gave(unit, entry_id, contact_id, kind, occurred_on)
    return LedgerRow(entry_id, contact_id, entry.value, kind, note, occurred_on)


@dataclass(frozen=True)
class LedgerReport:
    summary: LedgerSummary
    entries: list[LedgerRow]


def ledger_report(
    unit: Unit, contact_id: int | None = None, since: dt.date | None = None
) -> LedgerReport:
    rows = [LedgerRow(*row) for row in unit.ledger.entries(contact_id, since)]
    return LedgerReport(summarize((r.entry_type, r.kind) for r in rows), rows)
