"""A lossless JSON backup of one workspace, and restoring it into an empty database.

Every table is written with its columns and its rows in primary-key order, values in their
canonical text form (ISO dates), so that export → restore → export gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Table, insert, select
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.orm import Session

from netgarden.errors import BackupError as BackupError  # callers import it from here
from netgarden.store import plan_tables as plan_tables  # its tables, in Base.metadata
from netgarden.store import review_tables as review_tables  # issue 13: its tables in Base
from netgarden.store.tables import Base

_SQLITE = sqlite_dialect()
# how SQLAlchemy reads a stored instant or day that is not in its usual text
_PARSE_STAMP: Any = _SQLITE.type_descriptor(DateTime()).result_processor(_SQLITE, None)  # type: ignore[no-untyped-call]
_PARSE_DAY: Any = _SQLITE.type_descriptor(Date()).result_processor(_SQLITE, None)  # type: ignore[no-untyped-call]

FORMAT = "netgarden-backup"
VERSION = 1
# parents before children, so foreign keys hold while restoring
TABLES = (
    "contacts", "contact_emails", "contact_phones", "contact_tags", "touches",
    "touch_participants", "duplicate_candidates", "import_fingerprints", "ledger_entries",
    "links", "introductions", "events", "event_people", "tasks", "outreach_templates", "plans",
    "plan_people", "profiles", "preferences", "feed_tokens", "feed_items", "sync_cards",
    "circle_changes", "diversity_targets", "profile",
    "goals", "content_items", "content_people", "communities",  # issue 15
    "anniversaries", "week_picks",  # issue 15
    "companies", "role_changes", "job_changes",  # issue 16
    "opportunities", "opportunity_stages", "opportunity_shares",  # issue 16
)  # fmt: skip
# what each table holds, in the words of the person restoring a backup
WORDS = {
    "contacts": "contacts",
    "contact_emails": "emails",
    "contact_phones": "phone numbers",
    "contact_tags": "tags",
    "touches": "touches",
    "touch_participants": "people in touches",
    "duplicate_candidates": "possible duplicates",
    "import_fingerprints": "import records",
    "ledger_entries": "ledger entries",
    "links": "links",
    "introductions": "introductions",
    "events": "events",
    "event_people": "people at events",
    "tasks": "tasks",
    "outreach_templates": "outreach templates",
    "plans": "planned meetings",
    "plan_people": "people in planned meetings",
    "profiles": "profile",
    "preferences": "settings",
    "feed_tokens": "calendar feed address",
    "feed_items": "calendar feed entries",
    "sync_cards": "address-book sync state",
    "circle_changes": "circle history",
    "diversity_targets": "diversity targets",
    "profile": "your profile",
    "goals": "goals",
    "content_items": "content",
    "content_people": "people in content",  # 15
    "communities": "communities",  # issue 15
    "anniversaries": "anniversaries",  # issue 15
    "week_picks": "weekly dormant picks",  # issue 15
    "companies": "companies",  # issue 16
    "role_changes": "role history",  # issue 16
    "job_changes": "job changes to review",  # issue 16
    "opportunities": "opportunities",
    "opportunity_stages": "opportunity stage changes",
    "opportunity_shares": "opportunities shared",  # issue 16
}


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name != "workspace_id"]


def dump(session: Session, workspace_id: int, schema: str) -> str:
    """The whole backup as one string (small workspaces, tests): :func:`dump_chunks` joined."""
    return "".join(dump_chunks(session, workspace_id, schema))


def dump_chunks(
    session: Session, workspace_id: int, schema: str, rows_per_chunk: int = 2000
) -> Iterator[str]:
    """The backup, table by table, a few thousand rows at a time: the same text as
    ``json.dumps`` of the whole document, in memory only a chunk's worth (issue 18)."""
    head = {"format": FORMAT, "version": VERSION, "schema": schema}
    yield _json(head)[:-1] + ',"tables":{'
    raw = session.connection().dialect.name == "sqlite"
    for index, name in enumerate(TABLES):
        table = _table(name)
        columns = _columns(table)
        order = [table.c[c.name] for c in table.primary_key.columns]
        query = (
            select(*(table.c[c] for c in columns))
            .where(table.c.workspace_id == workspace_id)
            .order_by(*order)
        )
        yield ("," if index else "") + f'{_json(name)}:{{"columns":{_json(columns)},"rows":['
        parts = (
            _raw_parts(session, query, table, columns, rows_per_chunk)
            if raw
            else _typed_parts(session, query, rows_per_chunk)
        )
        first = True
        for part in parts:
            if part:
                text = _json(part)[1:-1]  # one encoder call a chunk: the rows, comma-joined
                yield text if first else "," + text
                first = False
        yield "]}"
    yield "}}\n"


