"""Full-text search on PostgreSQL: the same :class:`~netgarden.store.search.SearchIndex` as
SQLite's FTS5, with a ``tsvector`` per contact under a GIN index led by the workspace
(migrations 0021 and 0031).

A document matches what SQLite's holds (store/search.py ``_DOCUMENT``): the name, company and
title, every free-text field, emails and tags, and the notes of the contact's touches. Text
goes through ``unaccent`` and has its punctuation turned to spaces before PostgreSQL's
``simple`` configuration (no stemming, no stop words) makes it words, as FTS5's
``unicode61 remove_diacritics 2`` does; every word of a query matches as a prefix
(``word:*``). The weights follow FTS5's bm25 ranking (name 10, company and title 4, the
rest 1, touch notes 0.5): A = name, B = company and title, C = details, D = touch notes;
``ts_rank``'s normalization 1 divides by the document's length, as bm25 favours a short
document (tests/store/test_postgresql.py checks the top results agree with SQLite's).

The touch notes are in a document as their words only, each once (``strip``: no positions):
a contact's hundred notes would otherwise make a document of thousands of positions that
every match of a common word ("coffee" is in half of them) reads whole to rank it. The
snippet is made from the contact's text itself, for the few results shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from netgarden.store.search import MARK_END, MARK_START, SearchHit, fts_query

_CHUNK = 1000


def _words(column: str) -> str:
    """``column`` as the words it is made of: accents and punctuation gone."""
    return f"regexp_replace(unaccent({column}), '[[:punct:]]+', ' ', 'g')"


def _vector(column: str, weight: str) -> str:
    return f"setweight(to_tsvector('simple', {_words(column)}), '{weight}')"


# the fields of the contacts chosen by {which} (as SQLite's document: name, company, title,
# details, touches); emails, tags and notes are gathered once per statement, not per contact
_GATHERED = """
WITH chosen AS (SELECT c.* FROM contacts c WHERE c.workspace_id = :ws AND {which}),
emails AS (SELECT e.contact_id, string_agg(e.email, ' ' ORDER BY e.position) AS found
  FROM contact_emails e JOIN chosen c ON c.id = e.contact_id GROUP BY e.contact_id),
tags AS (SELECT g.contact_id, string_agg(g.tag, ' ' ORDER BY g.tag) AS found
  FROM contact_tags g JOIN chosen c ON c.id = g.contact_id GROUP BY g.contact_id),
notes AS (SELECT p.contact_id, string_agg(t.note, ' ' ORDER BY t.id) AS found
  FROM touch_participants p JOIN chosen c ON c.id = p.contact_id
  JOIN touches t ON t.id = p.touch_id WHERE t.note IS NOT NULL GROUP BY p.contact_id)
"""
_FIELDS = """
SELECT c.id, c.workspace_id, c.name AS name, coalesce(c.company, '') AS company,
  coalesce(c.title, '') AS title,
  concat_ws(' ', c.how_met, c.met_at, c.personal, c.interests, c.help_them, c.help_me,
    c.notes, c.location, c.industry, c.function, c.seniority, e.found, g.found) AS details,
  coalesce(n.found, '') AS touches
FROM chosen c LEFT JOIN emails e ON e.contact_id = c.id LEFT JOIN tags g ON g.contact_id = c.id
LEFT JOIN notes n ON n.contact_id = c.id
"""

# the touch notes' words, each once and weightless (D, the lowest weight, in ts_rank)
_INSERT = f"""
{_GATHERED}
INSERT INTO contact_search (contact_id, workspace_id, name, document)
SELECT d.id, d.workspace_id, d.name,
  {_vector("d.name", "A")} || {_vector("d.company || ' ' || d.title", "B")}
    || {_vector("d.details", "C")} || strip(to_tsvector('simple', {_words("d.touches")}))
