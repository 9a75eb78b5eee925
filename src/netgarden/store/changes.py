"""A change counter per workspace, bumped by every transaction that wrote to it: what is
computed from a workspace's rows (the agenda) is cached on ``(workspace, counter)``, on
any database and across processes (another program's commit bumps the same row).

A transaction "wrote" when its connection ran an INSERT, UPDATE or DELETE (through the
ORM, Core or the bulk loader's driver calls alike); a read-only one never bumps.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event, select, update
from sqlalchemy.orm import Session, sessionmaker

from netgarden.store.tables import Workspace

_WROTE = "netgarden_wrote"
_CONNECTION = "netgarden_connection"
# a WITH … may write: counting it as a write costs at most one recomputed agenda
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "WITH")


def track_writes(engine: Engine, *sessions: sessionmaker[Session]) -> None:
    """Note on each connection whether its current transaction has written, and on each
    session which connection its transaction runs on."""
    for factory in sessions:
        event.listen(factory, "after_begin", _began)
    if event.contains(engine, "before_cursor_execute", _noted):
        return
    event.listen(engine, "before_cursor_execute", _noted)
    for name in ("begin", "commit", "rollback"):
        event.listen(engine, name, _cleared)


def _began(session: Session, _t: Any, connection: Connection) -> None:
    session.info[_CONNECTION] = connection


def _noted(connection: Connection, _c: Any, statement: str, *_: Any) -> None:
    if statement.lstrip()[:7].upper().startswith(_WRITES):
        connection.info[_WROTE] = True


def _cleared(connection: Connection) -> None:
    connection.info.pop(_WROTE, None)


def wrote(session: Session) -> bool:
    """Whether the session's transaction has written anything so far (without starting one)."""
    connection = session.info.get(_CONNECTION)
    if connection is None or connection.closed:  # none yet, or rolled back and let go
        return False
    return bool(connection.info.get(_WROTE, False))


def bump(session: Session, workspace_id: int) -> None:
    session.execute(
        update(Workspace).where(Workspace.id == workspace_id).values(changes=Workspace.changes + 1)
    )


def counter(session: Session, workspace_id: int) -> int:
    """The workspace's change counter as this transaction sees it."""
    found = session.scalar(select(Workspace.changes).where(Workspace.id == workspace_id))
    return int(found or 0)
