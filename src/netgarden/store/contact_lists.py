"""Listing contacts: the list, its pages and sorts, counts by circle, everyone for an
export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, func, select

from netgarden.domain.views import ListFilter
from netgarden.store.contact_reads import filter_shape
from netgarden.store.contact_scope import ContactScope, known_since
from netgarden.store.reads import statement
from netgarden.store.rows import ListingRow
from netgarden.store.tables import Contact, ContactEmail, ContactPhone, ContactTag, TouchParticipant

FLAGS = (False, True)
# a listing's shapes: archived or not, and which of circle, company, tag and limit it has
LISTING_SHAPES = [
    (a, c, co, t, n) for a in FLAGS for c in FLAGS for co in FLAGS for t in FLAGS for n in FLAGS
]


def filtered(archived: bool, circle: bool, company: bool, tag: bool) -> Any:
    """The workspace's contacts passing a list filter (parameters ``ws`` and those given:
    ``circle``, ``company`` (a LIKE pattern, see ``filter_params``), ``tag``)."""
    query = select(
        Contact.id,
        Contact.name,
        Contact.company,
        Contact.title,
        Contact.circle,
        Contact.cadence_days,
        known_since().label("known_since"),
        Contact.archived_at,
    ).where(Contact.workspace_id == bindparam("ws"))
    query = query.where(
        Contact.archived_at.is_not(None) if archived else Contact.archived_at.is_(None)
    )
    if circle:
        query = query.where(Contact.circle == bindparam("circle"))
    if company:
        query = query.where(func.lower(Contact.company).like(bindparam("company"), escape="\\"))
    if tag:
        query = query.where(
            select(ContactTag.contact_id)
            .where(ContactTag.contact_id == Contact.id, ContactTag.tag == bindparam("tag"))
            .exists()
        )
    return query


@statement(())
def last_touches() -> Any:
    """Each of ``ids``' last touch: one seek on the (contact_id, occurred_on) index apiece."""
    return select(Contact.id, _last_touch()).where(
        Contact.workspace_id == bindparam("ws"), Contact.id.in_(bindparam("ids", expanding=True))
    )


@statement(())
def circle_counts() -> Any:
    """How many active contacts each circle holds."""
    return (
        select(Contact.circle, func.count())
        .where(Contact.workspace_id == bindparam("ws"), Contact.archived_at.is_(None))
        .group_by(Contact.circle)
    )


def _last_touch() -> Any:
    return (
        select(func.max(TouchParticipant.occurred_on))
        .where(TouchParticipant.contact_id == Contact.id)
        .scalar_subquery()
    )


@statement(*LISTING_SHAPES)
def listing(archived: bool, circle: bool, company: bool, tag: bool, limit: bool) -> Any:
    """``list``: the filtered contacts by name with their last touch (and ``limit``)."""
    query = filtered(archived, circle, company, tag).add_columns(
        _last_touch().label("last_touch_on")
    )
    query = query.order_by(Contact.name_key, Contact.id)
    return query.limit(bindparam("limit")) if limit else query


class ContactLists(ContactScope):
    """The contact repository's listings (part of ContactRepo)."""

    def _filtered(self, flt: ListFilter) -> tuple[Any, dict[str, Any]]:
        shape, params = filter_shape(flt)
        return filtered(*shape[:4]), {"ws": self.workspace_id, **params}

    def passing(self, flt: ListFilter, ids: Sequence[int]) -> list[int]:
        """Of ``ids`` (a search's, best first), those the filter keeps, in their order."""
        filtered, params = self._filtered(flt)
        query = select(filtered.where(Contact.id.in_(ids)).subquery().c.id)
        kept = set(self.session.scalars(query, params))
        return [contact_id for contact_id in ids if contact_id in kept]

    def page(
        self,
        flt: ListFilter,
        ids: Sequence[int] | None,
        sort: str,
        offset: int,
        passing: Sequence[int] | None = None,
    ) -> tuple[int, list[ListingRow]]:
        """One page of a listing, and how many match in all. ``ids`` (from a search)
        restricts and orders it; ``passing``, when known, is ``self.passing(flt, ids)``."""
        from sqlalchemy import literal_column

        filtered, params = self._filtered(flt)
        limit = flt.limit or 50
        if sort == "relevance" and ids is not None:
            # rank first, then page: which of the ranked ids pass the filters, in rank order;
            # the page's rows are then asked by their own ids (not the thousand ranked too,
            # whose IN list is not even built: a thousand values coerced for nothing)
            ranked = self.passing(flt, ids) if passing is None else passing
            base = filtered.where(Contact.id.in_(ranked[offset : offset + limit]))
            total, offset = len(ranked), 0
        else:
            base = filtered if ids is None else filtered.where(Contact.id.in_(ids))
            counted = select(func.count()).select_from(base.subquery())
            total = int(self.session.scalar(counted, params) or 0)
        query = base.add_columns(_last_touch().label("last_touch_on"))
        if sort == "recent":
            query = query.order_by(
                literal_column("last_touch_on").desc().nulls_last(), Contact.name_key
            )
        elif sort == "company":
            query = query.order_by(
                Contact.company.is_(None), func.lower(Contact.company), Contact.name_key
            )
        elif sort == "name" or ids is None:
            query = query.order_by(Contact.name_key, Contact.id)
        paged = self.session.execute(query.offset(offset).limit(limit), params)
        rows = [ListingRow._make(r) for r in paged]
        if sort == "relevance" and ids is not None:
            rank = {contact_id: i for i, contact_id in enumerate(ids)}
            rows = sorted(rows, key=lambda r: rank[r.id])
        return total, rows

    def last_touches(self) -> dict[int, dt.date]:
        rows = self.session.execute(
            select(TouchParticipant.contact_id, func.max(TouchParticipant.occurred_on))
            .where(self._mine(TouchParticipant))
            .group_by(TouchParticipant.contact_id)
        )
        return {contact_id: day for contact_id, day in rows}

    def everyone(self) -> list[Contact]:
        return list(self.session.scalars(select(Contact).where(self._mine()).order_by(Contact.id)))

    def grouped(self, what: str) -> dict[int, list[str]]:
        """Every contact's emails, phones or tags, in their order."""
        table: Any
        table, column, order = {
            "emails": (ContactEmail, ContactEmail.email, (ContactEmail.position, ContactEmail.id)),
            "phones": (ContactPhone, ContactPhone.number, (ContactPhone.position, ContactPhone.id)),
            "tags": (ContactTag, ContactTag.tag, (ContactTag.tag,)),
        }[what]
        found: dict[int, list[str]] = {}
        rows = self.session.connection().execute(
            select(table.contact_id, column)
            .where(self._mine(table))
            .order_by(table.contact_id, *order)
        )
        for contact_id, value in rows:
            found.setdefault(contact_id, []).append(value)
        return found
