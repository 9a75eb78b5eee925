"""Opening a database, and the unit of work a use case runs in."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from netgarden.domain.preferences import Preferences
from netgarden.errors import StoreError
from netgarden.settings import Settings
from netgarden.store.contacts import ContactRepo
from netgarden.store.engine import (
    make_engine,
    make_memory_engine,
    make_session_factory,
    sqlite_url,
)
from netgarden.store.ledger import LedgerRepo
from netgarden.store.network import NetworkRepo
from netgarden.store.preferences import PreferenceRepo
from netgarden.store.schema import HEAD, current_revision, ensure_schema
from netgarden.store.search import SearchIndex, search_index
from netgarden.store.touches import TouchRepo

LOCAL_WORKSPACE = 1


@dataclass
class Unit:
    """One use case's view of the database: a session scoped to a workspace."""

    session: Session
    workspace_id: int = LOCAL_WORKSPACE
    region: str = "US"

    @cached_property
    def contacts(self) -> ContactRepo:
        return ContactRepo(self.session, self.workspace_id)

    @cached_property
    def touches(self) -> TouchRepo:
        return TouchRepo(self.session, self.workspace_id)

    @cached_property
    def ledger(self) -> LedgerRepo:
        return LedgerRepo(self.session, self.workspace_id)

    @cached_property
    def network(self) -> NetworkRepo:
        return NetworkRepo(self.session, self.workspace_id)

    @cached_property
    def search(self) -> SearchIndex:
        return search_index(self.session, self.workspace_id)

    @cached_property
    def preference_values(self) -> PreferenceRepo:
        return PreferenceRepo(self.session, self.workspace_id)

    def preferences(self) -> Preferences:
        return Preferences().with_values(self.preference_values.values())


class Database:
    """An opened, migrated database. ``transaction()`` commits on success, rolls back on error."""

    def __init__(self, engine: Engine, region: str = "US", path: Path | None = None) -> None:
        self.engine = engine
        self.region = region
        self.path = path
        self._sessions: sessionmaker[Session] = make_session_factory(engine)

    @classmethod
    def open(cls, settings: Settings) -> Database:
        path = settings.db
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {path.parent}: {exc.strerror}") from None
        _refuse_folder(path)
        engine = make_engine(sqlite_url(path))
        with _opening(engine, path):
            ensure_schema(engine, path)
        return cls(engine, settings.region, path)

    @classmethod
    def open_for_dry_run(cls, settings: Settings) -> Database:
        """A database a dry run may change, because it rolls back, without a byte reaching
        the disk: the file itself when its schema is current; otherwise a copy in memory,
        migrated there (or an empty one, when there is no file yet: none is created)."""
        path = settings.db
        _refuse_folder(path)
        if path.exists():
            engine = make_engine(sqlite_url(path))
            with _opening(engine, path), engine.connect() as connection:
                current = current_revision(connection) == HEAD
            if current:
                return cls(engine, settings.region, path)
            engine.dispose()
        memory = make_memory_engine()
        with _opening(memory, path):
            if path.exists():
                with closing(sqlite3.connect(path)) as source:
                    raw = memory.raw_connection()
                    source.backup(raw.driver_connection)  # type: ignore[arg-type]
                    raw.close()
            ensure_schema(memory)
        return cls(memory, settings.region, None)

    @contextmanager
    def transaction(self, workspace_id: int = LOCAL_WORKSPACE) -> Iterator[Unit]:
        """A unit of work in one workspace: every repository it hands out keeps to it."""
        with self._sessions.begin() as session:
            yield Unit(session, workspace_id, self.region)

    def version(self) -> tuple[int, ...]:
        """Changes whenever any process commits to the database (its file or its WAL), so
        what was computed from it can be cached until then."""
        if self.path is None:
            return ()
        stamps: list[int] = []
        for suffix in ("", "-wal"):
            try:
                stat = os.stat(f"{self.path}{suffix}")
            except FileNotFoundError:
                continue
            stamps += [stat.st_mtime_ns, stat.st_size]
        return tuple(stamps)

    def close(self) -> None:
        self.engine.dispose()


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a directory; the database needs a file path")


@contextmanager
def _opening(engine: Engine, path: Path) -> Iterator[None]:
    """A file that is not a netgarden database is refused in one clear line."""
    try:
        yield
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", exc)
        raise StoreError(f"cannot open {path} as a netgarden database: {reason}") from None


def open_database(db: Path, region: str = "US") -> Database:
    return Database.open(Settings(db=db, region=region))
