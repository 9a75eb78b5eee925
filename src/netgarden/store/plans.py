"""Queries on planned meetings and the people in them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from netgarden.store.plan_reads import PlanReads
from netgarden.store.plan_tables import Plan, PlanPerson
from netgarden.store.reads import statement
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact


@statement(())
def planned_until() -> Any:
    """Plans still ``planned`` whose day is on or before ``until``, by day then id."""
    return (
        select(Plan.id, Plan.kind, Plan.planned_on, Plan.note)
        .where(Plan.workspace_id == bindparam("ws"), Plan.status == "planned",
               Plan.planned_on <= bindparam("until"))
        .order_by(Plan.planned_on, Plan.id)
    )  # fmt: skip


@statement((False,), (True,))
def people(some: bool) -> Any:
    """Each plan's people (plan, contact, name), by name; of the plans ``ids`` only when
    ``some``."""
    ws: Any = bindparam("ws")
    query = (
        select(PlanPerson.plan_id, Contact.id, Contact.name)
        .join(Contact, (Contact.id == PlanPerson.contact_id) & (Contact.workspace_id == ws))
        .where(PlanPerson.workspace_id == ws)
        .order_by(PlanPerson.plan_id, Contact.name_key, Contact.id)
    )
    if some:
        query = query.where(PlanPerson.plan_id.in_(bindparam("ids", expanding=True)))
    return query


class PlanRepo(PlanReads):
    session: Session

    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def insert(
        self, kind: str, on: dt.date, note: str | None, people: Sequence[int], now: dt.datetime,
        source_key: str | None = None,
    ) -> int:  # fmt: skip
        require_contacts(self.session, self.workspace_id, people)
        plan_id = int(
            self.session.execute(
                insert(Plan)
                .values(workspace_id=self.workspace_id, kind=kind, planned_on=on, note=note,
                        status="planned", created_at=now, updated_at=now, source_key=source_key)
                .returning(Plan.id)
            ).scalar_one()
        )  # fmt: skip
        self.set_people(plan_id, people)
        return plan_id

    def set_people(self, plan_id: int, people: Sequence[int]) -> None:
        """The plan's people become these (a moved calendar meeting may change them)."""
        require_contacts(self.session, self.workspace_id, people)
        self.session.execute(
            delete(PlanPerson).where(self._mine(PlanPerson), PlanPerson.plan_id == plan_id)
        )
        self.session.execute(
            insert(PlanPerson),
            [{"plan_id": plan_id, "contact_id": c, "workspace_id": self.workspace_id}
             for c in people],
        )  # fmt: skip

    def by_source_keys(self, keys: Sequence[str]) -> dict[str, Plan]:
        """The plans calendar imports made under these keys."""
        found: dict[str, Plan] = {}
        for start in range(0, len(keys), 500):
            query = select(Plan).where(
                self._mine(Plan), Plan.source_key.in_(keys[start : start + 500])
            )
            found.update({p.source_key: p for p in self.session.scalars(query) if p.source_key})
        return found

    def get(self, plan_id: int) -> Plan | None:
        return self.session.execute(
            select(Plan).where(self._mine(Plan), Plan.id == plan_id)
        ).scalar_one_or_none()

    def update(self, plan_id: int, changes: dict[str, Any], now: dt.datetime) -> None:
        self.session.execute(
            update(Plan)
            .where(self._mine(Plan), Plan.id == plan_id)
            .values(updated_at=now, **changes)
        )

    def listing(self, status: str | None = None, contact_id: int | None = None) -> Sequence[Plan]:
        """Plans by day then id; ``status`` and ``contact_id`` keep some."""
        query = select(Plan).where(self._mine(Plan))
        if status is not None:
            query = query.where(Plan.status == status)
        if contact_id is not None:
            query = query.where(
                Plan.id.in_(
                    select(PlanPerson.plan_id).where(
                        self._mine(PlanPerson), PlanPerson.contact_id == contact_id
                    )
                )
            )
        return self.session.execute(query.order_by(Plan.planned_on, Plan.id)).scalars().all()

    def meetings_after(self, contact_ids: Sequence[int]) -> dict[int, list[dt.date]]:
        """The days of every plan not cancelled, per person in it (for event ROI)."""
        found: dict[int, list[dt.date]] = {}
        rows = self.session.execute(
            select(PlanPerson.contact_id, Plan.planned_on)
            .join(Plan, (Plan.id == PlanPerson.plan_id) & self._mine(Plan))
            .where(self._mine(PlanPerson), Plan.status != "cancelled")
        )
        wanted = set(contact_ids)
        for contact_id, on in rows:
            if contact_id in wanted:
                found.setdefault(contact_id, []).append(on)
        return found

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).where(self._mine(Plan))) or 0)

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)
