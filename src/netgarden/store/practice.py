"""Queries of the routines (issue 15): touch purposes, anniversaries, each week's dormant
picks, and who was touched in a span of days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from netgarden.store.practice_reads import PracticeReads
from netgarden.store.reads import statement
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact, LedgerEntry, Task, Touch, TouchParticipant
from netgarden.store.tables_practice import Anniversary, WeekPick

_CHUNK = 500


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _ids() -> Any:
    return bindparam("ids", expanding=True)


@statement(())
def purposes_between() -> Any:
    """Of ``ids``: (contact, purpose, touches) of their purposed touches from ``since`` to
    ``until``."""
    tp = TouchParticipant
    return (
        select(tp.contact_id, Touch.purpose, func.count())
        .join(Touch, Touch.id == tp.touch_id)
        .where(tp.workspace_id == bindparam("ws"), tp.contact_id.in_(_ids()),
               Touch.purpose.is_not(None), tp.occurred_on >= bindparam("since"),
               tp.occurred_on <= bindparam("until"))
        .group_by(tp.contact_id, Touch.purpose)
    )  # fmt: skip


@statement(())
def gives_between() -> Any:
    """Of ``ids``: (contact, kind) of my gives to them from ``since`` to ``until``."""
    le = LedgerEntry
    return select(le.contact_id, le.kind).where(
        le.workspace_id == bindparam("ws"), le.contact_id.in_(_ids()), le.entry_type == "give",
        le.occurred_on >= bindparam("since"), le.occurred_on <= bindparam("until"))  # fmt: skip


@statement(())
def anniversaries_on() -> Any:
    """Anniversaries whose "MM-DD" is among ``days``, by contact and kind."""
    a = Anniversary
    return (
        select(a.contact_id, a.kind, a.day)
        .where(a.workspace_id == bindparam("ws"),
               func.substr(a.day, func.length(a.day) - 4, 5).in_(bindparam("days", expanding=True)))
        .order_by(a.contact_id, a.kind)
    )  # fmt: skip


@statement(())
def week_picks() -> Any:
    """The contacts picked for the week starting ``week_of``, in rank order."""
    w = WeekPick
    return (
        select(w.contact_id)
        .where(w.workspace_id == bindparam("ws"), w.week_of == bindparam("week_of"))
        .order_by(w.rank)
    )


@statement(())
def first_touches() -> Any:
    """Of ``ids``: each one's first touch from ``start`` to ``end``."""
    tp = TouchParticipant
    return (
        select(tp.contact_id, func.min(tp.occurred_on))
        .where(tp.workspace_id == bindparam("ws"), tp.contact_id.in_(_ids()),
               tp.occurred_on >= bindparam("start"), tp.occurred_on <= bindparam("end"))
        .group_by(tp.contact_id)
    )  # fmt: skip


@statement(())
def first_values() -> Any:
    """Of ``ids``: each one's first give or receive from ``start`` to ``end``."""
    le = LedgerEntry
    return (
        select(le.contact_id, func.min(le.occurred_on))
        .where(le.workspace_id == bindparam("ws"), le.contact_id.in_(_ids()),
               le.entry_type.in_(("give", "receive")),
               le.occurred_on >= bindparam("start"), le.occurred_on <= bindparam("end"))
        .group_by(le.contact_id)
    )  # fmt: skip


