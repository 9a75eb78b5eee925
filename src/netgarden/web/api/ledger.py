"""/api/v1: the value ledger (given, received, asked)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, ContactId, UnitDep, allowed
from netgarden.web.schemas import Day, LedgerEntryCreate, LedgerEntryRead, LedgerRead

router = APIRouter(prefix=PREFIX)


@router.post(
    "/contacts/{contact_id}/ledger",
    response_model=LedgerEntryRead,
    status_code=status.HTTP_201_CREATED,
)
def record_ledger_entry(
    unit: UnitDep, contact_id: ContactId, body: LedgerEntryCreate
) -> LedgerEntryRead:
    """Record value given, received or asked (an ask takes a kind or a note)."""
    from netgarden.services.ledger import EntryInput, record_entry

    data = EntryInput(body.type, body.kind, body.note, body.on.isoformat() if body.on else None)
    row = record_entry(unit, contact_id, data, deps.now(), deps.today())
    return LedgerEntryRead(id=row.id, contact_id=row.contact_id, type=row.entry_type,
                           kind=row.kind, note=row.note, on=row.on)  # fmt: skip


@router.get("/ledger", response_model=LedgerRead)
def get_ledger(
    unit: UnitDep,
    contact_id: Annotated[int | None, Query(ge=1, le=deps.MAX_ID)] = None,
    since: Day | None = None,
) -> LedgerRead:
    """Given, received, asked; the give/ask ratio (5-to-1) and the 70-20-10 mix."""
    from netgarden.services.ledger import ledger_report

    report = ledger_report(unit, contact_id, since)
    entries = [
        LedgerEntryRead(
            id=e.id, contact_id=e.contact_id, type=e.entry_type, kind=e.kind, note=e.note, on=e.on
        )
        for e in report.entries
    ]
    return allowed(LedgerRead, report.summary.as_dict(), entries=entries)
