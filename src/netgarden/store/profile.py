"""My profile: one row per workspace."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from netgarden.store.plan_tables import Profile
from netgarden.store.profile_reads import FIELDS, ProfileReads
from netgarden.store.reads import statement
from netgarden.store.scope import mine

__all__ = ["FIELDS", "ProfileRepo"]


@statement(())
def profile_row() -> Any:
    """My profile's fields (parameter ``ws``): one row, or none."""
    return select(*(getattr(Profile, f) for f in FIELDS)).where(
        Profile.workspace_id == bindparam("ws")
    )


class ProfileRepo(ProfileReads):
    session: Session

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
