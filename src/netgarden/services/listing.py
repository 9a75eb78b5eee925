"""Listing contacts: a filtered list, and a searched, sorted page of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netgarden.domain.cadence import clock_start, effective_cadence, next_due_on
from netgarden.domain.normalize import (
    normalize_tag,
)
from netgarden.domain.preferences import Preferences
from netgarden.domain.values import (
    CIRCLES,
    check_length,
    parse_circle,
)
from netgarden.domain.views import ListFilter
from netgarden.errors import (
    InvalidValue,
)

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit
    from netgarden.services.snapshots import Snapshots


@dataclass(frozen=True)
class ContactSummary:
    id: int
    name: str
    company: str | None
    title: str | None
    circle: str
    last_touch_on: dt.date | None
    next_due_on: dt.date | None


def list_contacts(unit: Unit | ReadUnit, flt: ListFilter) -> list[ContactSummary]:
    prefs = unit.preferences()
    rows = unit.contacts.listing(_checked(flt))
    given = unit.ledger.last_value_on(None if len(rows) > 500 else [r.id for r in rows])
    return [_summary(row, prefs, given.get(row.id)) for row in rows]


@dataclass(frozen=True)
class Page:
    rows: list[ContactSummary]
    total: int
    offset: int
    limit: int


SORTS = ("name", "recent", "company", "relevance")
SEARCH_DEPTH = 1000  # a search lists at most this many people, best first


def browse(
    unit: Unit,
    flt: ListFilter,
    query: str | None = None,
    sort: str | None = None,
    offset: int = 0,
    among: list[int] | None = None,
    searches: Snapshots | None = None,
) -> Page:
    """A page of contacts: filtered, searched, sorted (``None``: best matches first with a
    search, by name without; "name" with a search sorts the matches by name); ``among``
    keeps to those ids (e.g. the people due today). With ``searches`` a search's ranking is
    kept per data version: the next page, or the same words again, does not rank again."""
    if sort is not None and sort not in SORTS:
        raise InvalidValue("sort", f"{sort!r} is not a sort; use one of: {', '.join(SORTS)}")
    if offset < 0:
        raise InvalidValue("offset", "must be 0 or more")
    flt = _checked(flt)
    ids: list[int] | None = None
    passing: list[int] | None = None
    words = _words(query)
    sort = sort or ("relevance" if words else "name")
    if words:
        ids = _kept(unit, searches, ("search", words), lambda u: _ranked(u, words))
        if among is None and sort == "relevance":  # the ranked ids the filter keeps
            ranked = ids
            shape = ("passing", words, flt.circle, flt.tag, flt.company, flt.archived)
            passing = _kept(unit, searches, shape, lambda u: u.contacts.passing(flt, ranked))
    if among is not None:
        keep = set(among)
        ids = [i for i in ids if i in keep] if ids is not None else sorted(keep)
    prefs = unit.preferences()
    limit = flt.limit or 50
    total, rows = unit.contacts.page(flt, ids, sort, offset, passing)
    given = unit.ledger.last_value_on([row.id for row in rows])
    return Page([_summary(row, prefs, given.get(row.id)) for row in rows], total, offset, limit)


def _words(query: str | None) -> str:
    """The words searched for, as the index is asked them ("" for none)."""
    from netgarden.store.search import fts_query

    return fts_query(query) if query and query.strip() else ""


def _ranked(unit: Unit, words: str) -> list[int]:
    return unit.search.ranked_ids(words, SEARCH_DEPTH)


def _kept(
    unit: Unit,
    searches: Snapshots | None,
    what: Hashable,
    compute: Callable[[Unit], list[int]],
) -> list[int]:
    """``compute(unit)``, or what it gave in this data version when ``searches`` keeps it."""
    return compute(unit) if searches is None else list(searches.get(unit, what, compute))


MAX_LIMIT = 1_000_000


def _checked(flt: ListFilter) -> ListFilter:
    if flt.limit is not None and not 1 <= flt.limit <= MAX_LIMIT:
        raise InvalidValue("limit", f"{flt.limit} is out of range; use 1 to {MAX_LIMIT:,}")
    check_length("company", flt.company)  # a long pattern is too complex for LIKE
    if flt.circle is not None:
        flt = ListFilter(**{**flt.__dict__, "circle": parse_circle(flt.circle).value})
    if flt.tag is not None:
        flt = ListFilter(**{**flt.__dict__, "tag": normalize_tag(flt.tag)})
    return flt


def _summary(row: Any, prefs: Preferences, last_value_on: dt.date | None) -> ContactSummary:
    cadence = effective_cadence(CIRCLES[row.circle], row.cadence_days, prefs)
    clock = clock_start(row.last_touch_on, last_value_on, prefs)
    return ContactSummary(
        row.id, row.name, row.company, row.title, row.circle, row.last_touch_on,
        next_due_on(cadence, clock, row.known_since),
    )  # fmt: skip
