"""The introduction requests the agenda reads (part of TeamRepo, and read by the read-only
unit's agenda); the statement is in teams.py, see store/reads.py."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of


class AskRow(NamedTuple):
    id: int
    team: str
    from_email: str
    to_email: str
    workspace_id: int
    contact_id: int
    contact_name: str
    message: str | None
    state: str
    answer: str | None
    asked_on: dt.date


class TeamReads:
    def __init__(self, session: Any) -> None:
        self.session = session

    def waiting(self, workspace_id: int) -> list[AskRow]:
        """Requests waiting for an answer from the holder of this workspace."""
        rows = reader_of(self.session).rows("teams:waiting", (), {"ws": workspace_id})
        return [AskRow._make(row) for row in rows]
