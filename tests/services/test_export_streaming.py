"""`export json` streams table by table (issue 18): the same bytes as the whole-document
writer it replaced, and memory that does not grow with the network."""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import open_database
from netgarden.services.exporting import export_network
from netgarden.services.generate import generate_network
from netgarden.services.touches import TouchInput, log_touch
from netgarden.store.backup import FORMAT, TABLES, VERSION, _columns, _table, dump_chunks
from netgarden.store.schema import HEAD
from tests.conftest import NOW, TODAY


def whole_document(session: Session, workspace_id: int, schema: str) -> str:
    """The writer before issue 18, kept as the reference: one document, one json.dumps."""
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
        out = [[v.isoformat() if isinstance(v, dt.date) else v for v in row] for row in rows]
        tables[name] = {"columns": columns, "rows": out}
    document = {"format": FORMAT, "version": VERSION, "schema": schema, "tables": tables}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), indent=None) + "\n"


def test_the_streamed_backup_is_the_same_bytes_as_the_whole_document(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a.db")
    with database.transaction() as unit:
        generate_network(unit, contacts=300, touches=5000, seed=4, end=TODAY)
        ada = add_contact(
            unit, ContactInput(name='Ada "Ünïcode" \\ Lovelace', notes="line\nbreak ☕"), NOW, TODAY
        )
        log_touch(unit, [ada, 1], TouchInput("coffee", note="évals\t\u2028"), NOW, TODAY)
        unit.preference_values.set("lapsed_limit", "7")
        export_network(unit, "json", tmp_path / "a.json", "4.0", TODAY)
        expected = whole_document(unit.session, unit.workspace_id, HEAD).encode("utf-8")
        assert export_network(unit, "json", None, "4.0", TODAY) == expected
    database.close()
    assert (tmp_path / "a.json").read_bytes() == expected


def test_an_empty_workspace_streams_the_same_bytes_too(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a.db")
    with database.transaction() as unit:
        expected = whole_document(unit.session, unit.workspace_id, HEAD).encode("utf-8")
        assert export_network(unit, "json", None, "4.0", TODAY) == expected
    database.close()


def _backup_peak(db: Path, touches: int) -> tuple[int, int]:
    """(bytes of the backup, peak bytes allocated while streaming it, 200 rows a chunk)."""
    database = open_database(db)
    with database.transaction() as unit:
        generate_network(unit, contacts=100, touches=touches, seed=2, end=TODAY)
        for _ in dump_chunks(unit.session, unit.workspace_id, HEAD):
            pass  # warm: the statements' compiled forms are cached once, at any size
        size = 0
        tracemalloc.start()
        for text in dump_chunks(unit.session, unit.workspace_id, HEAD, rows_per_chunk=200):
            size += len(text.encode("utf-8"))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    database.close()
    return size, peak


def test_streaming_memory_does_not_grow_with_the_network(tmp_path: Path) -> None:
    small_size, small_peak = _backup_peak(tmp_path / "small.db", 1500)
    big_size, big_peak = _backup_peak(tmp_path / "big.db", 6000)
    assert big_size > 3 * small_size
    assert big_peak < 1.25 * small_peak, f"{small_peak:,} -> {big_peak:,} bytes at the peak"


def test_stored_text_in_unusual_forms_streams_as_sqlalchemy_reads_it(tmp_path: Path) -> None:
    """The raw SQLite formatter (issue 18) writes what the typed rows would: instants
    stored without microseconds or with a T, a flag stored as 0/1."""
    from sqlalchemy import text

    from netgarden.store.backup import _raw_parts, _typed_parts

    database = open_database(tmp_path / "a.db")
    with database.transaction() as unit:
        ids = [add_contact(unit, ContactInput(name=n), NOW, TODAY) for n in ("Ada", "Bo", "Cy")]
        log_touch(unit, ids, TouchInput("email", "2026-11-02", "out", replied=False), NOW, TODAY)
        unit.session.execute(
            text("UPDATE contacts SET created_at = :at, updated_at = '2026-11-22T09:30:00' "
                 "WHERE id = :id"), {"at": "2026-11-22 09:00:00", "id": ids[1]},
        )  # fmt: skip
        unit.session.execute(
            text("UPDATE contacts SET archived_at = '2026-11-22 09:00:00.250000' WHERE id = :id"),
            {"id": ids[2]},
        )
        for name in ("contacts", "touches", "touch_participants"):
            table = _table(name)
            columns = _columns(table)
            query = (
                select(*(table.c[c] for c in columns))
                .where(table.c.workspace_id == 1)
                .order_by(table.c.id if "id" in table.c else table.c[columns[0]])
            )
            raw = [r for part in _raw_parts(unit.session, query, table, columns, 2) for r in part]
            typed = [r for part in _typed_parts(unit.session, query, 2) for r in part]
            assert raw == typed, name
            assert json.dumps(raw) == json.dumps(typed)
    database.close()
