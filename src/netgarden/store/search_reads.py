"""Searching the full-text index, with or without SQLAlchemy (part of SqliteSearchIndex;
the statements are in search.py, see store/reads.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from netgarden.store.reads import reader_of

# the snippet marks matched words with these (control characters never typed by users)
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class SearchHit:
    id: int
    name: str
    company: str | None
    title: str | None
    circle: str
    snippet: str

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The snippet with matched words between ``start`` and ``end``."""
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)


def fts_query(terms: str) -> str:
    """Every word as a quoted prefix term, so user text never reaches FTS5's syntax."""
    words = re.findall(r"\w+", terms, flags=re.UNICODE)
    return " ".join(f'"{word}"*' for word in words)


class SearchReads:
    """Queries on SQLite's FTS5 index of one workspace's contacts."""

    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def ranked_ids(self, terms: str, limit: int) -> list[int]:
        match = fts_query(terms)
        if not match:
            return []
        params = {"match": match, "ws": self.workspace_id, "limit": limit}
        return [int(row[0]) for row in reader_of(self.session).rows("search:ranked", (), params)]

    def query(self, terms: str, limit: int, include_archived: bool = False) -> list[SearchHit]:
        match = fts_query(terms)
        if not match:
            return []
        params = {"match": match, "ws": self.workspace_id, "limit": limit}
        rows = reader_of(self.session).rows("search:top_hits", (include_archived,), params)
        return [SearchHit(*row) for row in rows]
