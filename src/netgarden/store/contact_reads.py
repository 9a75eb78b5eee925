"""The contact repository's reads that read-only commands run without SQLAlchemy (part of
ContactRepo; the read-only unit's ``contacts``). Their statements are built in
contact_lists.py and contact_scope.py; see store/reads.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from netgarden.domain.normalize import fold
from netgarden.domain.views import ListFilter
from netgarden.errors import NotFound
from netgarden.store.reads import reader_of
from netgarden.store.rows import ContactBrief, ListingRow

CHUNK = 500


def name_key(name: str) -> str:
    return fold(name)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filter_shape(flt: ListFilter) -> tuple[tuple[bool, ...], dict[str, Any]]:
    """A list filter as a listing's shape and parameters (contact_lists.filtered)."""
    params: dict[str, Any] = {}
    if flt.circle:
        params["circle"] = flt.circle
    if flt.company:
        params["company"] = "%" + escape_like(flt.company.casefold()) + "%"
    if flt.tag:
        params["tag"] = flt.tag
    if flt.limit:
        params["limit"] = flt.limit
    shape = (
        bool(flt.archived), bool(flt.circle), bool(flt.company), bool(flt.tag), bool(flt.limit)
    )  # fmt: skip
    return shape, params


class ContactReads:
    """Reads of a workspace's contacts through a session or a bare SQLite reader."""

    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def listing(self, flt: ListFilter) -> list[ListingRow]:
        shape, params = filter_shape(flt)
        rows = reader_of(self.session).rows(
            "contact_lists:listing", shape, {"ws": self.workspace_id, **params}
        )
        return [ListingRow._make(row) for row in rows]

    def _rows(self, name: str, **params: Any) -> list[Any]:
        return reader_of(self.session).rows(name, (), {"ws": self.workspace_id, **params})

    def known(self, contact_id: int) -> bool:
        """Whether the id is one of the workspace's contacts."""
        return bool(self._rows("contacts:known", id=contact_id))

    def require_known(self, contact_id: int) -> None:
        if not self.known(contact_id):
            raise NotFound("contact", contact_id)

    def email_owner(self, email: str) -> int | None:
        rows = self._rows("contacts:email_owner", key=email.casefold())
        return int(rows[0][0]) if rows else None

    def by_name(self, name: str) -> list[ContactBrief]:
        return [ContactBrief._make(r) for r in self._rows("contacts:by_name", key=name_key(name))]

    def by_name_prefix(self, prefix: str, limit: int) -> list[ContactBrief]:
        key = name_key(prefix)
        rows = self._rows("contacts:by_name_prefix", key=key, upper=key + "\U0010ffff", limit=limit)
        return [ContactBrief._make(row) for row in rows]

    def by_word_prefix(self, prefix: str, limit: int) -> list[ContactBrief]:
        pattern = "% " + escape_like(name_key(prefix)) + "%"
        rows = self._rows("contacts:by_word_prefix", pattern=pattern, limit=limit)
        return [ContactBrief._make(row) for row in rows]

    def all_names(self) -> list[ContactBrief]:
        return [ContactBrief._make(row) for row in self._rows("contacts:all_names")]

    def briefs(self, ids: Sequence[int]) -> dict[int, ContactBrief]:
        found: dict[int, ContactBrief] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = [int(i) for i in ids[start : start + CHUNK]]
            for row in self._rows("contacts:briefs", ids=chunk):
                found[row[0]] = ContactBrief._make(row)
        return found

    def last_touches_of(self, ids: Sequence[int]) -> dict[int, dt.date]:
        """Each one's last touch (contact_lists.last_touches)."""
        found: dict[int, dt.date] = {}
        wanted = sorted(int(i) for i in ids)
        for start in range(0, len(wanted), CHUNK):
            rows = self._rows("contact_lists:last_touches", ids=wanted[start : start + CHUNK])
            found.update({contact_id: day for contact_id, day in rows if day is not None})
        return found

    def circle_counts(self) -> dict[str, int]:
        return {circle: int(n) for circle, n in self._rows("contact_lists:circle_counts")}
