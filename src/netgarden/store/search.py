"""Full-text search over contacts, behind one interface.

SQLite uses FTS5: one document per contact (rowid = contact id) holding the name, company,
title, every free-text field, emails, tags and the notes of its touches. PostgreSQL
(server mode) will implement the same :class:`SearchIndex` with ``tsvector``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import text
from sqlalchemy.orm import Session

from netgarden.errors import StoreError
from netgarden.store.reads import statement
from netgarden.store.search_reads import MARK_END, MARK_START, SearchHit, SearchReads, fts_query

__all__ = ["MARK_END", "MARK_START", "SearchHit", "SearchIndex", "fts_query", "search_index"]

_CHUNK = 500


class SearchIndex(Protocol):
    def reindex(self, contact_ids: Sequence[int]) -> None:
        """Bring these contacts' documents up to date (after any write that touches them)."""

    def rebuild(self) -> None:
        """Rebuild every document of the workspace (after bulk loads)."""

    def forget(self, contact_ids: Sequence[int]) -> None:
        """Drop the documents of deleted contacts."""

    def query(self, terms: str, limit: int, include_archived: bool = False) -> list[SearchHit]:
        """Best matches first; every word must match, each as a prefix."""

    def ranked_ids(self, terms: str, limit: int) -> list[int]:
        """Ids of the workspace's best matches, best first, archived or not (no snippets:
        for listings, which filter them)."""


def search_index(session: Session, workspace_id: int) -> SearchIndex:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return SqliteSearchIndex(session, workspace_id)
    if dialect == "postgresql":  # issue 19: tsvector and GIN (store/search_pg.py)
        from netgarden.store.search_pg import PostgresSearchIndex

        return PostgresSearchIndex(session, workspace_id)
    raise StoreError(f"full-text search is not available on {dialect} yet")


_DOCUMENT = """
SELECT c.id, c.name, coalesce(c.company, ''), coalesce(c.title, ''),
  trim(
    coalesce(c.how_met, '') || ' ' || coalesce(c.met_at, '') || ' ' ||
    coalesce(c.personal, '') || ' ' || coalesce(c.interests, '') || ' ' ||
    coalesce(c.help_them, '') || ' ' || coalesce(c.help_me, '') || ' ' ||
    coalesce(c.notes, '') || ' ' || coalesce(c.location, '') || ' ' ||
    coalesce(c.industry, '') || ' ' || coalesce(c.function, '') || ' ' ||
    coalesce(c.seniority, '') || ' ' ||
    coalesce((SELECT group_concat(e.email, ' ') FROM contact_emails e
              WHERE e.contact_id = c.id), '') || ' ' ||
    coalesce((SELECT group_concat(g.tag, ' ') FROM contact_tags g
              WHERE g.contact_id = c.id), '')),
  coalesce((SELECT group_concat(t.note, ' ') FROM touch_participants p
            JOIN touches t ON t.id = p.touch_id
            WHERE p.contact_id = c.id AND t.note IS NOT NULL), '')
FROM contacts c
"""

_INSERT = "INSERT INTO contact_search(rowid, name, company, title, details, touches) "
# a document may go unless it is another workspace's contact's (a deleted one has no row)
_NOT_THEIRS = "rowid NOT IN (SELECT id FROM contacts WHERE workspace_id != :ws)"
# the workspace is part of the ranking statement itself, never a filter after a window
_MATCHES = (
    "SELECT contact_search.rowid AS id, contact_search.rank AS rank FROM contact_search "
    "JOIN contacts c ON c.id = contact_search.rowid "
    "WHERE contact_search MATCH :match AND c.workspace_id = :ws"
)


@statement(())
def ranked() -> Any:
    """The workspace's best matches' ids, best first (parameters match, ws, limit)."""
    return text(f"{_MATCHES} ORDER BY contact_search.rank LIMIT :limit")


@statement((False,), (True,))
def top_hits(include_archived: bool) -> Any:
    """The best matches with a snippet each (parameters match, ws, limit): ranked first
    (within the workspace), then snippets built for the few rows shown."""
    archived = "" if include_archived else "AND c.archived_at IS NULL"
    return text(
        "SELECT c.id, c.name, c.company, c.title, c.circle, "
        "snippet(contact_search, -1, char(2), char(3), '…', 10) "
        f"FROM ({_MATCHES} {archived} ORDER BY contact_search.rank LIMIT :limit) AS top "
        "JOIN contacts c ON c.id = top.id "
        "JOIN contact_search ON contact_search.rowid = top.id "
        "WHERE contact_search MATCH :match ORDER BY top.rank, c.id"
    )


class SqliteSearchIndex(SearchReads):
    session: Session

    def reindex(self, contact_ids: Sequence[int]) -> None:
        ids = sorted(set(contact_ids))
        if len(ids) > _CHUNK and ids[-1] - ids[0] + 1 == len(ids):  # a bulk load: one range
            bounds = {"lo": ids[0], "hi": ids[-1], "ws": self.workspace_id}
            self.session.execute(
                text(
                    f"DELETE FROM contact_search WHERE rowid BETWEEN :lo AND :hi AND {_NOT_THEIRS}"
                ),
                bounds,
            )
            self.session.execute(
                text(
                    f"{_INSERT}{_DOCUMENT} WHERE c.id BETWEEN :lo AND :hi AND c.workspace_id = :ws"
                ),
                bounds,
            )
            return
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join(str(int(i)) for i in chunk)
            ws = {"ws": self.workspace_id}
            self.session.execute(
                text(f"DELETE FROM contact_search WHERE rowid IN ({marks}) AND {_NOT_THEIRS}"), ws
            )
            self.session.execute(
                text(f"{_INSERT}{_DOCUMENT} WHERE c.id IN ({marks}) AND c.workspace_id = :ws"), ws
            )

    def forget(self, contact_ids: Sequence[int]) -> None:
        for start in range(0, len(contact_ids), _CHUNK):
            marks = ", ".join(str(int(i)) for i in contact_ids[start : start + _CHUNK])
            self.session.execute(
                text(f"DELETE FROM contact_search WHERE rowid IN ({marks}) AND {_NOT_THEIRS}"),
                {"ws": self.workspace_id},
            )

    def rebuild(self) -> None:
        self.session.execute(
            text(
                "DELETE FROM contact_search WHERE rowid IN "
                "(SELECT id FROM contacts WHERE workspace_id = :ws)"
            ),
            {"ws": self.workspace_id},
        )
        self.session.execute(
            text(f"{_INSERT}{_DOCUMENT} WHERE c.workspace_id = :ws"), {"ws": self.workspace_id}
        )
