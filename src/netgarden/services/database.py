"""Opening a database, and the unit of work a use case runs in."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from netgarden.domain.preferences import Preferences
from netgarden.errors import DatabaseBusy, SchemaTooNew, StoreError, WriteRefused
from netgarden.settings import Settings
from netgarden.store.career import CareerRepo
from netgarden.store.changes import bump, counter, track_writes, wrote
from netgarden.store.circle_history import CircleHistoryRepo
from netgarden.store.contacts import ContactRepo
from netgarden.store.engine import (
    BUSY_TIMEOUT_S,
    make_engine,
    make_memory_engine,
    make_session_factory,
    sqlite_url,
    writing,
)
from netgarden.store.event_stats import EventStats
from netgarden.store.events import EventRepo
from netgarden.store.goal_facts import GoalFacts
from netgarden.store.goals import CommunityRepo, ContentRepo, GoalRepo
from netgarden.store.ledger import LedgerRepo
from netgarden.store.network import NetworkRepo
from netgarden.store.opportunities import OpportunityRepo
from netgarden.store.plans import PlanRepo
from netgarden.store.practice import PracticeRepo
from netgarden.store.preferences import PreferenceRepo
from netgarden.store.profile import ProfileRepo
from netgarden.store.reviews import ReviewRepo
from netgarden.store.roi_stats import RoiStats
from netgarden.store.schema import (
    HEAD,
    REVISIONS,
    current_revision,
    ensure_schema,
    is_busy,
    too_new,
)
from netgarden.store.search import SearchIndex, search_index
from netgarden.store.strength_tallies import StrengthTallyRepo
from netgarden.store.tasks import TaskRepo
from netgarden.store.templates import TemplateRepo
from netgarden.store.touches import TouchRepo

LOCAL_WORKSPACE = 1


@dataclass
class Unit:
    """One use case's view of the database: a session scoped to a workspace."""

    session: Session
    workspace_id: int  # chosen where the transaction opens (Database.transaction)
    region: str = "US"
    _changes: int | None = field(default=None, init=False, repr=False, compare=False)

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
    def strength_tallies(self) -> StrengthTallyRepo:
        return StrengthTallyRepo(self.session, self.workspace_id)

    @cached_property
    def network(self) -> NetworkRepo:
        return NetworkRepo(self.session, self.workspace_id)

    @cached_property
    def events(self) -> EventRepo:
        return EventRepo(self.session, self.workspace_id)

    @cached_property
    def tasks(self) -> TaskRepo:
        return TaskRepo(self.session, self.workspace_id)

    @cached_property
    def templates(self) -> TemplateRepo:
        return TemplateRepo(self.session, self.workspace_id)

    @cached_property
    def reviews(self) -> ReviewRepo:
        return ReviewRepo(self.session, self.workspace_id)

    @cached_property
    def circle_history(self) -> CircleHistoryRepo:
        return CircleHistoryRepo(self.session, self.workspace_id)

    @cached_property
    def plans(self) -> PlanRepo:
        return PlanRepo(self.session, self.workspace_id)

    @cached_property
    def event_stats(self) -> EventStats:
        return EventStats(self.session, self.workspace_id)

    @cached_property
    def profile(self) -> ProfileRepo:
        return ProfileRepo(self.session, self.workspace_id)

    @cached_property
    def search(self) -> SearchIndex:
        return search_index(self.session, self.workspace_id)

    @cached_property
    def preference_values(self) -> PreferenceRepo:
        return PreferenceRepo(self.session, self.workspace_id)

    @cached_property
    def goals(self) -> GoalRepo:  # issue 15
        return GoalRepo(self.session, self.workspace_id)

    @cached_property
    def content(self) -> ContentRepo:  # issue 15
        return ContentRepo(self.session, self.workspace_id)

    @cached_property
    def communities(self) -> CommunityRepo:  # issue 15
        return CommunityRepo(self.session, self.workspace_id)

    @cached_property
    def goal_facts(self) -> GoalFacts:  # issue 15
        return GoalFacts(self.session, self.workspace_id)

    @cached_property
    def practice(self) -> PracticeRepo:  # issue 15: purposes, anniversaries, week picks
        return PracticeRepo(self.session, self.workspace_id)

    @cached_property
    def career(self) -> CareerRepo:  # issue 16
        return CareerRepo(self.session, self.workspace_id)

    @cached_property
    def opportunities(self) -> OpportunityRepo:  # issue 16
        return OpportunityRepo(self.session, self.workspace_id)

    @cached_property
    def roi_stats(self) -> RoiStats:  # issue 16
        return RoiStats(self.session, self.workspace_id)

    def changes(self) -> int:
        """The workspace's change counter as this transaction sees it: what was computed
        from its rows at the same counter is still true. Read once while the transaction has
        not written (its snapshot cannot see the counter move): a page asks several times."""
        if self._changes is not None and not wrote(self.session):
            return self._changes
        found = counter(self.session, self.workspace_id)
        self._changes = None if wrote(self.session) else found
        return found

    def preferences(self) -> Preferences:
        return Preferences().with_values(self.preference_values.values())


