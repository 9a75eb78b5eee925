"""Request-scoped dependencies: one unit of work (one transaction) per request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from fastapi import Request

from netgarden.domain.agenda import AgendaItem
from netgarden.services.agenda import AgendaCache
from netgarden.services.database import Database, Unit

MAX_ID = 2**63 - 1  # SQLite's and PostgreSQL's bigint


def database(request: Request) -> Database:
    db: Database = request.app.state.database
    return db


def unit(request: Request) -> Iterator[Unit]:
    """Committed when the handler returns, rolled back when it raises."""
    with database(request).transaction() as work:
        yield work


class Agenda:
    """The day's whole agenda, from the app's cache (fresh whenever the database changed)."""

    def __init__(self, request: Request) -> None:
        self.cache: AgendaCache = request.app.state.agenda
        self.database = database(request)

    def __call__(self, work: Unit, as_of: dt.date) -> list[AgendaItem]:
        return self.cache.get(work, self.database.version(), as_of)


def agenda(request: Request) -> Agenda:
    return Agenda(request)


def today() -> dt.date:
    return dt.date.today()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
