"""Queries on events and the people at them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from netgarden.errors import NotFound
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact, Event, EventPerson

# what a listing shows of an event
_LISTED = (
    Event.id, Event.name, Event.occurred_on, Event.starts_at, Event.series, Event.format,
    Event.virtual, Event.access, Event.size, Event.role, Event.goal, Event.status,
)  # fmt: skip


class EventRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def insert(self, values: dict[str, Any], now: dt.datetime) -> int:
        return int(
            self.session.execute(
                insert(Event)
                .values(workspace_id=self.workspace_id, created_at=now, updated_at=now, **values)
                .returning(Event.id)
            ).scalar_one()
        )

    def get(self, event_id: int) -> Event | None:
        return self.session.execute(
            select(Event).where(self._mine(Event), Event.id == event_id)
        ).scalar_one_or_none()

    def require(self, event_id: int) -> Event:
        """The event with this id in this workspace, or NotFound."""
        found = self.get(event_id)
        if found is None:
            raise NotFound("event", event_id)
        return found

    def update(self, event_id: int, changes: dict[str, Any], now: dt.datetime) -> None:
        self.session.execute(
            update(Event)
            .where(self._mine(Event), Event.id == event_id)
            .values(updated_at=now, **changes)
        )

    def listing(self, status: str | None = None) -> Sequence[Any]:
        """Every event, the latest first, with how many people were met there and how
        many were targets."""
        met = self._count_of("met")
        targets = self._count_of("target")
        query = select(*_LISTED, met.label("met"), targets.label("targets")).where(
            self._mine(Event)
        )
        if status is not None:
            query = query.where(Event.status == status)
        return self.session.execute(query.order_by(Event.occurred_on.desc(), Event.id.desc())).all()

    def _count_of(self, role: str) -> Any:
        return (
            select(func.count())
            .where(
                self._mine(EventPerson),
                EventPerson.event_id == Event.id,
                EventPerson.role == role,
            )
            .scalar_subquery()
        )

    def people(self, event_id: int) -> Sequence[Any]:
        """The contacts at an event, by role then name."""
        return self.session.execute(
            select(
                EventPerson.contact_id,
                Contact.name,
                Contact.company,
                Contact.title,
                EventPerson.role,
                EventPerson.note,
                EventPerson.touch_id,
                EventPerson.source,
            )
            .join(Contact, (Contact.id == EventPerson.contact_id) & self._mine(Contact))
            .where(self._mine(EventPerson), EventPerson.event_id == event_id)
            .order_by(EventPerson.role, Contact.name_key, EventPerson.contact_id)
        ).all()

    def has_person(self, event_id: int, contact_id: int, role: str) -> bool:
        return (
            self.session.scalar(
                select(EventPerson.contact_id).where(
                    self._mine(EventPerson),
                    EventPerson.event_id == event_id,
                    EventPerson.contact_id == contact_id,
                    EventPerson.role == role,
                )
            )
            is not None
        )

    def count_people(self, event_id: int, role: str) -> int:
        return int(
            self.session.scalar(
                select(func.count()).where(
                    self._mine(EventPerson),
                    EventPerson.event_id == event_id,
                    EventPerson.role == role,
                )
            )
            or 0
        )

    def add_person(
        self, event_id: int, contact_id: int, role: str, note: str | None,
        touch_id: int | None, now: dt.datetime, source: str | None = None,
    ) -> None:  # fmt: skip
        require_contacts(self.session, self.workspace_id, [contact_id])
        self.session.execute(
            insert(EventPerson).values(
                event_id=event_id,
                contact_id=contact_id,
                role=role,
                workspace_id=self.workspace_id,
                note=note,
                touch_id=touch_id,
                created_at=now,
                source=source,
            )
        )

    def set_person(
        self, event_id: int, contact_id: int, role: str, changes: dict[str, Any]
    ) -> None:
        self.session.execute(
            update(EventPerson)
            .where(
                self._mine(EventPerson),
                EventPerson.event_id == event_id,
                EventPerson.contact_id == contact_id,
                EventPerson.role == role,
            )
            .values(**changes)
        )

    def targets(self, event_id: int) -> Sequence[Any]:
        """An event's targets with what the prep sheet needs of each."""
        return self.session.execute(
            select(
                Contact.id,
                Contact.name,
                Contact.title,
                Contact.company,
                Contact.how_met,
                Contact.interests,
                EventPerson.source,
                EventPerson.note,
            )
            .join(Contact, (Contact.id == EventPerson.contact_id) & self._mine(Contact))
            .where(
                self._mine(EventPerson),
                EventPerson.event_id == event_id,
                EventPerson.role == "target",
            )
            .order_by(Contact.name_key, Contact.id)
        ).all()

    def move_person(self, other: int, keep: int) -> None:
        """Give ``keep`` every place ``other`` has at events (a merge); where both had the
        same place, ``keep``'s stays."""
        require_contacts(self.session, self.workspace_id, [other, keep])
        ep = EventPerson
        held = select(ep.event_id, ep.role).where(self._mine(ep), ep.contact_id == keep)
        self.session.execute(
            delete(ep).where(
                self._mine(ep), ep.contact_id == other, tuple_(ep.event_id, ep.role).in_(held)
            )
        )
        self.session.execute(
            update(ep).where(self._mine(ep), ep.contact_id == other).values(contact_id=keep)
        )

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)
