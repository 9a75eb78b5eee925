"""The ledger's reads that read-only commands run without SQLAlchemy (part of LedgerRepo;
statements in ledger.py, see store/reads.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from netgarden.store.reads import reader_of
from netgarden.store.rows import StrengthEvent


class LedgerReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def last_value_on(self, contact_ids: Sequence[int] | None = None) -> dict[int, dt.date]:
        """Each contact's last give or receive (a made introduction is a give)."""
        params: dict[str, Any] = {"ws": self.workspace_id}
        if contact_ids is not None:
            params["ids"] = [int(i) for i in contact_ids]
        shape = (contact_ids is not None,)
        rows = reader_of(self.session).rows("ledger:last_value", shape, params)
        return {contact_id: day for contact_id, day in rows}

    def strength_events(self, contact_ids: Sequence[int] | None = None) -> list[StrengthEvent]:
        """(contact_id, on, kind, source, direction, replied): touches and ledger entries."""
        params: dict[str, Any] = {"ws": self.workspace_id}
        if contact_ids is not None:
            params["ids"] = [int(i) for i in contact_ids]
        shape = (contact_ids is not None,)
        reader = reader_of(self.session)
        rows = [
            StrengthEvent(c, on, kind, "touch", direction, replied)
            for c, on, kind, direction, replied in reader.rows(
                "ledger:strength_touches", shape, params
            )
        ]
        rows += [
            StrengthEvent(c, on, kind, entry_type, "mutual", None)
            for c, on, kind, entry_type in reader.rows("ledger:strength_entries", shape, params)
        ]
        return rows

    def asks_outrun_gives(self) -> set[int]:
        """Contacts I have asked more often than I have given to."""
        rows = reader_of(self.session).rows(
            "ledger:asks_outrun_gives", (), {"ws": self.workspace_id}
        )
        return {row[0] for row in rows}
