"""A name-only record is remembered by an explicit, versioned tuple of its fields: a field
added to PersonRecord later must not change the fingerprint (or the next import would take
every name-only contact for someone new)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import text

from netgarden.formats.records import PersonRecord, Record
from netgarden.services.database import Unit
from netgarden.services.importing import (
    FINGERPRINT_V1,
    ImportSummary,
    Source,
    _fingerprints,
    import_sources,
)
from tests.conftest import NOW


@dataclass
class RecordWithAPrivateNote(PersonRecord):
    """PersonRecord as it may grow: a field no fingerprint version names."""

    private_note: str | None = "met at the clinic"


def _people() -> list[PersonRecord]:
    return [
        PersonRecord("a.csv", 2, "Ada Lovelace", company="Analytical", tags=["math"]),
        PersonRecord("a.csv", 3, "Alan Turing", met_on=dt.date(1936, 5, 28)),
    ]


def _grown(record: PersonRecord) -> RecordWithAPrivateNote:
    values = {name: getattr(record, name) for name in record.__dataclass_fields__}
    return RecordWithAPrivateNote(**values)


def _import(unit: Unit, records: list[PersonRecord]) -> ImportSummary:
    def read() -> Iterator[Record]:
        yield from records

    return import_sources(unit, [Source("a.csv", "csv", read)], NOW)


def test_the_fingerprint_names_its_fields_and_version() -> None:
    record = _people()[0]
    fingerprint, _ = _fingerprints(record)
    assert fingerprint.startswith("1:") and len(fingerprint) == 40
    assert "file" not in FINGERPRINT_V1 and "line" not in FINGERPRINT_V1


def test_a_field_added_to_the_record_changes_no_fingerprint() -> None:
    for record in _people():
        assert _fingerprints(_grown(record)) == _fingerprints(record)


def test_where_a_record_sits_in_its_file_changes_nothing() -> None:
    record = _people()[0]
    moved = PersonRecord("b.csv", 99, "Ada Lovelace", company="Analytical", tags=["math"])
    assert _fingerprints(moved) == _fingerprints(record)


def test_a_reimport_after_the_record_grew_is_still_a_no_op(unit: Unit) -> None:
    assert _import(unit, _people()).created == 2
    again = _import(unit, [_grown(record) for record in _people()])
    assert (again.created, again.unchanged) == (0, 2)


def test_fingerprints_stored_before_versioning_still_match(unit: Unit) -> None:
    """Databases hold the bare SHA-1 of every field (the rule before versioning); those rows
    must still make a re-import a no-op, and are remembered under the versioned form too."""
    assert _import(unit, _people()).created == 2
    stored = dict(unit.session.execute(text(SELECT)).all())
    unit.session.execute(text("DELETE FROM import_fingerprints"))
    for record in _people():
        # the rule before versioning, spelled out: every field but the file and the line
        old = "\x1f".join(repr(v) for k, v in record.__dict__.items() if k not in ("file", "line"))
        digest = hashlib.sha1(old.encode("utf-8")).hexdigest()
        assert _fingerprints(record)[1] == digest
        row = {"fp": digest, "id": stored[_fingerprints(record)[0]]}
        unit.session.execute(text(INSERT), row)
    again = _import(unit, _people())
    assert (again.created, again.unchanged) == (0, 2)
    now_stored = dict(unit.session.execute(text(SELECT)).all())
    assert {_fingerprints(r)[0] for r in _people()} <= set(now_stored)


SELECT = "SELECT fingerprint, contact_id FROM import_fingerprints"
INSERT = (
    "INSERT INTO import_fingerprints (workspace_id, fingerprint, contact_id) VALUES (1, :fp, :id)"
)
