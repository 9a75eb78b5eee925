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
from typing import Any, NamedTuple

from sqlalchemy import Boolean, and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from netgarden.store.plan_tables import Plan
from netgarden.store.scope import mine
from netgarden.store.tables import (
    Contact,
    ContactTag,
    Event,
    LedgerEntry,
    Touch,
    TouchParticipant,
)
from netgarden.store.tables_goals import Community, ContentItem

_CHUNK = 500
_MANY = 2000


class TouchFact(NamedTuple):
    touch_id: int
    contact_id: int
    on: dt.date
    kind: str
    direction: str


class GiveFact(NamedTuple):
    id: int
    contact_id: int
    kind: str
    note: str | None
    on: dt.date


class GoalFacts:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

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

    def touch_tallies(
        self, start: dt.date, end: dt.date
    ) -> tuple[dict[int, int], dict[dt.date, int]]:
        """(Touch, person) pairs in the period per person and per day: counted from the
        participants' own days (ix_touch_participants_day), no touch read."""
        tp = TouchParticipant
        where = (mine(tp, self.workspace_id), tp.occurred_on.between(start, end))
        people = select(tp.contact_id, func.count()).where(*where).group_by(tp.contact_id)
        days = select(tp.occurred_on, func.count()).where(*where).group_by(tp.occurred_on)
        return dict(self._rows(people)), dict(self._rows(days))

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

    def events_attended(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        query = select(Event.id, Event.format, Event.role, Event.series).where(
            mine(Event, self.workspace_id),
            Event.status == "attended",
            Event.occurred_on.between(start, end),
        )
        return [
            {"id": i, "format": f, "role": r, "series": s or ""} for i, f, r, s in self._rows(query)
        ]

    def gives(self, start: dt.date, end: dt.date, kind: str | None = None) -> list[GiveFact]:
        query = select(LedgerEntry.id, LedgerEntry.contact_id, LedgerEntry.kind,
                       LedgerEntry.note, LedgerEntry.occurred_on).where(
            mine(LedgerEntry, self.workspace_id), LedgerEntry.entry_type == "give",
            LedgerEntry.occurred_on.between(start, end),
        )  # fmt: skip
        if kind is not None:
            query = query.where(LedgerEntry.kind == kind)
        return [GiveFact(*row) for row in self._rows(query.order_by(LedgerEntry.occurred_on))]

    def first_receive(self, contact_ids: Sequence[int]) -> dict[int, dt.date]:
        """Each contact's first receive (something they gave me), for those with one."""
        found: dict[int, dt.date] = {}
        for chunk in _chunks(contact_ids):
            query = (
                select(LedgerEntry.contact_id, func.min(LedgerEntry.occurred_on))
                .where(mine(LedgerEntry, self.workspace_id), LedgerEntry.entry_type == "receive",
                       LedgerEntry.contact_id.in_(chunk))
                .group_by(LedgerEntry.contact_id)
            )  # fmt: skip
            found.update({c: day for c, day in self._rows(query)})
        return found

    def coffee_plans(self, start: dt.date, end: dt.date) -> int:
        """Coffee plans still planned for a day in the period."""
        query = select(func.count()).where(
            mine(Plan, self.workspace_id), Plan.kind == "coffee", Plan.status == "planned",
            Plan.planned_on.between(start, end),
        )  # fmt: skip
        return int(self.session.execute(query).scalar_one())

    def content(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        query = select(ContentItem.kind, ContentItem.mix).where(
            mine(ContentItem, self.workspace_id), ContentItem.published_on.between(start, end)
        )
        return [{"kind": k, "mix": m} for k, m in self._rows(query)]

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
