"""Request-scoped dependencies: one unit of work (one transaction) per request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterator
from typing import Annotated, TypeVar

from fastapi import Depends, Request

from netgarden.domain.agenda import AgendaItem
from netgarden.services.agenda import AgendaCache
from netgarden.services.database import LOCAL_WORKSPACE, Database, Unit
from netgarden.store.accounts import Signed

T = TypeVar("T")
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
        self.reading = request.method in READS  # a writing request holds the write lock

    def __call__(self, work: Unit, as_of: dt.date, every_lapsed: bool = False) -> list[AgendaItem]:
        if as_of == today() and self.reading:  # issue 15: the week's first agenda picks
            picked = self.pick_week(work, as_of, every_lapsed)
            if picked is not None:
                return picked
        return self.cache.get(work, as_of, every_lapsed)

    def pick_week(self, work: Unit, as_of: dt.date, every_lapsed: bool) -> list[AgendaItem] | None:
        """The week's dormant picks, made once in a writing transaction of their own (a
        page's unit of work only reads); what that computed is cached for the snapshot that
        follows it, which this request then reads. A week with nothing to pick is asked
        again only once the workspace changes."""
        from netgarden.domain.practice import week_of
        from netgarden.services.routines import ensure_week_picks, week_picked

        asked = (work.workspace_id, week_of(as_of), work.changes())
        # whether picked, not the routines (how many picks were reached): every Today asks
        if asked in self.cache.nothing_to_pick or week_picked(work, as_of):
            return None
        with self.database.transaction(work.workspace_id) as writing:
            made = ensure_week_picks(writing, as_of)
        if made is None:
            return None
        if made[1].picks is None:  # no lapsed tie to pick: nothing was written
            self.cache.nothing_to_pick.add(asked)
            self.cache.put(work, as_of, made)
            return None
        with self.database.transaction(work.workspace_id, write=False) as fresh:
            self.cache.put(fresh, as_of, made)
            return self.cache.get(fresh, as_of, every_lapsed)


def kept(request: Request, work: Unit, what: Hashable, compute: Callable[[Unit], T]) -> T:
    """``what`` as of ``work``'s snapshot, ``compute(work)`` once per data version (issue 11:
    the pages that run everyone's reviews); any write of any process computes it again (a
    write of this server's, in the background right after it: services/refresher.py)."""
    from netgarden.services.snapshots import Snapshots

    results: Snapshots = request.app.state.results
    return results.get(work, what, compute)


def agenda(request: Request) -> Agenda:
    return Agenda(request)


def today() -> dt.date:
    return dt.date.today()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
