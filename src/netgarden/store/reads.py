"""Read statements written once and run two ways.

A read a command's start-up time matters for (``list``, ``search``, ``strength``, ``show``,
``today``) is written once, as SQLAlchemy Core, by a *builder* in its repository's module,
marked with :func:`statement` and the shapes it can take (the arguments that change its
text: an optional filter, a limit). A repository method asks a :class:`Reader` for the rows of
``"module:builder"`` in a shape with named parameters:

- :class:`SessionReader` builds the statement and runs it through SQLAlchemy (any
  database, PostgreSQL included, and every writing transaction);
- :class:`SqliteReader` runs the same statement's SQLite text, compiled ahead by SQLAlchemy
  into ``compiled_sqlite.json`` (``python -m netgarden.store.reads_compile`` writes it; a
  test checks it matches the builders), straight through ``sqlite3``: a read-only command
  on a current SQLite database never imports SQLAlchemy (0.2 s of every start-up).

Values cross the same way both ways: dates, instants and booleans in the text SQLAlchemy
stores them as, and back to ``date``, ``datetime`` and ``bool`` by the column's type.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sqlite3
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

Shape = tuple[Any, ...]
Params = Mapping[str, Any]
F = TypeVar("F", bound=Callable[..., Any])

COMPILED = Path(__file__).with_name("compiled_sqlite.json")
# the modules whose builders are compiled ahead (reads_compile imports each)
BUILDER_MODULES = (
    "agenda_states", "career", "circle_history", "contact_lists", "contacts", "event_stats",
    "goal_facts", "ledger", "network",
    "opportunities", "plans", "practice", "preferences", "profile", "reviews", "roi_stats",
    "search", "strength_tallies", "tasks", "teams",
)  # fmt: skip
# an empty IN list: never true, and NOT IN it always true, as SQLAlchemy renders it
_EMPTY = "SELECT NULL WHERE 0"


def statement(*shapes: Shape) -> Callable[[F], F]:
    """Mark a builder of a read statement with every shape it may be asked for."""

    def mark(builder: F) -> F:
        builder.shapes = shapes  # type: ignore[attr-defined]
        return builder

    return mark


class Reader(Protocol):
    def rows(self, name: str, shape: Shape, params: Params) -> list[Any]:
        """The rows of builder ``name`` ("module:function") in ``shape``, with ``params``."""


def builder(name: str) -> Callable[..., Any]:
    module, function = name.split(":")
    found: Callable[..., Any] = getattr(
        importlib.import_module(f"netgarden.store.{module}"), function
    )
    return found


def key(name: str, shape: Shape) -> str:
    return f"{name}{shape!r}"


class SessionReader:
    """Builds each statement and runs it on a SQLAlchemy session or connection."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def rows(self, name: str, shape: Shape, params: Params) -> list[Any]:
        # a session's own connection: Core rows without the ORM's result machinery
        run = self.session.connection() if hasattr(self.session, "get_bind") else self.session
        rows: list[Any] = run.execute(builder(name)(*shape), dict(params)).all()
        return rows


def reader_of(session: Any) -> Reader:
    """The reader a repository's ``session`` stands for: itself when it is one."""
    return session if isinstance(session, SqliteReader) else SessionReader(session)


@cache
def _compiled() -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = json.loads(COMPILED.read_text(encoding="utf-8"))
    return found


class SqliteReader:
    """Runs the statements' compiled SQLite text on a ``sqlite3`` connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def rows(self, name: str, shape: Shape, params: Params) -> list[Any]:
        try:
            sql, names, defaults, kinds = _compiled()[key(name, shape)]
        except KeyError:
            raise LookupError(f"{key(name, shape)} is not compiled: run reads_compile") from None
        values = {**defaults, **params}
        args: list[Any] = []
        for param in names:
            value = values[param]
            token = f"__[POSTCOMPILE_{param}]"
            if token in sql:
                items = [_bound(v) for v in value]
                sql = sql.replace(token, ", ".join("?" * len(items)) if items else _EMPTY, 1)
                args.extend(items)
            else:
                args.append(_bound(value))
        rows: list[Any] = self.connection.execute(sql, args).fetchall()
        convert = [(i, _CONVERT[kind]) for i, kind in enumerate(kinds) if kind in _CONVERT]
        if not convert:
            return rows
        # only the columns that need it, in place: a generator a row cost more than the read
        # (the call list reads 30,000 people and their strength tallies)
        found = []
        for row in rows:
            cells = list(row)
            for i, read in convert:
                if cells[i] is not None:
                    cells[i] = read(cells[i])
            found.append(tuple(cells))
        return found


def _bound(value: Any) -> Any:
    """A parameter as SQLAlchemy's SQLite types store it."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "date": dt.date.fromisoformat,
    "datetime": dt.datetime.fromisoformat,
    "bool": bool,
}
