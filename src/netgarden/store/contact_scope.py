"""What every part of the contact repository starts from: its session and workspace, the
condition that keeps a query to that workspace, and the helpers its queries share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Date, func, type_coerce
from sqlalchemy.orm import Session

from netgarden.store.contact_reads import CHUNK, ContactReads
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact


class ContactScope(ContactReads):
    """A repository's session, kept to one workspace's rows."""

    session: Session

    def _mine(self, model: Any = Contact) -> Any:
        return mine(model, self.workspace_id)

    def _require(self, *contact_ids: int) -> None:
        require_contacts(self.session, self.workspace_id, contact_ids)


def known_since() -> Any:
    """Since when I know a contact, as one SQL date: the day we met, else the LinkedIn
    connection day, else the day the contact was created (never missing: ``created_at`` is
    NOT NULL). The same rule as ``domain.views.known_since`` for a loaded contact."""
    created_on = func.date(Contact.created_at)
    return type_coerce(func.coalesce(Contact.met_on, Contact.connected_on, created_on), Date)


def chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]
