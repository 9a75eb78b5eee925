"""My profile: one row per workspace."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from netgarden.store.plan_tables import Profile
from netgarden.store.scope import mine

FIELDS = (
    "name", "title", "company", "what", "hook", "pitch_30", "pitch_60", "pitch_120",
    "time_zone", "questions",
)  # fmt: skip


class ProfileRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def get(self) -> dict[str, Any]:
        """Every field, None where nothing is stored."""
        row = self.session.execute(
            select(*(getattr(Profile, f) for f in FIELDS)).where(mine(Profile, self.workspace_id))
        ).first()
        return dict(zip(FIELDS, row, strict=True)) if row else dict.fromkeys(FIELDS)

    def save(self, changes: dict[str, Any], now: dt.datetime) -> None:
        exists = self.session.scalar(select(Profile.id).where(mine(Profile, self.workspace_id)))
        if exists is None:
            self.session.execute(
                insert(Profile).values(workspace_id=self.workspace_id, updated_at=now, **changes)
            )
        else:
            self.session.execute(
                update(Profile)
                .where(mine(Profile, self.workspace_id))
                .values(updated_at=now, **changes)
            )
