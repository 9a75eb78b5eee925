"""The job changes the agenda reads (part of CareerRepo, and of the read-only unit's
``career``); the statement is in career.py, see store/reads.py."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of


class ChangeRow(NamedTuple):
    id: int
    contact_id: int
    name: str
    seen_on: dt.date
    old_company: str | None
    old_title: str | None
    new_company: str | None
    new_title: str | None
    new_function: str | None
    state: str
    decided_on: dt.date | None


class CareerReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def accepted_since(self, since: dt.date) -> list[ChangeRow]:
        """Changes accepted on or after ``since`` (the agenda's congratulations)."""
        rows = reader_of(self.session).rows(
            "career:accepted_since", (), {"ws": self.workspace_id, "since": since}
        )
        return [ChangeRow._make(row) for row in rows]
