"""Bulk loading through the driver's ``executemany``: for generated networks (and imports).

Rows are tuples in the column order given; dates as ISO text, instants as
``YYYY-MM-DD HH:MM:SS.ffffff`` (the forms SQLAlchemy reads back on SQLite).

Ids come from the database, never from ``max(id) + 1`` (two imports at once would take the
same ones): on SQLite contacts and touches are inserted with ``INSERT … RETURNING``; on
PostgreSQL the ids are drawn from the table's sequence, then every row goes in by ``COPY``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Boolean, Date, DateTime
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from netgarden.errors import StoreError
from netgarden.store.tables import Base

CONTACT_COLUMNS: tuple[str, ...] = (
    "workspace_id", "name", "name_key", "company", "title", "how_met", "met_on",
    "met_at", "personal", "interests", "help_them", "help_me", "notes", "linkedin_url",
    "location", "industry", "function", "seniority", "birthday", "circle", "cadence_days",
    "created_at", "updated_at",
)  # fmt: skip


_SQLITE_VARIABLES = 32_766  # the most ? one statement may hold (SQLite 3.32 and later)


class BulkLoader:
    def __init__(self, session: Session) -> None:
        self.session = session

    def contacts(
        self, rows: Iterable[Sequence[Any]], columns: Sequence[str] = CONTACT_COLUMNS
    ) -> list[int]:
        """Insert contacts (no id column); returns the ids the database gave, in order.
        Each one created in a circle records it (store/circle_history.py)."""
        from netgarden.store.circle_history import record_created

        rows = list(rows)
        ids = self._insert_returning("contacts", columns, rows)
        if "circle" in columns:
            at = [columns.index(name) for name in ("workspace_id", "circle", "created_at")]
            record_created(
                self.session,
                [(row[at[0]], i, row[at[1]], row[at[2]]) for row, i in zip(rows, ids, strict=True)],
            )
        return ids

    def emails(self, rows: Iterable[Sequence[Any]]) -> None:
        columns = ("workspace_id", "contact_id", "email", "email_key", "position")
        self._insert("contact_emails", columns, rows)

    def phones(self, rows: Iterable[Sequence[Any]]) -> None:
        columns = ("workspace_id", "contact_id", "number", "e164", "position")
        self._insert("contact_phones", columns, rows)

    def tags(self, rows: Iterable[Sequence[Any]]) -> None:
        self._insert("contact_tags", ("workspace_id", "contact_id", "tag"), rows)

    def touches(self, rows: Iterable[Sequence[Any]], with_source_key: bool = False) -> list[int]:
        """Insert touches (no id column); returns the ids the database gave, in order."""
        columns = (
            "workspace_id", "occurred_on", "kind", "direction", "note", "replied",
            *(("source_key",) if with_source_key else ()), "created_at",
        )  # fmt: skip
        return self._insert_returning("touches", columns, rows)

    def participants(self, rows: Iterable[Sequence[Any]]) -> None:
        """Insert touch participants, then refresh their contacts' strength tallies."""
        from netgarden.store.strength_tallies import StrengthTallyRepo

        columns = ("touch_id", "contact_id", "workspace_id", "occurred_on")
        written: dict[int, set[int]] = {}

        def noted(found: Iterable[Sequence[Any]]) -> Iterable[Sequence[Any]]:
            for row in found:
                written.setdefault(row[2], set()).add(row[1])
                yield row

        self._insert("touch_participants", columns, noted(rows))
        for workspace_id, contact_ids in written.items():
            StrengthTallyRepo(self.session, workspace_id).refresh(contact_ids)

    def links(self, rows: Iterable[Sequence[Any]]) -> None:
        columns = ("workspace_id", "a_id", "b_id", "strength", "how", "source", "created_at")
        self._insert("links", columns, rows)

    def fingerprints(self, rows: Iterable[Sequence[Any]]) -> None:
        self._insert("import_fingerprints", ("workspace_id", "fingerprint", "contact_id"), rows)

    def _insert_returning(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> list[int]:
        connection = self.session.connection()
        if connection.dialect.name != "sqlite":
            return self._copy_with_ids(table, columns, list(rows))
        # SQLite has no sentinel for that (SQLAlchemy would send one INSERT per row, 6x slower
        # at 30,000 contacts): multi-row INSERT … RETURNING instead, as insertmanyvalues
        # would. SQLite gives rowids one after another, each above every id there is, while
        # this transaction holds the write lock, so ascending ids are the rows' order.
        per_batch = max(1, min(1000, _SQLITE_VARIABLES // len(columns)))
        one = "(" + ", ".join("?" for _ in columns) + ")"
        head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        ids: list[int] = []
        batch: list[Sequence[Any]] = []
        for row in [*rows, None]:
            if row is not None:
                batch.append(row)
            if batch and (row is None or len(batch) == per_batch):
                sql = head + ", ".join([one] * len(batch)) + " RETURNING id"
                flat = tuple(value for values in batch for value in values)
                ids += sorted(found for (found,) in connection.exec_driver_sql(sql, flat))
                batch = []
        if ids != sorted(ids):
            raise StoreError(f"the database gave {table} ids out of order; try again")
        return ids

    def _copy_with_ids(
        self, table: str, columns: Sequence[str], rows: list[Sequence[Any]]
    ) -> list[int]:
        """PostgreSQL: the ids drawn from the table's sequence first (another import's
        draws never collide with them), then the rows copied in with them."""
        drawn = self.session.connection().exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
            f"FROM generate_series(1, {len(rows)})"
        )
        ids = [int(i) for (i,) in drawn]
        with_ids = ((i, *row) for i, row in zip(ids, rows, strict=True))
        self._copy(table, ("id", *columns), typed(table, ("id", *columns), with_ids))
        return ids

    def _copy(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        _copy_rows(self.session, table, columns, rows)

    def _insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        connection = self.session.connection()
        if connection.dialect.paramstyle != "qmark":
            sql = sql.replace("?", "%s")
        if connection.dialect.name != "sqlite":
            self._copy(table, columns, typed(table, columns, rows))
            return
        batch: list[Sequence[Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 50_000:
                connection.exec_driver_sql(sql, batch)
                batch = []
        if batch:
            connection.exec_driver_sql(sql, batch)


def _copy_rows(
    session: Session, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """PostgreSQL's COPY, in this session's transaction: the fastest way rows go in."""
    import psycopg

    driver: Any = session.connection().connection.driver_connection
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as error:  # as SQLAlchemy's own calls raise it (IntegrityError…)
        raise DBAPIError.instance(statement, None, error, psycopg.Error) from None


def typed(
    table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> Iterator[tuple[Any, ...]]:
    """The rows with their ISO dates and instants as date and datetime objects and their
    0/1 flags as booleans: PostgreSQL, unlike SQLite, does not take text for a date."""
    kinds = [_kind(Base.metadata.tables[table].c[name].type) for name in columns]
    for row in rows:
        yield tuple(
            _convert(kind, value) if kind and value is not None else value
            for kind, value in zip(kinds, row, strict=True)
        )


def _kind(column_type: Any) -> str:
    if isinstance(column_type, DateTime):
        return "datetime"
    if isinstance(column_type, Date):
        return "date"
    return "bool" if isinstance(column_type, Boolean) else ""


def _convert(kind: str, value: Any) -> Any:
    if kind == "bool":
        return bool(value)
    if not isinstance(value, str):
        return value
    if kind == "date":
        return dt.date.fromisoformat(value[:10])
    return dt.datetime.fromisoformat(value)
