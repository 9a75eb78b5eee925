"""Killing netgarden while it migrates a database never leaves it unopenable: each
migration and its version stamp commit together (SQLite's DDL is transactional once
pysqlite's own transaction handling is off), and a retry keeps one backup per version."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic.config import Config
from sqlalchemy import text

from netgarden.errors import StoreError
from netgarden.services.database import open_database
from netgarden.store.schema import HEAD, MIGRATIONS_DIR, REVISIONS

CONTACTS = 300
TOUCHES = 3000
TRIALS = 20


def build_old_database(path: Path, revision: str = REVISIONS[0]) -> None:
    """A database as an older netgarden left it: at ``revision``, holding people,
    touches and a setting that a later migration renames."""
    from alembic import command

    from netgarden.store.engine import make_engine, sqlite_url

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(sqlite_url(path))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    stamp = "2026-01-01 00:00:00"
    with closing(sqlite3.connect(path)) as raw:
        raw.executemany(
            "INSERT INTO contacts (id, workspace_id, name, name_key, circle, created_at, "
            "updated_at) VALUES (?, 1, ?, ?, 'outer', ?, ?)",
            [(i, f"Person {i}", f"person {i}", stamp, stamp) for i in range(1, CONTACTS + 1)],
        )
        raw.executemany(
            "INSERT INTO touches (id, workspace_id, occurred_on, kind, direction, created_at) "
            "VALUES (?, 1, '2026-01-02', 'call', 'out', ?)",
            [(i, stamp) for i in range(1, TOUCHES + 1)],
        )
        raw.executemany(
            "INSERT INTO touch_participants (touch_id, contact_id, workspace_id, occurred_on) "
            "VALUES (?, ?, 1, '2026-01-02')",
            [(i, i % CONTACTS + 1) for i in range(1, TOUCHES + 1)],
        )
        raw.execute(
            "INSERT INTO preferences (workspace_id, key, value) VALUES (1, 'dormant_limit', '7')"
        )
        raw.commit()


@pytest.fixture(scope="module")
def old_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("old") / "netgarden.db"
    build_old_database(path)
    return path


def spawn(path: Path) -> int:
    """A process opening (and so migrating) the database: forked from this one, which has
    imported everything already, so that the migration starts at once."""
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            open_database(path).close()
            code = 0
        finally:
            os._exit(code)
    return pid


def assert_intact_at_head(path: Path) -> None:
    database = open_database(path)
    try:
        with database.engine.connect() as connection:

            def one(sql: str) -> object:
                return connection.execute(text(sql)).scalar()

            assert one("SELECT version_num FROM alembic_version") == HEAD
            assert one("SELECT count(*) FROM contacts") == CONTACTS
            assert one("SELECT count(*) FROM touches") == TOUCHES
            assert one("SELECT count(*) FROM touch_participants") == TOUCHES
        with database.transaction() as unit:
            assert unit.preferences().lapsed_limit == 7
    finally:
        database.close()


def test_killing_a_migration_at_any_point_loses_nothing(old_database: Path, tmp_path: Path) -> None:
    # how long opening (and migrating) takes here: the shortest of three runs, once this
    # process has loaded the migration scripts (the first run is slower than the trials)
    durations = []
    for run in range(3):
        calibration = tmp_path / f"calibration-{run}" / "netgarden.db"
        calibration.parent.mkdir()
        shutil.copy(old_database, calibration)
        started = time.monotonic()
        _, status = os.waitpid(spawn(calibration), 0)
        durations.append(time.monotonic() - started)
        assert os.waitstatus_to_exitcode(status) == 0
        assert_intact_at_head(calibration)
    window = min(durations)

    chance = random.Random(os.environ.get("NETGARDEN_KILL_SEED"))
    interrupted = 0
    for trial in range(TRIALS):
        path = tmp_path / f"trial-{trial}" / "netgarden.db"
        path.parent.mkdir()
        shutil.copy(old_database, path)
        pid = spawn(path)
        time.sleep(chance.uniform(0, window))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        killed = os.waitstatus_to_exitcode(status) == -signal.SIGKILL
        interrupted += killed
        if not killed:  # the migration ran faster than calibrated (a warm, idle machine)
            window *= 0.7
        assert_intact_at_head(path)
        # however often it was interrupted, one copy of the old version is kept
        backups = sorted(p.name for p in path.parent.iterdir() if ".bak" in p.name)
        assert backups == [f"netgarden.db.{REVISIONS[0]}.bak"], backups
    assert interrupted >= TRIALS // 2, f"only {interrupted} of {TRIALS} kills came in time"


def test_a_database_half_upgraded_by_an_older_release_says_where_its_data_is(
    tmp_path: Path,
) -> None:
    path = tmp_path / "netgarden.db"
    build_old_database(path)
    # an older release copied it aside, then was killed after its ALTER TABLE had committed
    # on its own and before the version stamp
    copy = path.with_name(f"netgarden.db.{REVISIONS[0]}.20260101T000000.bak")
    shutil.copy(path, copy)
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("ALTER TABLE contacts ADD COLUMN connected_on DATE")
        raw.commit()
    for _ in range(3):  # every retry says the same, and copies nothing more
        with pytest.raises(StoreError) as error:
            open_database(path)
        message = str(error.value)
        assert "half-upgraded" in message
        assert f"your data from before that upgrade is in {copy}" in message
        assert f"copy {copy} to {path}" in message
        assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == [copy.name]
    # doing what it says brings everything back
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(copy, path)
    assert_intact_at_head(path)


def test_a_failed_upgrade_changes_nothing_and_keeps_no_copy_of_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "netgarden.db"
    build_old_database(path)
    from netgarden.store import schema

    def broken(engine: object, before_commit: object = None) -> None:
        from sqlalchemy.exc import OperationalError

        raise OperationalError("ALTER TABLE", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(schema, "_upgrade", broken)
    with pytest.raises(StoreError, match=r"\(disk I/O error\); nothing was changed$"):
        open_database(path)
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name] == []
    monkeypatch.undo()
    assert_intact_at_head(path)
