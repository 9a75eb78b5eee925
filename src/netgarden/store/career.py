"""Queries of career resilience (issue 16): companies, role history, job changes to review,
and the people a call list reads. Every statement starts from the unit's workspace."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from netgarden.store.career_reads import CareerPerson, CareerReads, ChangeRow, CompanyFactRow
from netgarden.store.career_tables import Company, JobChange, RoleChange
from netgarden.store.reads import statement
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact

__all__ = ["CareerPerson", "CareerRepo", "ChangeRow", "RoleRow"]


class RoleRow(NamedTuple):
    id: int
    changed_on: dt.date
    from_company: str | None
    from_title: str | None
    to_company: str | None
    to_title: str | None
    source: str


_PERSON = tuple(getattr(Contact, name) for name in CareerPerson._fields)
_CHANGE = (JobChange.id, JobChange.contact_id, Contact.name, JobChange.seen_on,
           JobChange.old_company, JobChange.old_title, JobChange.new_company,
           JobChange.new_title, JobChange.new_function, JobChange.state,
           JobChange.decided_on)  # fmt: skip
_ROLE = tuple(getattr(RoleChange, name) for name in RoleRow._fields)


@statement((False,), (True,))
def people_rows(some: bool) -> Any:
    """Active contacts as the call list reads them (parameters ``ws``, and ``ids``)."""
    query = select(*_PERSON).where(Contact.workspace_id == bindparam("ws"),
                                   Contact.archived_at.is_(None))  # fmt: skip
    if some:
        query = query.where(Contact.id.in_(bindparam("ids", expanding=True)))
    return query.order_by(Contact.id)


@statement(())
def company_rows() -> Any:
    """Every tracked company's hiring facts (parameter ``ws``)."""
    c = Company
    return (
        select(*(getattr(c, name) for name in CompanyFactRow._fields))
        .where(c.workspace_id == bindparam("ws"))
        .order_by(c.name_key)
    )


@statement(())
def accepted_since() -> Any:
    """Active contacts' changes accepted on or after ``since`` (the agenda's
    congratulations)."""
    ws: Any = bindparam("ws")
    query = select(*_CHANGE).join(
        Contact, (Contact.id == JobChange.contact_id) & (Contact.workspace_id == ws)
    )
    return query.where(
        JobChange.workspace_id == ws,
        JobChange.state == "accepted",
        JobChange.decided_on >= bindparam("since"),
        Contact.archived_at.is_(None),
    )


class CareerRepo(CareerReads):
    session: Session

    # --- companies ---------------------------------------------------------------------
    def companies(self) -> list[Company]:
        query = select(Company).where(mine(Company, self.workspace_id)).order_by(Company.name_key)
        return list(self.session.scalars(query))

    def company(self, company_id: int) -> Company | None:
        query = select(Company).where(mine(Company, self.workspace_id), Company.id == company_id)
        return self.session.scalars(query).first()

    def company_by_key(self, name_key: str) -> Company | None:
        query = select(Company).where(
            mine(Company, self.workspace_id), Company.name_key == name_key
        )
        return self.session.scalars(query).first()

    def save_company(
        self, name: str, name_key: str, values: dict[str, Any], now: dt.datetime
    ) -> Company:
        """Create the company, or change the values given of the one with the same key."""
        row = self.company_by_key(name_key)
        if row is None:
            row = Company(workspace_id=self.workspace_id, name=name, name_key=name_key,
                          hiring="unknown", created_at=now)  # fmt: skip
            self.session.add(row)
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = now
        self.session.flush()
        return row

    # --- people ------------------------------------------------------------------------
    def with_company(self) -> list[CareerPerson]:
        """Active contacts with a company (the company pages match them by folded name)."""
        query = select(*_PERSON).where(mine(Contact, self.workspace_id),
                                       Contact.archived_at.is_(None),
                                       Contact.company.is_not(None))  # fmt: skip
        return [CareerPerson._make(row) for row in self.session.execute(query.order_by(Contact.id))]

    # --- role history ------------------------------------------------------------------
    def add_role_change(self, contact_id: int, on: dt.date, before: tuple[str | None, str | None],
                        after: tuple[str | None, str | None], source: str) -> None:  # fmt: skip
        require_contacts(self.session, self.workspace_id, [contact_id])
        self.session.add(
            RoleChange(workspace_id=self.workspace_id, contact_id=contact_id, changed_on=on,
                       from_company=before[0], from_title=before[1], to_company=after[0],
                       to_title=after[1], source=source)
        )  # fmt: skip
        self.session.flush()

    def role_history(self, contact_id: int) -> list[RoleRow]:
        query = (
            select(*_ROLE)
            .where(mine(RoleChange, self.workspace_id), RoleChange.contact_id == contact_id)
            .order_by(RoleChange.changed_on.desc(), RoleChange.id.desc())
        )
        return [RoleRow._make(row) for row in self.session.execute(query)]

    # --- job changes -------------------------------------------------------------------
    def seen_changes(self) -> set[tuple[int, str | None, str | None]]:
        """(contact, new company, new title) of every change ever recorded: an import that
        sees the same one again adds nothing (a dismissed change stays dismissed)."""
        query = select(JobChange.contact_id, JobChange.new_company, JobChange.new_title).where(
            mine(JobChange, self.workspace_id)
        )
        return {(c, company, title) for c, company, title in self.session.execute(query)}

    def add_changes(self, rows: list[dict[str, Any]]) -> None:
        require_contacts(self.session, self.workspace_id, [r["contact_id"] for r in rows])
        for row in rows:
            self.session.add(JobChange(workspace_id=self.workspace_id, state="pending", **row))
        self.session.flush()

    def changes(self, state: str | None = "pending") -> list[ChangeRow]:
        query = select(*_CHANGE).join(Contact, (Contact.id == JobChange.contact_id)
                                      & mine(Contact, self.workspace_id))  # fmt: skip
        query = query.where(mine(JobChange, self.workspace_id))
        if state is not None:
            query = query.where(JobChange.state == state)
        query = query.order_by(JobChange.seen_on.desc(), JobChange.id.desc())
        return [ChangeRow._make(row) for row in self.session.execute(query)]

    def change(self, change_id: int) -> ChangeRow | None:
        query = select(*_CHANGE).join(Contact, (Contact.id == JobChange.contact_id)
                                      & mine(Contact, self.workspace_id))  # fmt: skip
        found = self.session.execute(
            query.where(mine(JobChange, self.workspace_id), JobChange.id == change_id)
        ).first()
        return ChangeRow._make(found) if found else None

    def decide(self, change_id: int, state: str, on: dt.date) -> None:
        self.session.execute(
            update(JobChange)
            .where(mine(JobChange, self.workspace_id), JobChange.id == change_id)
            .values(state=state, decided_on=on)
        )
