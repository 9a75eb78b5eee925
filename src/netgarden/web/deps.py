"""Request-scoped dependencies: one unit of work (one transaction) per request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request

from netgarden.domain.agenda import AgendaItem
from netgarden.services.agenda import AgendaCache
from netgarden.services.database import Database, Unit

MAX_ID = 2**63 - 1  # SQLite's and PostgreSQL's bigint


def database(request: Request) -> Database:
    db: Database = request.app.state.database
    return db


READS = frozenset({"GET", "HEAD", "OPTIONS"})


def unit(request: Request) -> Iterator[Unit]:
    """Committed when the handler returns, rolled back when it raises. Declared through
    ``UnitDep``: its "function" scope commits before the answer is sent, so a failed commit
    is an error answer and a client that got 201 finds what it wrote. Writes queue behind
    this process's other writers (Database.transaction); reads never wait."""
    with database(request).transaction(write=request.method not in READS) as work:
        yield work


# every route takes its unit of work through this (a test checks)
UnitDep = Annotated[Unit, Depends(unit, scope="function")]


class Agenda:
    """The day's whole agenda, from the app's cache (fresh whenever the database changed)."""

    def __init__(self, request: Request) -> None:
        self.cache: AgendaCache = request.app.state.agenda
        self.database = database(request)
        self.reading = request.method in READS  # a writing request holds the write lock

    def __call__(self, work: Unit, as_of: dt.date, every_lapsed: bool = False) -> list[AgendaItem]:
        if (
            as_of == today() and self.reading
        ):  # issue 15: the week's first agenda picks its dormant ties
            self.pick_week(work, as_of)
        return self.cache.get(work, as_of, every_lapsed)

    def pick_week(self, work: Unit, as_of: dt.date) -> None:
        """The week's picks, made once in a writing transaction of their own (a page's
        unit of work only reads); this request's snapshot shows them from the next one."""
        from netgarden.services.routines import ensure_week_picks, routines_of

        if routines_of(work, as_of).picks is not None:
            return
        with self.database.transaction(work.workspace_id) as writing:
            ensure_week_picks(writing, as_of)


def agenda(request: Request) -> Agenda:
    return Agenda(request)


def today() -> dt.date:
    return dt.date.today()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
