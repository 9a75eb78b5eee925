"""Finding people: full-text search across names, companies, titles, notes and touch notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netgarden.errors import InvalidValue
from netgarden.store.search_reads import SearchHit, fts_query

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit

MAX_RESULTS = 100_000


def search(
    unit: Unit | ReadUnit, query: str, limit: int = 50, include_archived: bool = False
) -> list[SearchHit]:
    if not fts_query(query):
        raise InvalidValue("query", "give at least one word to search for")
    if limit < 1:
        raise InvalidValue("limit", f"{limit} is not a positive number")
    if limit > MAX_RESULTS:
        raise InvalidValue("limit", f"{limit} is out of range; use 1 to {MAX_RESULTS:,}")
    return unit.search.query(query, limit, include_archived)
