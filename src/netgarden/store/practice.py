"""Queries of the routines (issue 15): touch purposes, anniversaries, each week's dormant
picks, and who was touched in a span of days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact, LedgerEntry, Task, Touch, TouchParticipant
from netgarden.store.tables_practice import Anniversary, WeekPick

_CHUNK = 500


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


class PracticeRepo:
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

    def year_mix(
        self, contact_ids: Sequence[int], since: dt.date, until: dt.date
    ) -> tuple[dict[int, dict[str, int]], dict[int, list[str]]]:
        """For each contact: the purposes of their touches from ``since`` to ``until``
        (purpose → count, untagged touches left out), and the kinds of my gives to them."""
        tp = TouchParticipant
        purposes: dict[int, dict[str, int]] = {}
        gives: dict[int, list[str]] = {}
        for chunk in _chunks(sorted(contact_ids)):
            rows = self.session.execute(
                select(tp.contact_id, Touch.purpose, func.count())
                .join(Touch, Touch.id == tp.touch_id)
                .where(self._mine(tp), tp.contact_id.in_(chunk), Touch.purpose.is_not(None),
                       tp.occurred_on >= since, tp.occurred_on <= until)
                .group_by(tp.contact_id, Touch.purpose)
            )  # fmt: skip
            for contact_id, purpose, count in rows:
                purposes.setdefault(contact_id, {})[str(purpose)] = int(count)
            le = LedgerEntry
            for contact_id, kind in self.session.execute(
                select(le.contact_id, le.kind).where(
                    self._mine(le), le.contact_id.in_(chunk), le.entry_type == "give",
                    le.occurred_on >= since, le.occurred_on <= until)
            ):  # fmt: skip
                gives.setdefault(contact_id, []).append(kind)
        return purposes, gives

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

    def anniversaries_on(self, month_days: Iterable[str]) -> dict[int, list[Any]]:
        """Anniversaries whose "MM-DD" is among ``month_days``, by contact."""
        a = Anniversary
        days = list(month_days)
        found: dict[int, list[Any]] = {}
        if not days:
            return found
        rows = self.session.execute(
            select(a.contact_id, a.kind, a.day)
            .where(self._mine(a), func.substr(a.day, func.length(a.day) - 4, 5).in_(days))
            .order_by(a.contact_id, a.kind)
        )
        for row in rows:
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
    def week_picks(self, week_of: dt.date) -> list[int]:
        """The contacts picked for the week starting ``week_of`` (a Monday), in rank order."""
        w = WeekPick
        return list(
            self.session.scalars(
                select(w.contact_id).where(self._mine(w), w.week_of == week_of).order_by(w.rank)
            )
        )

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

    def touched_between(
        self, contact_ids: Sequence[int], start: dt.date, end: dt.date, gives: bool
    ) -> dict[int, dt.date]:
        """Of ``contact_ids``, who had a touch (or, with ``gives``, a give or receive) from
        ``start`` to ``end``: contact id → the first such day."""
        tp, le = TouchParticipant, LedgerEntry
        found: dict[int, dt.date] = {}
        for chunk in _chunks(sorted(contact_ids)):
            queries = [
                select(tp.contact_id, func.min(tp.occurred_on))
                .where(self._mine(tp), tp.contact_id.in_(chunk),
                       tp.occurred_on >= start, tp.occurred_on <= end)
                .group_by(tp.contact_id)
            ]  # fmt: skip
            if gives:
                queries.append(
                    select(le.contact_id, func.min(le.occurred_on))
                    .where(self._mine(le), le.contact_id.in_(chunk),
                           le.entry_type.in_(("give", "receive")),
                           le.occurred_on >= start, le.occurred_on <= end)
                    .group_by(le.contact_id)
                )  # fmt: skip
            for query in queries:
                for contact_id, day in self.session.execute(query):
                    if contact_id not in found or day < found[contact_id]:
                        found[contact_id] = day
        return found

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
