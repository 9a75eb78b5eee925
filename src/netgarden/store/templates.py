"""Queries on the user's outreach templates, and on the outreach touches drafted from them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from netgarden.store.scope import mine
from netgarden.store.tables import OutreachTemplate, Touch, TouchParticipant

# the columns a template is read with, in the order of ``TemplateRow``
_READ = (
    OutreachTemplate.key, OutreachTemplate.name, OutreachTemplate.purpose,
    OutreachTemplate.body, OutreachTemplate.asks, OutreachTemplate.based_on,
)  # fmt: skip


class TemplateRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def all(self) -> list[Any]:
        """Every template of the user's own, by key: (key, name, purpose, body, asks,
        based_on)."""
        return list(
            self.session.execute(
                select(*_READ).where(self._mine(OutreachTemplate)).order_by(OutreachTemplate.key)
            )
        )

    def get(self, key: str) -> Any | None:
        return self.session.execute(
            select(*_READ).where(self._mine(OutreachTemplate), OutreachTemplate.key == key)
        ).first()

    def insert(self, values: dict[str, Any], now: dt.datetime) -> None:
        self.session.execute(
            insert(OutreachTemplate).values(
                workspace_id=self.workspace_id, created_at=now, updated_at=now, **values
            )
        )

    def update(self, key: str, changes: dict[str, Any], now: dt.datetime) -> None:
        self.session.execute(
            update(OutreachTemplate)
            .where(self._mine(OutreachTemplate), OutreachTemplate.key == key)
            .values(updated_at=now, **changes)
        )

    def delete(self, key: str) -> int:
        """Remove a template; how many rows went (0 or 1)."""
        done = self.session.execute(
            delete(OutreachTemplate).where(
                self._mine(OutreachTemplate), OutreachTemplate.key == key
            )
        )
        return int(getattr(done, "rowcount", 0) or 0)

    def mark_outreach(self, touch_id: int, template_key: str, asks: str) -> None:
        """Remember which template a logged touch was drafted from, and what it asked."""
        self.session.execute(
            update(Touch)
            .where(self._mine(Touch), Touch.id == touch_id)
            .values(template_key=template_key, asks=asks)
        )

    def touch(self, touch_id: int) -> Any | None:
        """A touch as the outreach report reads it: (id, occurred_on, kind, direction,
        replied, template_key)."""
        return self.session.execute(
            select(Touch.id, Touch.occurred_on, Touch.kind, Touch.direction, Touch.replied,
                   Touch.template_key)
            .where(self._mine(Touch), Touch.id == touch_id)
        ).first()  # fmt: skip

    def set_replied(self, touch_id: int, replied: bool | None) -> None:
        self.session.execute(
            update(Touch).where(self._mine(Touch), Touch.id == touch_id).values(replied=replied)
        )

    def sent(self, since: dt.date | None, until: dt.date | None) -> list[Any]:
        """Outgoing touches drafted from a template, with each person they went to:
        (touch_id, contact_id, occurred_on, template_key, asks, replied)."""
        query = (
            select(Touch.id, TouchParticipant.contact_id, Touch.occurred_on, Touch.template_key,
                   Touch.asks, Touch.replied)
            .join(TouchParticipant, TouchParticipant.touch_id == Touch.id)
            .where(self._mine(Touch), self._mine(TouchParticipant),
                   Touch.template_key.is_not(None))
            .order_by(Touch.occurred_on, Touch.id, TouchParticipant.contact_id)
        )  # fmt: skip
        if since is not None:
            query = query.where(Touch.occurred_on >= since)
        if until is not None:
            query = query.where(Touch.occurred_on <= until)
        return list(self.session.execute(query))

    def touches_with(self, contact_ids: Sequence[int], since: dt.date) -> list[Any]:
        """Every touch with these people from ``since`` on: (contact_id, touch_id,
        occurred_on, kind, direction)."""
        rows: list[Any] = []
        wanted = sorted(set(contact_ids))
        for start in range(0, len(wanted), 500):
            rows += self.session.execute(
                select(TouchParticipant.contact_id, Touch.id, Touch.occurred_on, Touch.kind,
                       Touch.direction)
                .join(Touch, Touch.id == TouchParticipant.touch_id)
                .where(self._mine(TouchParticipant), self._mine(Touch),
                       TouchParticipant.contact_id.in_(wanted[start : start + 500]),
                       TouchParticipant.occurred_on >= since)
            )  # fmt: skip
        return rows

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)
