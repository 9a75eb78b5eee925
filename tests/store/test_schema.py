"""The schema on disk: migrations match the models, SQLite runs in WAL with foreign keys,
and opening a database never loses what is in it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from netgarden.errors import SchemaTooNew, StoreError
from netgarden.services.database import Database, open_database
from netgarden.store import plan_tables as plan_tables  # its tables, in Base.metadata
from netgarden.store.schema import HEAD, MIGRATIONS_DIR, REVISIONS, backup_before_migration
from netgarden.store.tables import Base
from tests.conftest import NOW


def test_revisions_list_matches_the_migration_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_heads() == [HEAD]
    ordered = [s.revision for s in scripts.walk_revisions()][::-1]
    assert tuple(ordered) == REVISIONS


PG_ONLY_INDEXES = {"ix_contacts_shared", "ix_touches_purposed"}


def test_migrations_build_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        diff = [
            d
            for d in compare_metadata(context, Base.metadata)
            # the search index (SQLite's FTS5 and its shadow tables, PostgreSQL's tsvector
            # table and its indexes) is not modelled
            if not (d[0] == "remove_table" and d[1].name.startswith("contact_search"))
            and not (d[0] == "remove_index" and d[1].table.name == "contact_search")
            # PostgreSQL's trigram indexes for `team who` (0026) are not modelled either
            and not (d[0] == "remove_index" and d[1].name.endswith("_trgm"))
            # nor 0031's covering (INCLUDE) and partial (WHERE) indexes
            and not (d[0] == "remove_index" and d[1].name in PG_ONLY_INDEXES)
        ]
    assert diff == []


def test_database_and_its_folder_are_created_in_wal_mode_with_foreign_keys(
    tmp_path: Path,
) -> None:
    path = tmp_path / "new" / "folder" / "n.db"
    database = open_database(path)
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.close()
    assert path.exists()


def test_opening_twice_keeps_the_data(db_path: Path) -> None:
    first = open_database(db_path)
    with first.transaction() as unit:
        unit.contacts.insert({"name": "Ada", "circle": "none"}, NOW)
    first.close()
    second = open_database(db_path)
    with second.transaction() as unit:
        assert [r.name for r in unit.contacts.all_names()] == ["Ada"]
    second.close()


def test_a_newer_schema_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
        raw.commit()
    with pytest.raises(SchemaTooNew, match="newer than this netgarden"):
        open_database(db_path)


def test_a_foreign_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE TABLE notes (body TEXT)")
        raw.commit()
    with pytest.raises(StoreError, match="no netgarden schema version"):
        open_database(path)
    with closing(sqlite3.connect(path)) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"notes"}


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not SQLite\n" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_database(path)
    assert path.read_text().startswith("hello")


def test_backup_before_migration_is_a_consistent_copy(db_path: Path) -> None:
    database = open_database(db_path)
    with database.transaction() as unit:
        unit.contacts.insert({"name": "Ada", "circle": "none"}, NOW)
    # the row may still sit in the WAL: the backup must include it anyway
    backup = backup_before_migration(db_path, HEAD)
    database.close()
    with closing(sqlite3.connect(backup)) as raw:
        assert raw.execute("SELECT name FROM contacts").fetchall() == [("Ada",)]


def _database_at(db_path: Path, revision: str, *statements: str) -> None:
    """A database file at an older revision, with some rows of that time."""
    from alembic import command

    from netgarden.store.engine import make_engine, sqlite_url

    db_path.parent.mkdir(parents=True)
    engine = make_engine(sqlite_url(db_path))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_an_older_database_is_backed_up_then_migrated_keeping_its_data(db_path: Path) -> None:
    _database_at(
        db_path,
        REVISIONS[0],
        "INSERT INTO contacts (workspace_id, name, name_key, circle, created_at, updated_at) "
        "VALUES (1, 'Ada', 'ada', 'inner', '2026-01-01', '2026-01-01')",
    )
    database = open_database(db_path)
    with database.transaction() as unit:
        assert [r.name for r in unit.contacts.all_names()] == ["Ada"]
    database.close()
    [backup] = db_path.parent.glob(f"{db_path.name}.{REVISIONS[0]}.bak")
    with closing(sqlite3.connect(backup)) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (REVISIONS[0],)


def test_migration_0005_keeps_a_stored_dormant_setting_as_lapsed(db_path: Path) -> None:
    _database_at(
        db_path,
        "0005",
        "INSERT INTO preferences (workspace_id, key, value) VALUES "
        "(1, 'dormant_limit', '7'), (1, 'dormant_factor', '4')",
    )
    database = open_database(db_path)
    with database.transaction() as unit:
        prefs = unit.preferences()
        assert (prefs.lapsed_limit, prefs.lapsed_factor) == (7, 4)
    database.close()


def test_migrating_refolds_the_name_keys_of_accented_names(db_path: Path) -> None:
    from netgarden.services.lookup import resolve_contact

    _database_at(
        db_path,
        "0004",
        "INSERT INTO contacts (workspace_id, name, name_key, circle, created_at, updated_at) "
        "VALUES (1, 'Sofía Núñez', 'sofía núñez', 'inner', '2026-01-01', '2026-01-01')",
    )
    database = open_database(db_path)
    with database.transaction() as unit:
        assert resolve_contact(unit, "sofia") == 1
    database.close()
