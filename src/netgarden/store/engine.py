"""Engines and sessions, built by factories (never at import time)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

# How long a statement waits for another connection's write lock before SQLite gives up
# (the ``busy_timeout`` setting).
BUSY_TIMEOUT_S = 10.0
# An execution option: transactions on an engine carrying it take the write lock at once.
WRITE = "netgarden_write"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
    """An engine; on SQLite, every connection runs in WAL mode with foreign keys on, and
    waits up to ``busy_timeout`` seconds for another connection's lock. On PostgreSQL a
    pool of connections, checked before use (the server may have restarted), each waiting
    at most ``busy_timeout`` seconds for a lock, and with PostgreSQL's JIT compiler off:
    any statement the planner guesses costly pays for compiling (233 ms of `team who`'s
    1.3 s statement on the busy machine), more than it saves on a page's short reads."""
    if not url.startswith("sqlite"):
        return create_engine(
            url,
            pool_pre_ping=True,
            pool_size=10,
            max_overflow=10,
            connect_args={
                "connect_timeout": max(1, int(busy_timeout)),
                "options": f"-c lock_timeout={int(busy_timeout * 1000)} -c jit=off",
                "application_name": "netgarden",
            },
        )
    # a connection serves one request at a time, but the web server's thread pool may hand
    # it to another thread between requests
    engine = create_engine(url, connect_args={"check_same_thread": False})
    _sqlite_transactions(engine, busy_timeout)
    return engine


def make_memory_engine() -> Engine:
    """A private SQLite database in memory, on one connection; it is gone when disposed."""
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )
    _sqlite_transactions(engine, BUSY_TIMEOUT_S)
    return engine


def writing(engine: Engine) -> Engine:
    """The same engine (and pool), whose transactions begin with SQLite's write lock."""
    return engine.execution_options(**{WRITE: True}) if engine.dialect.name == "sqlite" else engine


def _sqlite_transactions(engine: Engine, busy_timeout: float) -> None:
    def connected(dbapi_connection: Any, _record: Any) -> None:
        _sqlite_pragmas(dbapi_connection, busy_timeout)

    event.listen(engine, "connect", connected)
    event.listen(engine, "begin", _begin)


def _sqlite_pragmas(dbapi_connection: Any, busy_timeout: float) -> None:
    # pysqlite's own transaction handling begins only before INSERT/UPDATE/DELETE, so DDL
    # (a migration's ALTER TABLE) would commit on its own: SQLAlchemy emits BEGIN instead
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
    cursor.close()


def _begin(connection: Connection) -> None:
    # A write that began as a read cannot wait for another writer (SQLite answers "locked"
    # at once rather than risk a deadlock): writers take the lock when they begin, and wait.
    write = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