FROM ({_FIELDS}) AS d
"""

# the query: each word of the user's text (already reduced to \w+ runs) as a prefix term
_QUERY = (
    "to_tsquery('simple', coalesce((SELECT string_agg(quote_literal(w) || ':*', ' & ') "
    "FROM regexp_split_to_table(trim(" + _words(":terms") + "), '\\s+') AS w "
    "WHERE w <> ''), ''))"
)
_WEIGHTS = "'{0.05, 0.1, 0.4, 1.0}'"  # D, C, B, A
# the workspace's matches found in the index led by the workspace, ranked; "{archived}" is
# a condition on the contact (c) or nothing
_RANKED = (
    f"SELECT s.contact_id AS id, ts_rank({_WEIGHTS}, s.document, q.query, 1) AS rank "
    f"FROM contact_search s CROSS JOIN (SELECT {_QUERY} AS query) AS q "
    "WHERE s.workspace_id = :ws AND s.document @@ q.query"
)
_ACTIVE = (
    " AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = s.contact_id "
    "AND c.workspace_id = :ws AND c.archived_at IS NULL)"
)
# the best ``limit`` of them, each checked to be a contact of the workspace
_TOP = (
    "SELECT c.id, c.name, c.company, c.title, c.circle "
    "FROM ({ranked} ORDER BY rank DESC, id LIMIT :limit) AS top "
    "JOIN contacts c ON c.id = top.id AND c.workspace_id = :ws ORDER BY top.rank DESC, c.id"
)
_HEADLINE = (
    '\'StartSel="\x02", StopSel="\x03", MaxWords=12, MinWords=4, '
    'MaxFragments=1, FragmentDelimiter=" … "\''
)
_HEADLINES = f"""
{_GATHERED}
SELECT d.id, ts_headline('simple',
  concat_ws(' ', d.name, nullif(d.company, ''), nullif(d.title, ''), nullif(d.details, ''),
            nullif(d.touches, '')), {_QUERY}, {_HEADLINE})
FROM ({_FIELDS}) AS d
"""


class PostgresSearchIndex:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def reindex(self, contact_ids: Sequence[int]) -> None:
        ids = sorted({int(i) for i in contact_ids})
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            self._forget(chunk)
            self.session.execute(
                text(_INSERT.format(which="c.id = ANY(:ids)")),
                {"ws": self.workspace_id, "ids": chunk},
            )

    def forget(self, contact_ids: Sequence[int]) -> None:
        ids = sorted({int(i) for i in contact_ids})
        for start in range(0, len(ids), _CHUNK):
            self._forget(ids[start : start + _CHUNK])

    def _forget(self, ids: list[int]) -> None:
        self.session.execute(
            text("DELETE FROM contact_search WHERE workspace_id = :ws AND contact_id = ANY(:ids)"),
            {"ws": self.workspace_id, "ids": ids},
        )

    def rebuild(self) -> None:
        ws = {"ws": self.workspace_id}
        self.session.execute(text("DELETE FROM contact_search WHERE workspace_id = :ws"), ws)
        # after a bulk load in this transaction the planner's statistics know nothing of the
        # new rows (it would nest loops over 30,000 contacts twice): hash joins, linear
        self.session.execute(text("SET LOCAL enable_nestloop = off"))
        self.session.execute(text(_INSERT.format(which="TRUE")), ws)
        self.session.execute(text("SET LOCAL enable_nestloop = on"))

    def ranked_ids(self, terms: str, limit: int) -> list[int]:
        words = _terms(terms)
        if not words:
            return []
        rows = self.session.execute(
            text(_TOP.format(ranked=_RANKED)),
            {"terms": words, "ws": self.workspace_id, "limit": limit},
        )
        return [int(row[0]) for row in rows]

    def query(self, terms: str, limit: int, include_archived: bool = False) -> list[SearchHit]:
        words = _terms(terms)
        if not words:
            return []
        ranked = _RANKED if include_archived else _RANKED + _ACTIVE
        params = {"terms": words, "ws": self.workspace_id, "limit": limit}
        # rank first (within the workspace), then the snippets of the few rows shown
        top = self.session.execute(text(_TOP.format(ranked=ranked)), params).all()
        if not top:
            return []
        params["ids"] = [row[0] for row in top]
        marked = self.session.execute(text(_HEADLINES.format(which="c.id = ANY(:ids)")), params)
        snippets = {int(row[0]): str(row[1]) for row in marked}
        return [
            SearchHit(row[0], row[1], row[2], row[3], row[4], snippets.get(row[0], ""))
            for row in top
        ]


def _terms(terms: str) -> str:
    """The user's words only (as FTS5 is given them: store/search.py ``fts_query``)."""
    return " ".join(part.strip('"*') for part in fts_query(terms).split())


assert MARK_START == "\x02" and MARK_END == "\x03"  # the headline's marks above
