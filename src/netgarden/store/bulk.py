"""Bulk loading through the driver's ``executemany``: for generated networks (and imports).

Rows are tuples in the column order given; dates as ISO text, instants as
``YYYY-MM-DD HH:MM:SS.ffffff`` (the forms SQLAlchemy reads back on SQLite).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from netgarden.store.tables import Contact, Touch

CONTACT_COLUMNS: tuple[str, ...] = (
    "id", "workspace_id", "name", "name_key", "company", "title", "how_met", "met_on",
    "met_at", "personal", "interests", "help_them", "help_me", "notes", "linkedin_url",
    "location", "industry", "function", "seniority", "birthday", "circle", "cadence_days",
    "created_at", "updated_at",
)  # fmt: skip


class BulkLoader:
    def __init__(self, session: Session) -> None:
        self.session = session

    def next_ids(self) -> tuple[int, int]:
        """The first free contact id and touch id."""
        contact = self.session.scalar(select(func.max(Contact.id))) or 0
        touch = self.session.scalar(select(func.max(Touch.id))) or 0
        return contact + 1, touch + 1

    def contacts(
        self, rows: Iterable[Sequence[Any]], columns: Sequence[str] = CONTACT_COLUMNS
    ) -> None:
        self._insert("contacts", columns, rows)

    def emails(self, rows: Iterable[Sequence[Any]]) -> None:
        columns = ("workspace_id", "contact_id", "email", "email_key", "position")
        self._insert("contact_emails", columns, rows)

    def phones(self, rows: Iterable[Sequence[Any]]) -> None:
        columns = ("workspace_id", "contact_id", "number", "e164", "position")
        self._insert("contact_phones", columns, rows)

    def tags(self, rows: Iterable[Sequence[Any]]) -> None:
        self._insert("contact_tags", ("workspace_id", "contact_id", "tag"), rows)

    def touches(self, rows: Iterable[Sequence[Any]], with_source_key: bool = False) -> None:
        columns = (
            "id", "workspace_id", "occurred_on", "kind", "direction", "note", "replied",
            *(("source_key",) if with_source_key else ()), "created_at",
        )  # fmt: skip
        self._insert("touches", columns, rows)

    def participants(self, rows: Iterable[Sequence[Any]]) -> None:
        columns = ("touch_id", "contact_id", "workspace_id", "occurred_on")
        self._insert("touch_participants", columns, rows)

    def links(self, rows: Iterable[Sequence[Any]]) -> None:
        columns = ("workspace_id", "a_id", "b_id", "strength", "how", "source", "created_at")
        self._insert("links", columns, rows)

    def fingerprints(self, rows: Iterable[Sequence[Any]]) -> None:
        self._insert("import_fingerprints", ("workspace_id", "fingerprint", "contact_id"), rows)

    def _insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        connection = self.session.connection()
        if connection.dialect.paramstyle != "qmark":
            sql = sql.replace("?", "%s")
        batch: list[Sequence[Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 50_000:
                connection.exec_driver_sql(sql, batch)
                batch = []
        if batch:
            connection.exec_driver_sql(sql, batch)
