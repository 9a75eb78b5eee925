"""Queries on the value ledger."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, case, func, insert, select
from sqlalchemy.orm import Session

from netgarden.domain.ledger import VALUE_ENTRIES
from netgarden.store.ledger_reads import LedgerReads
from netgarden.store.reads import statement
from netgarden.store.rows import LedgerRow
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import LedgerEntry, Touch, TouchParticipant


@statement((False,), (True,))
def last_value(some: bool) -> Any:
    """Each contact's last give or receive (parameters ``ws``, and ``ids`` for some)."""
    query = (
        select(LedgerEntry.contact_id, func.max(LedgerEntry.occurred_on))
        .where(
            LedgerEntry.workspace_id == bindparam("ws"),
            LedgerEntry.entry_type.in_(VALUE_ENTRIES),
        )
        .group_by(LedgerEntry.contact_id)
    )
    if some:
        query = query.where(LedgerEntry.contact_id.in_(bindparam("ids", expanding=True)))
    return query


@statement((False,), (True,))
def strength_touches(some: bool) -> Any:
    """(contact_id, on, kind, direction, replied) of the workspace's touches (parameters
    ``ws``, and ``ids`` for some)."""
    tp = TouchParticipant
    query = (
        select(tp.contact_id, Touch.occurred_on, Touch.kind, Touch.direction, Touch.replied)
        .join(Touch, Touch.id == tp.touch_id)
        .where(tp.workspace_id == bindparam("ws"))
    )
    return query.where(tp.contact_id.in_(bindparam("ids", expanding=True))) if some else query


@statement((False,), (True,))
def strength_entries(some: bool) -> Any:
    """(contact_id, on, kind, entry_type) of the workspace's ledger entries."""
    query = select(
        LedgerEntry.contact_id, LedgerEntry.occurred_on, LedgerEntry.kind, LedgerEntry.entry_type
    ).where(LedgerEntry.workspace_id == bindparam("ws"))
    if some:
        query = query.where(LedgerEntry.contact_id.in_(bindparam("ids", expanding=True)))
    return query


@statement(())
def asks_outrun_gives() -> Any:
    """Contacts I have asked more often than I have given to."""
    asks = func.sum(case((LedgerEntry.entry_type == "ask", 1), else_=0))
    gives = func.sum(case((LedgerEntry.entry_type == "give", 1), else_=0))
    return (
        select(LedgerEntry.contact_id)
        .where(LedgerEntry.workspace_id == bindparam("ws"))
        .group_by(LedgerEntry.contact_id)
        .having(asks > gives)
    )


class LedgerRepo(LedgerReads):
    session: Session

    def insert(
        self, *, contact_id: int, entry_type: str, kind: str, note: str | None,
        occurred_on: dt.date, now: dt.datetime,
    ) -> int:  # fmt: skip
        from netgarden.store.strength_tallies import StrengthTallyRepo

        require_contacts(self.session, self.workspace_id, [contact_id])
        entry_id = int(
            self.session.execute(
                insert(LedgerEntry)
                .values(
                    workspace_id=self.workspace_id,
                    contact_id=contact_id,
                    entry_type=entry_type,
                    kind=kind,
                    note=note,
                    occurred_on=occurred_on,
                    created_at=now,
                )
                .returning(LedgerEntry.id)
            ).scalar_one()
        )
        StrengthTallyRepo(self.session, self.workspace_id).refresh([contact_id])
        return entry_id

    def entries(
        self, contact_id: int | None = None, since: dt.date | None = None
    ) -> list[LedgerRow]:
        query = select(
            LedgerEntry.id, LedgerEntry.contact_id, LedgerEntry.entry_type, LedgerEntry.kind,
            LedgerEntry.note, LedgerEntry.occurred_on,
        ).where(self._mine(LedgerEntry))  # fmt: skip
        if contact_id is not None:
            query = query.where(LedgerEntry.contact_id == contact_id)
        if since is not None:
            query = query.where(LedgerEntry.occurred_on >= since)
        rows = self.session.execute(
            query.order_by(LedgerEntry.occurred_on.desc(), LedgerEntry.id.desc())
        )
        return [LedgerRow._make(row) for row in rows]

    def type_counts(self, since: dt.date | None = None) -> dict[str, int]:
        """How many entries of each type (give, receive, ask), since a day if given."""
        query = select(LedgerEntry.entry_type, func.count()).where(self._mine(LedgerEntry))
        if since is not None:
            query = query.where(LedgerEntry.occurred_on >= since)
        rows = self.session.execute(query.group_by(LedgerEntry.entry_type))
        return {entry_type: int(n) for entry_type, n in rows}

    def contacts_with(self, entry_type: str, since: dt.date | None = None) -> set[int]:
        """Who has an entry of the type (since a day if given)."""
        query = select(LedgerEntry.contact_id).where(
            self._mine(LedgerEntry), LedgerEntry.entry_type == entry_type
        )
        if since is not None:
            query = query.where(LedgerEntry.occurred_on >= since)
        return set(self.session.scalars(query.distinct()))

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)
