"""What a teammate who shares lets their team read of their contacts (issue 19): for each
active contact, only its name, company and title. The projection is fixed here, in one
place: no other column of a contact can leave its workspace through teams."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from netgarden.store.contact_reads import escape_like, name_key
from netgarden.store.scope import mine
from netgarden.store.tables import Contact

MOST = 50  # per teammate and question: a common company's first 50, ranked by the service


class SharedPerson(NamedTuple):
    id: int
    name: str
    company: str | None
    title: str | None


class SharedTieRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def people(self, *, company: str | None = None, name: str | None = None) -> list[SharedPerson]:
        """Active contacts at a company (its name contains the text) or whose name contains
        the text, case- and accent-insensitively for names."""
        query = select(Contact.id, Contact.name, Contact.company, Contact.title).where(
            mine(Contact, self.workspace_id), Contact.archived_at.is_(None)
        )
        if company:
            pattern = "%" + escape_like(company.casefold()) + "%"
            query = query.where(func.lower(Contact.company).like(pattern, escape="\\"))
        elif name:
            pattern = "%" + escape_like(name_key(name)) + "%"
            query = query.where(Contact.name_key.like(pattern, escape="\\"))
        else:
            return []
        # by id, the (workspace_id, id) index's order: the scan stops at the MOST-th match
        # instead of sorting every one (the service ranks them by tie)
        rows = self.session.execute(query.order_by(Contact.id).limit(MOST))
        return [SharedPerson._make(row) for row in rows]

    def person(self, contact_id: int) -> SharedPerson | None:
        row = self.session.execute(
            select(Contact.id, Contact.name, Contact.company, Contact.title).where(
                mine(Contact, self.workspace_id),
                Contact.archived_at.is_(None),
                Contact.id == contact_id,
            )
        ).first()
        return None if row is None else SharedPerson._make(row)
