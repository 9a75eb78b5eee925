"""What goals count, read with few indexed queries over one period (issue 15).

Each method reads the rows of one kind inside ``start``..``end`` (an index on the day
serves every one of them); :mod:`netgarden.services.goal_metrics` counts them with the rules
of :mod:`netgarden.domain.goals`. Nothing here reads a whole history: where a rule needs what
came before the period (a first-ever touch, the previous touch, an earlier receive) it asks
per contact, through the (contact, day) indexes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Date, and_, bindparam, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from netgarden.store.goal_fact_reads import GiveFact, GoalFactReads, TouchFact
from netgarden.store.plan_tables import Plan
from netgarden.store.reads import statement
from netgarden.store.scope import mine
from netgarden.store.tables import (
    Contact,
    ContactTag,
    Event,
    LedgerEntry,
    Touch,
    TouchParticipant,
)
from netgarden.store.tables_goals import Community, ContentItem, Goal

__all__ = ["GiveFact", "GoalFacts", "TouchFact"]

_CHUNK = 500
_MANY = 2000


def _period(column: Any) -> Any:
    return column.between(bindparam("start", type_=Date()), bindparam("end", type_=Date()))


@statement((False,), (True,))
def participant_counts(by_day: bool) -> Any:
    """(Touch, person) pairs in a period (parameters ``ws``, ``start``, ``end``) per person,
    or per day, from the participants' own days (ix_touch_participants_day)."""
    tp = TouchParticipant
    key = tp.occurred_on if by_day else tp.contact_id
    where = (tp.workspace_id == bindparam("ws"), _period(tp.occurred_on))
    return select(key, func.count()).where(*where).group_by(key)


@statement(())
def attended_rows() -> Any:
    """Events attended in a period (parameters ``ws``, ``start``, ``end``)."""
    e = Event
    return select(e.id, e.format, e.role, e.series).where(
        e.workspace_id == bindparam("ws"), e.status == "attended", _period(e.occurred_on)
    )


@statement((False,), (True,))
def give_rows(one_kind: bool) -> Any:
    """My gives in a period (parameters ``ws``, ``start``, ``end``; ``kind`` for one kind),
    by day."""
    e = LedgerEntry
    query = select(e.id, e.contact_id, e.kind, e.note, e.occurred_on).where(
        e.workspace_id == bindparam("ws"), e.entry_type == "give", _period(e.occurred_on)
    )
    if one_kind:
        query = query.where(e.kind == bindparam("kind"))
    return query.order_by(e.occurred_on)


@statement(())
def first_receive_rows() -> Any:
    """Each of some contacts' first receive (parameters ``ws`` and ``ids``)."""
    e = LedgerEntry
    return (
        select(e.contact_id, func.min(e.occurred_on))
        .where(e.workspace_id == bindparam("ws"), e.entry_type == "receive",
               e.contact_id.in_(bindparam("ids", expanding=True)))
        .group_by(e.contact_id)
    )  # fmt: skip


@statement(())
def content_rows() -> Any:
    """Content published in a period (parameters ``ws``, ``start``, ``end``)."""
    c = ContentItem
    return select(c.kind, c.mix).where(c.workspace_id == bindparam("ws"), _period(c.published_on))


@statement(())
def goal_total() -> Any:
    """How many goals a workspace has (parameter ``ws``)."""
    return select(func.count()).select_from(Goal).where(Goal.workspace_id == bindparam("ws"))


