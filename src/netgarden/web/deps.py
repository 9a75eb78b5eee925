"""Request-scoped dependencies: one unit of work (one transaction) per request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request

from netgarden.domain.agenda import AgendaItem
from netgarden.services.agenda import AgendaCache
from netgarden.services.database import LOCAL_WORKSPACE, Database, Unit
from netgarden.store.accounts import Signed

MAX_ID = 2**63 - 1  # SQLite's and PostgreSQL's bigint


def database(request: Request) -> Database:
    db: Database = request.app.state.database
    return db


READS = frozenset({"GET", "HEAD", "OPTIONS"})


def workspace_of(request: Request) -> int:
    """The workspace this request works in: the signed-in user's in server mode (the auth
    middleware put them in the request's state), the local one otherwise. Every page and
    API route's unit of work is opened here (``unit``, pages' ``in_transaction``)."""
    signed = getattr(request.state, "user", None)
    if signed is not None:
        return int(signed.workspace_id)
    if getattr(request.app.state, "multi_user", False):  # never fall back to the local data
        from netgarden.errors import NotSignedIn

        raise NotSignedIn("sign in first")
    return LOCAL_WORKSPACE


def signed_in(request: Request) -> Signed:
    """The signed-in user (server mode); teams have no meaning without one."""
    from netgarden.errors import NotSignedIn

    signed = getattr(request.state, "user", None)
    if signed is None:
        raise NotSignedIn(
            "teams work in server mode: start the server with multi-user accounts and sign in"
        )
    return signed  # type: ignore[no-any-return]


def unit(request: Request) -> Iterator[Unit]:
    """Committed when the handler returns, rolled back when it raises. Declared through
    ``UnitDep``: its "function" scope commits before the answer is sent, so a failed commit
    is an error answer and a client that got 201 finds what it wrote. Writes queue behind
    this process's other writers (Database.transaction); reads never wait."""
    workspace = workspace_of(request)
    with database(request).transaction(workspace, write=request.method not in READS) as work:
        yield work


# every route takes its unit of work through this (a test checks)
UnitDep = Annotated[Unit, Depends(unit, scope="function")]
SignedDep = Annotated[Signed, Depends(signed_in)]  # server mode (issue 19)


class Agenda:
    """The day's whole agenda, from the app's cache (fresh whenever the database changed)."""

    def __init__(self, request: Request) -> None:
        self.cache: AgendaCache = request.app.state.agenda
        self.database = database(request)

    def __call__(self, work: Unit, as_of: dt.date, every_lapsed: bool = False) -> list[AgendaItem]:
        return self.cache.get(work, as_of, every_lapsed)


def agenda(request: Request) -> Agenda:
    return Agenda(request)


def today() -> dt.date:
    return dt.date.today()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