class PracticeRepo(PracticeReads):
    session: Session

    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    # --- purposes ----------------------------------------------------------------------
    def set_purpose(self, touch_id: int, purpose: str | None) -> None:
        self.session.execute(
            update(Touch).where(self._mine(Touch), Touch.id == touch_id).values(purpose=purpose)
        )

    def purpose_of(self, touch_id: int) -> str | None:
        return self.session.scalar(
            select(Touch.purpose).where(self._mine(Touch), Touch.id == touch_id)
        )

    # --- anniversaries -----------------------------------------------------------------
    def anniversaries(self, contact_ids: Sequence[int] | None = None) -> dict[int, list[Any]]:
        """contact id → its (kind, day) rows, by kind."""
        a = Anniversary
        query = select(a.contact_id, a.kind, a.day).where(self._mine(a))
        if contact_ids is not None:
            query = query.where(a.contact_id.in_(contact_ids))
        found: dict[int, list[Any]] = {}
        for row in self.session.execute(query.order_by(a.contact_id, a.kind)):
            found.setdefault(row.contact_id, []).append(row)
        return found

    def set_anniversary(self, contact_id: int, kind: str, day: str | None) -> None:
        """Set (or with ``day`` None, remove) a contact's anniversary of a kind."""
        a = Anniversary
        self.session.execute(
            delete(a).where(self._mine(a), a.contact_id == contact_id, a.kind == kind)
        )
        if day is not None:
            require_contacts(self.session, self.workspace_id, [contact_id])
            self.session.execute(
                insert(a).values(
                    workspace_id=self.workspace_id, contact_id=contact_id, kind=kind, day=day
                )
            )

    def move_anniversaries(self, other: int, keep: int) -> None:
        """A merge: ``other``'s anniversaries go to ``keep`` unless it has that kind."""
        kinds = {row.kind for row in self.anniversaries([keep]).get(keep, [])}
        for row in self.anniversaries([other]).get(other, []):
            if row.kind not in kinds:
                self.set_anniversary(keep, row.kind, row.day)

    # --- the week's dormant picks ------------------------------------------------------
    def set_week_picks(self, week_of: dt.date, contact_ids: Sequence[int], on: dt.date) -> None:
        if not contact_ids:
            return
        self.session.execute(
            insert(WeekPick),
            [
                {"workspace_id": self.workspace_id, "week_of": week_of, "contact_id": c,
                 "rank": rank, "picked_on": on}
                for rank, c in enumerate(contact_ids, 1)
            ],
        )  # fmt: skip

    # --- what the period reviews read ------------------------------------------------------
    def untouched_at(self, companies: Sequence[str], most: int) -> list[Any]:
        """Active contacts at these companies (any case) never touched: (id, name, company)."""
        if not companies:
            return []
        folded = [c.casefold() for c in companies]
        touched = select(TouchParticipant.contact_id).where(
            self._mine(TouchParticipant), TouchParticipant.contact_id == Contact.id
        )
        return list(
            self.session.execute(
                select(Contact.id, Contact.name, Contact.company)
                .where(self._mine(Contact), Contact.archived_at.is_(None),
                       func.lower(Contact.company).in_(folded), ~touched.exists())
                .order_by(Contact.name_key, Contact.id)
                .limit(most)
            )
        )  # fmt: skip

    def circles(self) -> dict[str, list[int]]:
        """Active contacts by circle."""
        found: dict[str, list[int]] = {}
        rows = self.session.execute(
            select(Contact.circle, Contact.id)
            .where(self._mine(Contact), Contact.archived_at.is_(None))
            .order_by(Contact.id)
        )
        for circle, contact_id in rows:
            found.setdefault(circle, []).append(contact_id)
        return found

    def missing_role(self) -> int:
        """Active contacts with no company or no title (seeds/002's CRM: "Name and
        company")."""
        return int(
            self.session.execute(
                select(func.count()).where(
                    self._mine(Contact), Contact.archived_at.is_(None),
                    or_(Contact.company.is_(None), Contact.company == "",
                        Contact.title.is_(None), Contact.title == ""))
            ).scalar_one()
        )  # fmt: skip

    def ledger_between(self, start: dt.date, end: dt.date) -> dict[str, int]:
        """Ledger entries by type (give, receive, ask) from ``start`` to ``end``."""
        le = LedgerEntry
        rows = self.session.execute(
            select(le.entry_type, func.count())
            .where(self._mine(le), le.occurred_on >= start, le.occurred_on <= end)
            .group_by(le.entry_type)
        )
        return {kind: int(n) for kind, n in rows}

    def tasks_between(self, start: dt.date, end: dt.date) -> tuple[int, list[Any]]:
        """Follow-up tasks done from ``start`` to ``end``, and those still open that fall due
        by ``end`` (id, contact id, name, kind, due day)."""
        done = self.session.execute(
            select(func.count()).where(self._mine(Task), Task.done_on >= start,
                                       Task.done_on <= end)
        ).scalar_one()  # fmt: skip
        open_ = self.session.execute(
            select(Task.id, Task.contact_id, Contact.name, Task.kind, Task.due_on)
            .join(Contact, (Contact.id == Task.contact_id) & self._mine(Contact))
            .where(self._mine(Task), Task.done_on.is_(None), Task.due_on <= end,
                   Contact.archived_at.is_(None))
            .order_by(Task.due_on, Task.id)
        ).all()  # fmt: skip
        return int(done), list(open_)

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)
