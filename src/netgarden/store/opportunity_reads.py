"""The opportunities event ROI reads (part of OpportunityRepo, and of the read-only unit's
``opportunities``); the statement is in opportunities.py, see store/reads.py."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of


class SourcedRow(NamedTuple):
    id: int
    kind: str
    channel: str | None
    via_id: int | None
    event_id: int | None
    reaches_hm: bool | None
    opened_on: dt.date


class OpportunityReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def sourced(self) -> list[SourcedRow]:
        """(id, kind, channel, via_id, event_id, reaches_hm, opened_on) of every opportunity:
        what ROI counts."""
        rows = reader_of(self.session).rows("opportunities:sourced", (), {"ws": self.workspace_id})
        return [SourcedRow._make(row) for row in rows]