def _typed_parts(session: Session, query: Any, size: int) -> Iterator[list[list[Any]]]:
    """Rows as SQLAlchemy types them (any database), dates in ISO text."""
    rows = session.connection().execute(query.execution_options(yield_per=size))
    for part in rows.partitions(size):  # a server-side cursor on PostgreSQL
        yield [[_out(v) for v in row] for row in part]


def _raw_parts(
    session: Session, query: Any, table: Table, columns: list[str], size: int
) -> Iterator[list[list[Any]]]:
    """SQLite's stored values straight from the driver, each column put in the backup's
    text by a formatter chosen once per table (issue 18): the same values as
    :func:`_typed_parts` without building a date object per cell."""
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.string, [compiled.params[n] for n in compiled.positiontup or []])
        formats = [_RAW.get(type(table.c[c].type)) for c in columns]
        if not any(formats):
            while part := cursor.fetchmany(size):
                yield [list(row) for row in part]
            return
        pairs = list(enumerate(formats))
        while part := cursor.fetchmany(size):
            out = [list(row) for row in part]
            for i, fmt in pairs:
                if fmt is not None:
                    for row in out:
                        if row[i] is not None:
                            row[i] = fmt(row[i])
            yield out
    finally:
        cursor.close()


def _stamp(text: Any) -> Any:
    """A stored instant as ``datetime.isoformat`` writes it."""
    if isinstance(text, str) and len(text) == 26 and text[10] == " ":
        return text[:10] + "T" + (text[11:19] if text.endswith(".000000") else text[11:])
    return _out(_PARSE_STAMP(text))


def _day(text: Any) -> Any:
    if isinstance(text, str) and len(text) == 10:
        return text
    return _out(_PARSE_DAY(text))


_RAW: dict[type, Any] = {DateTime: _stamp, Date: _day, Boolean: bool}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), indent=None)