class Database:
    """An opened, migrated database. ``transaction()`` commits on success, rolls back on error."""

    def __init__(
        self,
        engine: Engine,
        region: str = "US",
        path: Path | None = None,
        busy_timeout: float = BUSY_TIMEOUT_S,
    ) -> None:
        self.engine = engine
        self.region = region
        self.path = path
        self.busy_timeout = busy_timeout
        self.server = engine.dialect.name == "postgresql"
        self.where = str(path or "the database")
        # a read sees one snapshot of the database throughout, as on SQLite
        reads = (
            engine.execution_options(isolation_level="REPEATABLE READ") if self.server else engine
        )
        self._sessions: sessionmaker[Session] = make_session_factory(reads)
        self._writes: sessionmaker[Session] = make_session_factory(writing(engine))
        # one writer at a time in this process (the web server's threads): they queue here
        # instead of fighting over SQLite's lock
        self._write_lock = threading.Lock()
        self._workspace_locks: dict[int, threading.Lock] = {}
        track_writes(engine, self._sessions, self._writes)
        # told the workspace after each transaction that wrote to it has committed (the web
        # server computes its kept results again: services/refresher.py)
        self.written: list[Callable[[int], None]] = []

    @classmethod
    def open(cls, settings: Settings) -> Database:
        if settings.server_url is not None:
            return cls._open_server(settings)
        path = settings.sqlite_path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {path.parent}: {exc.strerror}") from None
        _refuse_folder(path)
        engine = make_engine(settings.url, settings.busy_timeout)
        with _opening(engine, path, settings.busy_timeout):
            ensure_schema(engine, path)
        return cls(engine, settings.region, path, settings.busy_timeout)

    @classmethod
    def open_for_dry_run(cls, settings: Settings) -> Database:
        """A database a dry run may change, because it rolls back, without a byte reaching
        the disk: the file itself when its schema is current; otherwise a copy in memory,
        migrated there (or an empty one, when there is no file yet: none is created). A
        PostgreSQL database is used as it is (the dry run's transaction rolls back), once
        migrated: upgrading it is ``netgarden migrate``'s, never a dry run's."""
        if settings.server_url is not None:
            return cls._open_server(settings, migrate=False)
        path = settings.sqlite_path
        _refuse_folder(path)
        if path.exists():
            engine = make_engine(sqlite_url(path), settings.busy_timeout)
            with _opening(engine, path, settings.busy_timeout), engine.connect() as connection:
                current = current_revision(connection) == HEAD
            if current:
                return cls(engine, settings.region, path, settings.busy_timeout)
            engine.dispose()
        memory = make_memory_engine()
        with _opening(memory, path, settings.busy_timeout):
            if path.exists():
                with closing(sqlite3.connect(path)) as source:
                    raw = memory.raw_connection()
                    source.backup(raw.driver_connection)  # type: ignore[arg-type]
                    raw.close()
            ensure_schema(memory)
        return cls(memory, settings.region, None)

    @classmethod
    def _open_server(cls, settings: Settings, migrate: bool = True) -> Database:
        """A PostgreSQL database: connected, and migrated when ``migrate`` (else refused
        unless it is at this netgarden's schema)."""
        url = settings.server_url
        assert url is not None
        engine = make_engine(url, settings.busy_timeout)
        with _opening(engine, settings.where, settings.busy_timeout):
            if migrate:
                ensure_schema(engine)
            else:
                with engine.connect() as connection:
                    revision = current_revision(connection)
                if revision != HEAD:
                    engine.dispose()
                    raise StoreError(
                        f"the {settings.where} is at schema {revision or 'none'}, not "
                        f"{HEAD}; run netgarden migrate first"
                    )
        database = cls(engine, settings.region, None, settings.busy_timeout)
        database.where = settings.where
        return database

    @contextmanager
    def transaction(
        self, workspace_id: int = LOCAL_WORKSPACE, *, write: bool = True
    ) -> Iterator[Unit]:
        """One unit of work in one workspace (every repository it hands out keeps to it),
        committed when the block ends. A write (the default) waits its turn behind this
        process's other writers, then takes SQLite's write lock as it begins; a read
        (``write=False``) sees a snapshot and never waits. Another process holding the lock
        too long is a DatabaseBusy, never a "database is locked" trace."""
        lock = self._writer_lock(workspace_id)
        if write and not lock.acquire(timeout=self.busy_timeout):
            raise busy(self.busy_timeout)
        sessions = self._writes if write else self._sessions
        bumped = False
        try:
            with self._mapped(), sessions.begin() as session:
                if write and self.server:  # one writer per workspace across processes
                    session.execute(text("SELECT pg_advisory_xact_lock(:ws)"), {"ws": workspace_id})
                yield Unit(session, workspace_id, self.region)
                if write and wrote(session):  # what was cached from this workspace is stale
                    bump(session, workspace_id)
                    bumped = True
        finally:
            if write:
                lock.release()
        if bumped:  # committed
            for tell in self.written:
                tell(workspace_id)

    def _writer_lock(self, workspace_id: int) -> threading.Lock:
        """This process's writers queue on one lock (SQLite has one writer at a time); on
        PostgreSQL, on one lock per workspace: two users' writes run side by side."""
        if not self.server:
            return self._write_lock
        with self._write_lock:
            return self._workspace_locks.setdefault(workspace_id, threading.Lock())

    @contextmanager
    def _mapped(self) -> Iterator[None]:
        """SQLAlchemy's errors become the store's, once, where every transaction opens
        (httpx's ``map_exceptions``): what stops the work and is not the user's doing (a lock
        held elsewhere, a full or read-only disk, a newer schema, a refused write) is one
        line; nothing was written."""
        try:
            yield
        except IntegrityError as exc:
            raise WriteRefused(
                f"the database refused the change ({exc.orig}); nothing was written. "
                "Another program may have changed the same data: try again"
            ) from None
        except DatabaseError as exc:  # OperationalError among them
            if is_busy(exc):
                raise busy(self.busy_timeout) from None
            newer = self._newer_schema()
            if newer is not None:
                raise newer from None
            where = self.where
            reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ""
            said = next((said for known, said in UNUSABLE.items() if known in reason), reason)
            raise StoreError(f"cannot use {where}: {said}; nothing was written") from None

    def _newer_schema(self) -> SchemaTooNew | None:
        """A newer netgarden may have upgraded the database under this running one (its
        tables then look wrong): say so instead of SQLite's "no such column"."""
        try:
            with self.engine.connect() as connection:
                revision = current_revision(connection)
        except DatabaseError:
            return None
        if revision is None or revision in REVISIONS:
            return None
        return too_new(revision)

    def close(self) -> None:
        self.engine.dispose()


