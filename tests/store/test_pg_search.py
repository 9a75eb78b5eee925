"""PostgreSQL's search documents (issue 19, migration 0031): the touch notes' words once,
without positions, and a database made before 0031 changed in place to what indexing makes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Database
from netgarden.services.touches import TouchInput, log_touch
from netgarden.settings import Settings
from tests.conftest import NOW, TODAY
from tests.store.test_postgresql import _upgrade_to

pytestmark = pytest.mark.postgresql

# 0021's document of one contact: every word of the notes with its positions, weight D
_OLD = """
INSERT INTO contact_search (contact_id, workspace_id, name, body, document)
SELECT 1, 1, 'Priya Raman', 'Lumina AI coffee lover evals coffee evals coffee lumina',
  setweight(to_tsvector('simple', 'Priya Raman'), 'A')
  || setweight(to_tsvector('simple', 'Lumina AI '), 'B')
  || setweight(to_tsvector('simple', 'coffee lover'), 'C')
  || setweight(to_tsvector('simple', 'evals coffee evals coffee lumina'), 'D')
"""


@pytest.fixture
def empty_url(pg_cluster: Any) -> Iterator[str]:
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_later(name)


def _document(database: Database) -> str:
    with database.transaction(write=False) as unit:
        return str(unit.session.scalar(text("SELECT document::text FROM contact_search")))


def test_0031_changes_old_documents_into_what_indexing_makes(empty_url: str) -> None:
    _upgrade_to(empty_url, "0030")
    engine = create_engine(empty_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO contacts (workspace_id, name, name_key, company, circle, notes, "
                "created_at, updated_at) VALUES (1, 'Priya Raman', 'priya raman', 'Lumina AI', "
                "'inner', 'coffee lover', '2026-01-01', '2026-01-01')"
            )
        )
        for touch_id, note in ((1, "evals coffee"), (2, "evals coffee lumina")):
            connection.execute(
                text(
                    "INSERT INTO touches (workspace_id, occurred_on, kind, direction, note, "
                    "created_at) VALUES (1, '2026-10-01', 'coffee', 'mutual', :note, "
                    "'2026-10-01')"
                ),
                {"note": note},
            )
            connection.execute(
                text(
                    "INSERT INTO touch_participants (touch_id, contact_id, workspace_id, "
                    "occurred_on) VALUES (:t, 1, 1, '2026-10-01')"
                ),
                {"t": touch_id},
            )
        connection.execute(text(_OLD))
    engine.dispose()
    database = Database.open(Settings(db=Path("unused"), database_url=empty_url))  # to 0031
    migrated = _document(database)
    with database.transaction(write=False) as unit:
        indexes = set(unit.session.scalars(text("SELECT indexname FROM pg_indexes")))
    # search's led by the workspace, team who's covering one, the tagged touches
    assert {"ix_contact_search_words", "ix_contacts_shared", "ix_touches_purposed"} <= indexes
    assert "ix_contact_search_document" not in indexes
    with database.transaction() as unit:
        unit.search.rebuild()
    rebuilt = _document(database)
    database.close()
    # the notes' words once, without positions; a word also in the name, company or details
    # keeps only those positions
    assert migrated == rebuilt
    assert migrated == "'ai':4B 'coffee':5C 'evals' 'lover':6C 'lumina':3B 'priya':1A 'raman':2A"


def test_touch_notes_count_once_and_rank_below_a_name(pg_url: str) -> None:
    database = Database.open(Settings(db=Path("unused"), database_url=pg_url))
    with database.transaction() as unit:
        talker = add_contact(unit, ContactInput(name="Sam Lee"), NOW, TODAY)
        named = add_contact(unit, ContactInput(name="Coffee Chris"), NOW, TODAY)
        for _ in range(5):
            log_touch(unit, [talker], TouchInput("coffee", note="coffee coffee"), NOW, TODAY)
    with database.transaction(write=False) as unit:
        document = unit.session.scalar(
            text("SELECT document::text FROM contact_search WHERE contact_id = :c"),
            {"c": talker},
        )
        assert document == "'coffee' 'lee':2A 'sam':1A"
        assert unit.search.ranked_ids("coff", 10) == [named, talker]
        [hit, _] = unit.search.query("coffee", 10)
        assert hit.marked() == "[Coffee] Chris"
    database.close()