def _out(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def load(session: Session, workspace_id: int, text: str) -> dict[str, int]:
    """Check the whole backup, then insert every row; the caller has checked the workspace
    is empty. Returns the rows restored per table. Errors name what was damaged in the
    user's words; nothing is written before everything is checked. A row keeps its id
    where it is free (a new database: the next backup is the same bytes); where another
    workspace holds it, the database gives a new one and what refers to the row follows."""
    from netgarden.store.backup_check import Damaged, check_tables, required_tables

    document = _document(text)
    tables = document["tables"]
    missing = [n for n in required_tables(document["schema"], TABLES) if n not in tables]
    if missing:
        raise BackupError(
            f"it has no {', '.join(WORDS[n] for n in missing)}, so it is incomplete; "
            "make it again with `netgarden export json`"
        )
    rows = {name: _rows(name, tables[name], workspace_id) for name in TABLES if name in tables}
    try:
        check_tables(rows, WORDS)
    except Damaged as exc:
        raise BackupError(str(exc)) from None
    moved: dict[str, dict[int, int]] = {}
    for name, found in rows.items():
        if found:
            _follow(name, found, moved)
            moved[name] = _insert(session, name, found)
    _derived(session, workspace_id)
    return {name: len(rows.get(name, [])) for name in TABLES}


def _derived(session: Session, workspace_id: int) -> None:
    """What a backup leaves out because it follows from the rows: rebuilt after a restore."""
    from netgarden.store.strength_tallies import StrengthTallyRepo

    StrengthTallyRepo(session, workspace_id).rebuild()


def _follow(name: str, rows: list[dict[str, Any]], moved: dict[str, dict[int, int]]) -> None:
    """Point references at the new ids of rows that could not keep theirs."""
    from netgarden.store.backup_check import REFERENCES

    for (table, column), parent in REFERENCES.items():
        renamed = moved.get(parent)
        if table == name and renamed:
            for row in rows:
                row[column] = renamed.get(row[column], row[column])


def _taken(session: Session, table: Table, ids: list[Any]) -> bool:
    """Whether any of ``ids`` is already a row of ``table`` (in any workspace)."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        if session.scalar(select(table.c.id).where(table.c.id.in_(chunk)).limit(1)) is not None:
            return True
    return False


def _document(text: str) -> dict[str, Any]:
    """The backup's outer shape: format, version, schema, a table of tables."""
    from netgarden.store.schema import REVISIONS

    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BackupError(f"line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise BackupError("nested too deeply to be a netgarden backup") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupError("not a netgarden backup (made by `netgarden export json`)")
    if document.get("version") != VERSION:
        raise BackupError(
            f"backup version {document.get('version')!r}; this netgarden reads {VERSION}"
        )
    schema = document.get("schema")
    if not isinstance(schema, str) or schema not in REVISIONS:
        newer = isinstance(schema, str) and schema > REVISIONS[-1]
        raise BackupError(
            f"made by a newer netgarden (schema {schema}); upgrade netgarden to restore it"
            if newer
            else f"schema {schema!r} is not one netgarden wrote; not a netgarden backup"
        )
    if not isinstance(document.get("tables"), dict):
        raise BackupError(
            "it holds no data; not a netgarden backup (made by `netgarden export json`)"
        )
    return document


def _rows(name: str, part: Any, workspace_id: int) -> list[dict[str, Any]]:
    word, table = WORDS[name], _table(name)
    if not isinstance(part, dict) or "columns" not in part or "rows" not in part:
        raise BackupError(f"{word}: not a list of columns and rows")
    columns, rows = part["columns"], part["rows"]
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise BackupError(f"{word}: the field names are not a list of names")
    if not isinstance(rows, list):
        raise BackupError(f"{word}: not a list of rows")
    unknown = [c for c in columns if c not in table.c or c == "workspace_id"]
    if unknown:
        fields = "field" if len(unknown) == 1 else "fields"
        raise BackupError(f"{word}: unknown {fields} {', '.join(unknown)}")
    absent = [
        c.name
        for c in table.columns
        if c.name not in columns and c.name != "workspace_id" and _required(c)
    ]
    if absent:
        raise BackupError(f"{word}: no {', '.join(c.replace('_', ' ') for c in absent)} field")
    kinds = [table.c[c] for c in columns]
    found = []
    for number, row in enumerate(rows, 1):
        if not isinstance(row, list) or len(row) != len(columns):
            size = len(row) if isinstance(row, list) else "not a list of"
            raise BackupError(f"{word}, row {number}: {size} values for {len(columns)} fields")
        try:
            values = {c.name: _in(v, c) for c, v in zip(kinds, row, strict=True)}
        except BackupError as exc:
            raise BackupError(f"{word}, row {number}: {exc}") from None
        found.append({"workspace_id": workspace_id, **values})
    return found


def _required(column: Any) -> bool:
    return not column.nullable and column.default is None


def _insert(session: Session, name: str, rows: list[dict[str, Any]]) -> dict[int, int]:
    """Insert, telling a damaged backup apart by what the database refused. Returns the
    new id of each row whose id another workspace holds (then every row gets a new one)."""
    from sqlalchemy.exc import IntegrityError, StatementError

    word, table = WORDS[name], _table(name)
    try:
        if "id" in table.c and _taken(session, table, [row["id"] for row in rows]):
            fresh = [{k: v for k, v in row.items() if k != "id"} for row in rows]
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            given = session.execute(statement, fresh).scalars().all()
            return dict(zip((row["id"] for row in rows), given, strict=True))
        session.execute(insert(table), rows)
        return {}
    except IntegrityError as exc:
        reason = str(exc.orig)
        columns = [c.split(".")[-1] for c in reason.partition(": ")[2].split(", ")]
        columns = [c.replace("_", " ") for c in columns if c != "workspace_id"]
        if reason.startswith("UNIQUE"):
            raise BackupError(f"{word}: the same {', '.join(columns)} appears twice") from None
        if reason.startswith("NOT NULL"):
            raise BackupError(f"{word}: a row has no {', '.join(columns)}") from None
        if reason.startswith("FOREIGN KEY"):
            raise BackupError(
                f"{word}: a row refers to something that is not in the backup"
            ) from None
        raise BackupError(f"{word}: a row has a value netgarden does not accept") from None
    except StatementError:
        raise BackupError(f"{word}: a value is not text, a number or a date") from None


def _in(value: Any, column: Any) -> Any:
    """A value as the column holds it, or BackupError saying what it is not."""
    from netgarden.domain.values import FIRST_DAY, LAST_DAY

    name, kind = column.name.replace("_", " "), column.type
    if value is None:
        if _required(column) or column.primary_key:
            raise BackupError(f"has no {name}")
        return None
    if isinstance(kind, DateTime | Date):
        try:
            moment = dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise BackupError(f"{name} {value!r} is not a date") from None
        if isinstance(kind, DateTime):
            return moment
        day = dt.date.fromisoformat(value) if len(value) == 10 else None
        if day is None or not FIRST_DAY <= day <= LAST_DAY:
            raise BackupError(f"{name} {value!r} is not a date from 1900 to 2999")
        return day
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise BackupError(f"{name} {value!r} is not true or false")
    elif isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or not -(2**63) <= value < 2**63:
            raise BackupError(f"{name} {value!r} is not a whole number")
    elif not isinstance(value, str):
        raise BackupError(f"{name} {value!r} is not text")
    return value
