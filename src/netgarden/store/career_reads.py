"""The career repository's reads that run with or without SQLAlchemy: the people and
companies the call list reads, the job changes the agenda reads. Part of CareerRepo and of the
read-only unit's ``career``; the statements are in career.py, see store/reads.py."""

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

    def accepted_since(self, since: dt.date) -> list[ChangeRow]:
        """Changes accepted on or after ``since`` (the agenda's congratulations)."""
        rows = reader_of(self.session).rows(
            "career:accepted_since", (), {"ws": self.workspace_id, "since": since}
        )
        return [ChangeRow._make(row) for row in rows]