def busy(seconds: float) -> DatabaseBusy:
    return DatabaseBusy(
        f"the database is busy: another program has been writing to it for over {seconds:g} s; "
        "nothing was written, try again in a moment"
    )


# what SQLite says when the database file cannot be used as it is, in the user's words
UNUSABLE = {
    "readonly database": "the database is read-only; check that its file and folder can be written",
    "disk I/O error": "the disk reported an error reading or writing the database",
    "database or disk is full": "the disk is full; free some space",
    "unable to open database file": "the database file cannot be opened; check its folder",
    "database disk image is malformed": "the database file is damaged; restore a backup",
    "file is not a database": "the file is not a netgarden database",
}


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a directory; the database needs a file path")


@contextmanager
def _opening(engine: Engine, path: Path | str, seconds: float) -> Iterator[None]:
    """A file that is not a netgarden database, or a server that cannot be reached, is
    refused in one clear line (never with the URL's password)."""
    try:
        yield
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        if is_busy(exc):
            raise busy(seconds) from None
        reason = str(getattr(exc, "orig", exc)).strip()
        if engine.dialect.name == "postgresql":
            first = reason.splitlines()[0] if reason else "no answer"
            for prefix in ("connection failed:", "FATAL:"):
                first = first.removeprefix(prefix).strip()
            raise StoreError(
                f"cannot open the {path}: {first}; check the server is running and "
                "database_url names it"
            ) from None
        raise StoreError(f"cannot open {path} as a netgarden database: {reason}") from None


def open_database(db: Path, region: str = "US") -> Database:
    return Database.open(Settings(db=db, region=region))
