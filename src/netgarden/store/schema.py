"""Bring a database to the current schema, safely.

Opening a database reads its Alembic revision with one cheap query; Alembic itself (slow to
import) is loaded only when a migration must run. An existing database is copied aside
before it is migrated, so a failed migration never costs data.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from netgarden.errors import SchemaTooNew, StoreError

# Every revision in order; the last is the head. A test checks this against Alembic's scripts.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD = REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def current_revision(connection: Connection) -> str | None:
    try:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    except Exception:  # no alembic_version table: a new database
        connection.rollback()
        return None
    return None if row is None else str(row[0])


def ensure_schema(engine: Engine, db_path: Path | None = None) -> None:
    """Create or upgrade the schema. ``db_path`` (SQLite) is backed up before an upgrade."""
    with engine.connect() as connection:
        revision = current_revision(connection)
        if revision == HEAD:
            return
        if revision is None and inspect(connection).get_table_names():
            raise StoreError(
                "this database has tables but no netgarden schema version; "
                "point --db at a netgarden database or a new file"
            )
    if revision is not None and revision not in REVISIONS:
        raise SchemaTooNew(
            f"the database is at schema {revision}, newer than this netgarden knows ({HEAD}); "
            "upgrade netgarden to open it"
        )
    if revision is not None and db_path is not None and db_path.exists():
        backup_before_migration(db_path, revision)
    _upgrade(engine)


def backup_before_migration(db_path: Path, revision: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    backup = db_path.with_name(f"{db_path.name}.{revision}.{stamp}.bak")
    # the backup API copies a consistent snapshot, WAL pages included
    with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(backup)) as target:
        source.backup(target)
    return backup


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
