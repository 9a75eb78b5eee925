"""Tenancy in one place: every repository starts its statements from its unit's workspace.

``mine(Model, workspace_id)`` is the condition each query starts from; ``require_contacts``
refuses a write that would hang something on another workspace's contact (a service bug:
the database refuses it too, by its composite foreign keys).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from netgarden.errors import StoreError
from netgarden.store.tables import Contact

_CHUNK = 500


def mine(model: Any, workspace_id: int) -> Any:
    """The condition that keeps a query to one workspace's rows of ``model``."""
    return model.workspace_id == workspace_id


def require_contacts(session: Session, workspace_id: int, ids: Iterable[int]) -> None:
    """Raise unless every id is a contact of this workspace."""
    wanted = sorted(set(ids))
    found: set[int] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(
            session.scalars(
                select(Contact.id).where(mine(Contact, workspace_id), Contact.id.in_(chunk))
            )
        )
    missing = [i for i in wanted if i not in found]
    if missing:
        raise StoreError(f"contact {missing[0]} is not in workspace {workspace_id}")