class GoalFacts(GoalFactReads):
    session: Session

    def _rows(self, query: Any) -> list[Any]:
        return list(self.session.connection().execute(query))

    def people_added(self, start: dt.date, end: dt.date) -> list[tuple[int, dt.date]]:
        """(contact, day met or added) for people whose met-on day, else connected-on day,
        else day added falls in the period."""
        after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        query = select(Contact.id, Contact.met_on, Contact.connected_on, Contact.created_at).where(
            mine(Contact, self.workspace_id),
            Contact.archived_at.is_(None),
            or_(
                Contact.met_on.between(start, end),
                and_(Contact.met_on.is_(None), Contact.connected_on.between(start, end)),
                and_(Contact.met_on.is_(None), Contact.connected_on.is_(None),
                     Contact.created_at >= dt.datetime.combine(start, dt.time()),
                     Contact.created_at < after),
            ),
        )  # fmt: skip
        found = []
        for contact_id, met, connected, created in self._rows(query):
            day = met or connected or (created.date() if created else None)
            if day is not None and start <= day <= end:
                found.append((contact_id, day))
        return found

    def touches(self, start: dt.date, end: dt.date, first_only: bool = False) -> list[TouchFact]:
        """Every (touch, person) in the period; ``first_only``: only people with no touch
        before the period (their first-ever touches)."""
        query = (
            select(Touch.id, TouchParticipant.contact_id, Touch.occurred_on, Touch.kind,
                   Touch.direction)
            .join(TouchParticipant, and_(TouchParticipant.touch_id == Touch.id,
                                         TouchParticipant.workspace_id == Touch.workspace_id))
            .where(mine(Touch, self.workspace_id), Touch.occurred_on.between(start, end))
        )  # fmt: skip
        if first_only:
            earlier = aliased(TouchParticipant)
            query = query.where(
                ~exists().where(
                    earlier.contact_id == TouchParticipant.contact_id,
                    earlier.occurred_on < start,
                )
            )
        return [TouchFact(*row) for row in self._rows(query.order_by(Touch.occurred_on, Touch.id))]

    def _in_period(self, start: dt.date, end: dt.date, kind: str | None) -> Any:
        joined = and_(TouchParticipant.touch_id == Touch.id,
                      TouchParticipant.workspace_id == Touch.workspace_id)  # fmt: skip
        where = [mine(Touch, self.workspace_id), Touch.occurred_on.between(start, end)]
        if kind is not None:
            where.append(Touch.kind == kind)
        return joined, where

    def touch_counts(self, start: dt.date, end: dt.date, kind: str | None = None) -> dict[int, int]:
        """Touches per person in the period (of one kind): counted in the database."""
        joined, where = self._in_period(start, end, kind)
        query = (
            select(TouchParticipant.contact_id, func.count())
            .select_from(Touch)
            .join(TouchParticipant, joined)
            .where(*where)
            .group_by(TouchParticipant.contact_id)
        )
        return {c: n for c, n in self._rows(query)}

    def touch_total(self, start: dt.date, end: dt.date, kind: str) -> int:
        """Touches of one kind in the period, each once however many people it had."""
        query = select(func.count()).where(
            mine(Touch, self.workspace_id),
            Touch.kind == kind,
            Touch.occurred_on.between(start, end),
        )
        return int(self.session.execute(query).scalar_one())

    def touch_pairs(self, start: dt.date, end: dt.date, kind: str) -> list[tuple[int, int]]:
        """(touch, person) of one kind in the period."""
        joined, where = self._in_period(start, end, kind)
        query = select(Touch.id, TouchParticipant.contact_id).join(TouchParticipant, joined)
        return [(t, c) for t, c in self._rows(query.where(*where))]

    def first_and_previous(
        self, start: dt.date, end: dt.date
    ) -> dict[int, tuple[dt.date, dt.date | None]]:
        """Each person touched in the period: their first touch in it, and their last touch
        before it (``None`` when they had none), in one query."""
        earlier = aliased(TouchParticipant)
        previous = (
            select(func.max(earlier.occurred_on))
            .where(earlier.contact_id == TouchParticipant.contact_id, earlier.occurred_on < start)
            .scalar_subquery()
        )
        joined, where = self._in_period(start, end, None)
        query = (
            select(TouchParticipant.contact_id, func.min(Touch.occurred_on), previous)
            .select_from(Touch)
            .join(TouchParticipant, joined)
            .where(*where)
            .group_by(TouchParticipant.contact_id)
        )
        return {c: (first, before) for c, first, before in self._rows(query)}

    def strength_events(self, contact_ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """(contact, day, kind, source, direction, replied) of every touch and ledger entry of
        these people, fetched whole (the rows of a busy quarter's people run to a million)."""
        tp = TouchParticipant
        found: list[tuple[Any, ...]] = []
        for chunk in _chunks(contact_ids):
            touches = (
                select(tp.contact_id, Touch.occurred_on, Touch.kind, literal("touch"),
                       Touch.direction, Touch.replied)
                .join(Touch, and_(Touch.id == tp.touch_id,
                                  Touch.workspace_id == tp.workspace_id))
                .where(mine(tp, self.workspace_id), tp.contact_id.in_(chunk))
            )  # fmt: skip
            ledger = select(
                LedgerEntry.contact_id, LedgerEntry.occurred_on, LedgerEntry.kind,
                LedgerEntry.entry_type, literal("mutual"), literal(None, Boolean),
            ).where(mine(LedgerEntry, self.workspace_id),
                    LedgerEntry.contact_id.in_(chunk))  # fmt: skip
            connection = self.session.connection()
            found += connection.execute(touches).all()
            found += connection.execute(ledger).all()
        return found

    def coffee_plans(self, start: dt.date, end: dt.date) -> int:
        """Coffee plans still planned for a day in the period."""
        query = select(func.count()).where(
            mine(Plan, self.workspace_id), Plan.kind == "coffee", Plan.status == "planned",
            Plan.planned_on.between(start, end),
        )  # fmt: skip
        return int(self.session.execute(query).scalar_one())

    def communities_joined(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        query = select(Community.role).where(
            mine(Community, self.workspace_id), Community.joined_on.between(start, end)
        )
        return [{"role": r} for (r,) in self._rows(query)]

    def people(self, contact_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """What a filter reads of each contact: text fields, circle, cadence and tags."""
        columns = (Contact.id, Contact.company, Contact.title, Contact.function,
                   Contact.industry, Contact.seniority, Contact.location, Contact.circle,
                   Contact.cadence_days)  # fmt: skip
        found: dict[int, dict[str, Any]] = {}
        # many people: one read of everyone (an IN list of thousands costs more)
        chunks: list[list[int] | None] = [None]
        if len(contact_ids) <= _MANY:
            chunks = list(_chunks(contact_ids))
        for chunk in chunks:
            query = select(*columns).where(mine(Contact, self.workspace_id))
            tags = select(ContactTag.contact_id, ContactTag.tag).where(
                mine(ContactTag, self.workspace_id)
            )
            if chunk is not None:
                query = query.where(Contact.id.in_(chunk))
                tags = tags.where(ContactTag.contact_id.in_(chunk))
            for row in self._rows(query):
                found[row[0]] = dict(zip(
                    ("id", "company", "title", "function", "industry", "seniority", "location",
                     "circle", "cadence_days"), row, strict=True))  # fmt: skip
                found[row[0]]["tag"] = set()
            for contact_id, tag in self._rows(tags):
                if contact_id in found:
                    found[contact_id]["tag"].add(tag.casefold())
        return found

    def in_circle(self, circle: str) -> list[int]:
        query = select(Contact.id).where(mine(Contact, self.workspace_id), Contact.circle == circle)
        return [i for (i,) in self._rows(query)]


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    wanted = sorted(set(ids))
    return [wanted[i : i + _CHUNK] for i in range(0, len(wanted), _CHUNK)]
