"""A lossless JSON backup of one workspace, and restoring it into an empty database.

Every table is written with its columns and its rows in primary-key order, values in their
canonical text form (ISO dates), so that export → restore → export gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Date, DateTime, Table, insert, select
from sqlalchemy.orm import Session

from netgarden.store.tables import Base

FORMAT = "netgarden-backup"
VERSION = 1
# parents before children, so foreign keys hold while restoring
TABLES = (
    "contacts",
    "contact_emails",
    "contact_phones",
    "contact_tags",
    "touches",
    "touch_participants",
    "duplicate_candidates",
    "import_fingerprints",
    "ledger_entries",
    "links",
    "introductions",
    "preferences",
)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name != "workspace_id"]


def dump(session: Session, workspace_id: int, schema: str) -> str:
    tables: dict[str, Any] = {}
    for name in TABLES:
        table = _table(name)
        columns = _columns(table)
        order = [table.c[c.name] for c in table.primary_key.columns]
        rows = session.connection().execute(
            select(*(table.c[c] for c in columns))
            .where(table.c.workspace_id == workspace_id)
            .order_by(*order)
        )
        tables[name] = {"columns": columns, "rows": [[_out(v) for v in row] for row in rows]}
    document = {"format": FORMAT, "version": VERSION, "schema": schema, "tables": tables}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), indent=None) + "\n"


def _out(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


class BackupError(ValueError):
    """The document is not a netgarden backup this version can restore."""


def load(session: Session, workspace_id: int, text: str) -> dict[str, int]:
    """Insert every row of a backup; the caller has checked the database is empty."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BackupError(f"line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupError("not a netgarden backup (made by `netgarden export json`)")
    if document.get("version") != VERSION:
        raise BackupError(
            f"backup version {document.get('version')!r}; this netgarden reads {VERSION}"
        )
    counts: dict[str, int] = {}
    for name in TABLES:
        part = document.get("tables", {}).get(name, {"columns": [], "rows": []})
        table = _table(name)
        columns = part.get("columns", [])
        unknown = [c for c in columns if c not in table.c]
        if unknown:
            raise BackupError(f"table {name}: unknown columns {', '.join(unknown)}")
        types = [table.c[c].type for c in columns]
        rows = [
            {
                "workspace_id": workspace_id,
                **{c: _in(v, t) for c, v, t in zip(columns, row, types, strict=True)},
            }
            for row in part.get("rows", [])
        ]
        if rows:
            session.execute(insert(table), rows)
        counts[name] = len(rows)
    return counts


def _in(value: Any, kind: Any) -> Any:
    if value is None:
        return None
    try:
        if isinstance(kind, DateTime):
            return dt.datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BackupError(f"{value!r} is not a date") from None
    return value
