"""Bring a database to the current schema, safely.

Opening a database reads its Alembic revision with one cheap query; Alembic itself (slow to
import) is loaded only when a migration must run. An existing database is copied aside
before it is migrated, so a failed migration never costs data. The whole upgrade, version
stamps included, is one transaction: a process killed halfway leaves the database as it was
(engine.py turns pysqlite's implicit commits off for that). One copy is kept per version.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from netgarden.errors import SchemaTooNew, StoreError

if TYPE_CHECKING:  # SQLAlchemy is imported where it is used: a read-only command reads HEAD
    from sqlalchemy import Connection, Engine
    from sqlalchemy.exc import DBAPIError

# Every revision in order; the last is the head. A test checks this against Alembic's scripts.
REVISIONS: tuple[str, ...] = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
    "0010",  # events: plans, profile, task links
    "0011",  # network reviews: circle history, diversity targets, profile
    "0012",  # outreach templates
    "0014",  # strength tallies (derived)
    "0015",  # integrations: the calendar feed, vdir sync state
    "0016",  # issue 15: goals, content, communities
    "0017",  # issue 15: touch purposes, anniversaries, weekly dormant picks
    "0018",  # career resilience: companies, role history, job changes (issue 16)
    "0019",  # issue 16: opportunities, their stages and shares
    "0020",  # server mode: accounts, sessions, API tokens, teams (issue 19)
    "0021",  # issue 19: PostgreSQL's full-text search (nothing on SQLite)
    "0023",  # issues 18, 13, 12: strength tallies by whole years known
    "0024",  # issues 15 and 16 (h-speed): covering indexes for the period reports
    "0025",  # issue 15 (h-quarter): participants by workspace and day
    "0026",  # issue 19 (h-server): PostgreSQL's trigram indexes for `team who`
    "0030",  # issue 19: a one-time password is changed at the first sign-in
    "0031",  # issue 19 (h-server): PostgreSQL search documents with the notes' words once
)  # fmt: skip
HEAD = REVISIONS[-1]
# PostgreSQL's advisory lock key held while migrating (workspace writers use their id)
MIGRATION_LOCK = -1
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import text

    try:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    except Exception:  # no alembic_version table: a new database
        connection.rollback()
        return None
    return None if row is None else str(row[0])


def ensure_schema(engine: Engine, db_path: Path | None = None) -> None:
    """Create or upgrade the schema. ``db_path`` (SQLite) is backed up before an upgrade."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

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
        raise too_new(revision)
    if revision is None or db_path is None or not db_path.exists():
        _upgrade(engine)
        return
    # copied aside first, kept once the upgrade has run (just before it commits): a retry
    # after a kill or a failure makes no second copy, and a database that cannot be upgraded
    # never replaces the good copy made before
    pending = backup_before_migration(db_path, revision, pending=True)
    try:
        _upgrade(engine, lambda: os.replace(pending, backup_path(db_path, revision)))
    except DBAPIError as exc:
        pending.unlink(missing_ok=True)
        if is_busy(exc):
            raise
        raise half_migrated(db_path, revision, exc) from None
    except BaseException:
        pending.unlink(missing_ok=True)
        raise


def too_new(revision: str) -> SchemaTooNew:
    return SchemaTooNew(
        f"the database is at schema {revision}, newer than this netgarden knows ({HEAD}); "
        "upgrade netgarden to open it"
    )


def backup_path(db_path: Path, revision: str) -> Path:
    """Where the copy of a database made before upgrading it from ``revision`` is kept."""
    return db_path.with_name(f"{db_path.name}.{revision}.bak")


def backup_before_migration(db_path: Path, revision: str, *, pending: bool = False) -> Path:
    """A consistent copy of the database (WAL pages included), as ``NAME.REVISION.bak``,
    or beside it as ``….bak.pending`` until the upgrade it protects has committed."""
    backup = backup_path(db_path, revision)
    target_path = backup.with_name(backup.name + ".pending") if pending else backup
    target_path.unlink(missing_ok=True)
    # the backup API copies a consistent snapshot, WAL pages included
    with (
        closing(sqlite3.connect(db_path)) as source,
        closing(sqlite3.connect(target_path)) as target,
    ):
        source.backup(target)
    return target_path


# PostgreSQL's lock_timeout ran out (55P03), a deadlock was broken (40P01), or a statement
# was cancelled after its time (57014), or a snapshot met a concurrent change (40001):
# the database was busy, nothing was written
PG_BUSY = ("55P03", "40P01", "57014", "40001")


def is_busy(exc: BaseException) -> bool:
    """SQLite (or PostgreSQL) gave up waiting for another connection's lock (``exc`` from
    SQLAlchemy or from the driver itself)."""
    error = getattr(exc, "orig", exc)
    if getattr(error, "sqlstate", None) in PG_BUSY:
        return True
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error)


def half_migrated(db_path: Path, revision: str, exc: DBAPIError) -> StoreError:
    """The upgrade failed and was rolled back. When what it would add is there already, the
    file was left half-upgraded (by an older netgarden killed while upgrading): say where the
    data is and how to restore it."""
    reason = f"cannot upgrade {db_path} from schema {revision} ({exc.orig})"
    if not any(sign in str(exc.orig) for sign in ("duplicate column", "already exists")):
        return StoreError(f"{reason}; nothing was changed")
    reason += ": it looks half-upgraded"
    backup = _earliest_backup(db_path, revision)
    if backup is None:
        return StoreError(
            f"{reason}, and no copy from before the upgrade is beside it "
            f"({db_path.name}.{revision}.*.bak); nothing was changed"
        )
    return StoreError(
        f"{reason}; your data from before that upgrade is in {backup}. To restore it, stop "
        f"netgarden, move {db_path} (with its -wal and -shm files) elsewhere, copy {backup} "
        f"to {db_path}, and run netgarden again"
    )


def _earliest_backup(db_path: Path, revision: str) -> Path | None:
    """The copy made before the first attempt to upgrade from ``revision``: older releases
    stamped each copy (``NAME.REVISION.YYYYMMDDTHHMMSS.bak``), this one keeps one."""
    stamped = sorted(db_path.parent.glob(f"{db_path.name}.{revision}.*.bak"))
    if stamped:
        return stamped[0]
    kept = backup_path(db_path, revision)
    return kept if kept.exists() else None


def _upgrade(engine: Engine, before_commit: Callable[[], None] | None = None) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from netgarden.store.engine import writing

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # one transaction, begun with the write lock: a second process opening the same old
    # database waits, then finds it upgraded
    with writing(engine).begin() as connection:
        if connection.dialect.name == "postgresql":  # two servers starting at once: one migrates
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if before_commit is not None:
            before_commit()
