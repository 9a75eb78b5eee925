"""The opportunity repository's reads that ROI and the call list run, with or without
SQLAlchemy (part of OpportunityRepo; the statements are in opportunities.py, see
store/reads.py)."""

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


class OpeningRow(NamedTuple):
    id: int
    title: str
    role: str | None
    company: str | None
    kind: str


class OpportunityReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def stages(self, opp_id: int | None = None) -> list[Any]:
        """(opportunity_id, stage, changed_on) in the order they happened."""
        params: dict[str, Any] = {"ws": self.workspace_id}
        if opp_id is not None:
            params["id"] = int(opp_id)
        return reader_of(self.session).rows("opportunities:stage_rows", (opp_id is not None,),
                                            params)  # fmt: skip

    def sourced(self) -> list[SourcedRow]:
        """Every opportunity as ROI counts it."""
        rows = reader_of(self.session).rows("opportunities:sourced_rows", (),
                                            {"ws": self.workspace_id})  # fmt: skip
        return [SourcedRow._make(row) for row in rows]

    def openings(self, stage: str) -> list[OpeningRow]:
        """(id, title, role, company, kind) of the opportunities at ``stage``, the latest
        opened first."""
        rows = reader_of(self.session).rows("opportunities:opening_rows", (),
                                            {"ws": self.workspace_id, "stage": stage})  # fmt: skip
        return [OpeningRow._make(row) for row in rows]
