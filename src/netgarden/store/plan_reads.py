"""The planned meetings the agenda reads (part of PlanRepo, and of the read-only unit's
``plans``); statements in plans.py, see store/reads.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of


class PlannedRow(NamedTuple):
    id: int
    kind: str
    planned_on: dt.date
    note: str | None


class PlanReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def planned_until(self, until: dt.date) -> list[PlannedRow]:
        """Plans still planned whose day is ``until`` or before, by day then id."""
        rows = reader_of(self.session).rows(
            "plans:planned_until", (), {"ws": self.workspace_id, "until": until}
        )
        return [PlannedRow._make(row) for row in rows]

    def people(self, plan_ids: Sequence[int] | None = None) -> dict[int, list[tuple[int, str]]]:
        """Each plan's people (id, name), by name."""
        params: dict[str, Any] = {"ws": self.workspace_id}
        if plan_ids is not None:
            params["ids"] = [int(i) for i in plan_ids]
        rows = reader_of(self.session).rows("plans:people", (plan_ids is not None,), params)
        found: dict[int, list[tuple[int, str]]] = {}
        for plan_id, contact_id, name in rows:
            found.setdefault(plan_id, []).append((contact_id, name))
        return found
