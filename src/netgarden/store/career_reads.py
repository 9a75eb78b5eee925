"""The career repository's reads that the call list runs, with or without SQLAlchemy (part of
CareerRepo; the statements are in career.py, see store/reads.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of


class CareerPerson(NamedTuple):
    id: int
    name: str
    company: str | None
    title: str | None
    seniority: str | None
    function: str | None
    status: str | None
    status_on: dt.date | None
    hiring_manager_for: str | None
    preferred_channel: str | None


class CompanyFactRow(NamedTuple):
    name: str
    name_key: str
    hiring: str
    hiring_for: str | None
    hiring_checked_on: dt.date | None


class CareerReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def people(self, ids: Iterable[int] | None = None) -> list[CareerPerson]:
        """Active contacts (these ones, when given) as career resilience reads them."""
        params: dict[str, Any] = {"ws": self.workspace_id}
        if ids is not None:
            params["ids"] = sorted({int(i) for i in ids})
        rows = reader_of(self.session).rows("career:people_rows", (ids is not None,), params)
        return [CareerPerson._make(row) for row in rows]

    def company_facts(self) -> list[CompanyFactRow]:
        """Every tracked company's name, key and hiring status (what the call list reads)."""
        rows = reader_of(self.session).rows("career:company_rows", (), {"ws": self.workspace_id})
        return [CompanyFactRow._make(row) for row in rows]
