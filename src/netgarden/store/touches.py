"""Queries on touches: writing one with its participants, and a contact's timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from netgarden.domain.views import TouchView
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact, Touch, TouchParticipant


class TouchRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def insert(
        self,
        *,
        occurred_on: dt.date,
        kind: str,
        direction: str,
        note: str | None,
        replied: bool | None,
        contact_ids: Sequence[int],
        now: dt.datetime,
    ) -> int:
        require_contacts(self.session, self.workspace_id, contact_ids)
        touch_id = int(
            self.session.execute(
                insert(Touch)
                .values(
                    workspace_id=self.workspace_id,
                    occurred_on=occurred_on,
                    kind=kind,
                    direction=direction,
                    note=note,
                    replied=replied,
                    created_at=now,
                )
                .returning(Touch.id)
            ).scalar_one()
        )
        self.session.execute(
            insert(TouchParticipant),
            [
                {
                    "touch_id": touch_id,
                    "contact_id": contact_id,
                    "workspace_id": self.workspace_id,
                    "occurred_on": occurred_on,
                }
                for contact_id in contact_ids
            ],
        )
        return touch_id

    def all_timelines(self) -> dict[int, list[TouchView]]:
        """Every contact's touches, newest first, with the others who were there."""
        names = {
            contact_id: name
            for contact_id, name in self.session.execute(
                select(Contact.id, Contact.name).where(self._mine(Contact))
            )
        }
        people: dict[int, list[int]] = {}
        for touch_id, contact_id in self.session.execute(
            select(TouchParticipant.touch_id, TouchParticipant.contact_id)
            .where(self._mine(TouchParticipant))
            .order_by(TouchParticipant.touch_id, TouchParticipant.contact_id)
        ):
            people.setdefault(touch_id, []).append(contact_id)
        timelines: dict[int, list[TouchView]] = {}
        rows = self.session.connection().execute(
            select(Touch.id, Touch.occurred_on, Touch.kind, Touch.direction, Touch.note,
                   Touch.replied)
            .where(self._mine(Touch))
            .order_by(Touch.occurred_on.desc(), Touch.id.desc())
        )  # fmt: skip
        for touch_id, on, kind, direction, note, replied in rows:
            members = people.get(touch_id, [])
            for contact_id in members:
                others = tuple(names[o] for o in members if o != contact_id)
                timelines.setdefault(contact_id, []).append(
                    TouchView(touch_id, on, kind, direction, note, replied, others)
                )
        return timelines

    def per_day(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, int]]:
        rows = self.session.execute(
            select(Touch.occurred_on, func.count())
            .where(
                self._mine(Touch),
                Touch.occurred_on >= start,
                Touch.occurred_on <= end,
            )
            .group_by(Touch.occurred_on)
        )
        return [(day, int(n)) for day, n in rows]

    def delete_orphans(self) -> None:
        """Touches left with nobody (after a contact is deleted) go too."""
        from sqlalchemy import delete

        self.session.execute(
            delete(Touch).where(
                self._mine(Touch),
                ~select(TouchParticipant.touch_id)
                .where(TouchParticipant.touch_id == Touch.id)
                .exists(),
            )
        )

    def delete(self, touch_id: int) -> list[int]:
        """Delete one touch with its participants; returns who it was with (none: no such
        touch here)."""
        from sqlalchemy import delete

        people = list(
            self.session.scalars(
                select(TouchParticipant.contact_id)
                .where(self._mine(TouchParticipant), TouchParticipant.touch_id == touch_id)
                .order_by(TouchParticipant.contact_id)
            )
        )
        self.session.execute(
            delete(TouchParticipant).where(
                self._mine(TouchParticipant), TouchParticipant.touch_id == touch_id
            )
        )
        self.session.execute(delete(Touch).where(self._mine(Touch), Touch.id == touch_id))
        return people

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).where(self._mine(Touch))) or 0)

    def source_keys(self) -> set[str]:
        """Where imported touches came from: re-importing them adds nothing."""
        return set(
            self.session.scalars(
                select(Touch.source_key).where(self._mine(Touch), Touch.source_key.is_not(None))
            )
        )

    def timeline(self, contact_id: int, limit: int | None = None) -> list[TouchView]:
        """A contact's touches, newest first, each with the other people who were there."""
        query = (
            select(Touch)
            .join(TouchParticipant, TouchParticipant.touch_id == Touch.id)
            .where(self._mine(TouchParticipant), TouchParticipant.contact_id == contact_id)
            .order_by(Touch.occurred_on.desc(), Touch.id.desc())
        )
        if limit is not None:
            query = query.limit(limit)
        touches = list(self.session.scalars(query))
        others: dict[int, list[str]] = {t.id: [] for t in touches}
        if touches:
            rows = self.session.execute(
                select(TouchParticipant.touch_id, Contact.name)
                .join(Contact, Contact.id == TouchParticipant.contact_id)
                .where(
                    self._mine(TouchParticipant),
                    TouchParticipant.touch_id.in_(list(others)),
                    TouchParticipant.contact_id != contact_id,
                )
                .order_by(Contact.name_key)
            )
            for touch_id, name in rows:
                others[touch_id].append(name)
        return [
            TouchView(
                id=t.id,
                occurred_on=t.occurred_on,
                kind=t.kind,
                direction=t.direction,
                note=t.note,
                replied=t.replied,
                with_others=tuple(others[t.id]),
            )
            for t in touches
        ]

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)
