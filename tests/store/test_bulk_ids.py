"""Ids come from the database, never ``max(id) + 1``: two imports running at once (on
PostgreSQL, or two programs on one SQLite file) must not take the same ids, and nothing of
either may be lost or hung on the other's people."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select

from netgarden.formats.records import PersonRecord, PersonRef, Record, TouchRecord
from netgarden.services.database import Database, open_database
from netgarden.services.importing import import_sources
from netgarden.services.sources import Source
from netgarden.store.bulk import BulkLoader
from netgarden.store.tables import Contact, ContactEmail, Touch, TouchParticipant
from tests.conftest import NOW, TODAY

PEOPLE = 300


def _records(prefix: str, halfway: threading.Event | None = None) -> Iterator[Record]:
    for number in range(PEOPLE):
        if halfway is not None and number == PEOPLE // 2:
            halfway.set()  # the other import starts while this one is under way
        name, url = f"{prefix} {number}", f"https://www.linkedin.com/in/{prefix}{number}"
        email = f"{prefix}{number}@example.org"
        yield PersonRecord(file="x", line=number, name=name, emails=[email], linkedin_url=url)
        yield TouchRecord(
            file="x", line=number, occurred_on=TODAY, kind="email", direction="out",
            people=[PersonRef(name, url)], note=None, source_key=f"{prefix}-{number}",
        )  # fmt: skip


def _import(database: Database, prefix: str, halfway: threading.Event | None = None) -> None:
    source = Source(f"{prefix}.vcf", "vcard", lambda: _records(prefix, halfway))
    with database.transaction() as unit:
        import_sources(unit, [source], NOW)


def test_two_interleaved_imports_through_two_databases_keep_every_row(db_path: Path) -> None:
    first, second = open_database(db_path), open_database(db_path)
    halfway = threading.Event()
    failures: list[BaseException] = []

    def later() -> None:
        halfway.wait(timeout=30)
        try:
            _import(second, "Bo")
        except BaseException as error:
            failures.append(error)

    thread = threading.Thread(target=later)
    thread.start()
    _import(first, "Ada", halfway)
    thread.join(timeout=60)
    assert not failures and not thread.is_alive()
    with first.transaction(write=False) as unit:
        session = unit.session
        names = session.scalars(select(Contact.name)).all()
        assert len(names) == len(set(names)) == 2 * PEOPLE
        owners = session.execute(
            select(ContactEmail.email, Contact.name).join(
                Contact, Contact.id == ContactEmail.contact_id
            )
        ).all()
        assert sorted(owners) == sorted(
            (f"{p}{n}@example.org", f"{p} {n}") for p in ("Ada", "Bo") for n in range(PEOPLE)
        )
        touched = session.execute(
            select(Touch.source_key, Contact.name)
            .join(TouchParticipant, TouchParticipant.touch_id == Touch.id)
            .join(Contact, Contact.id == TouchParticipant.contact_id)
        ).all()
        assert sorted(touched) == sorted(
            (f"{p}-{n}", f"{p} {n}") for p in ("Ada", "Bo") for n in range(PEOPLE)
        )
    first.close()
    second.close()


def test_the_bulk_loader_hands_back_the_ids_the_database_gave(database: Database) -> None:
    assert not hasattr(BulkLoader, "next_ids")
    stamp = str(NOW)
    with database.transaction() as unit:
        loader = BulkLoader(unit.session)
        ids = loader.contacts(
            [(1, f"P{n}", f"p{n}", "none", stamp, stamp) for n in range(3)],
            ("workspace_id", "name", "name_key", "circle", "created_at", "updated_at"),
        )
        rows = unit.session.execute(select(Contact.id, Contact.name).order_by(Contact.id)).all()
        assert [tuple(r) for r in rows] == list(zip(ids, ["P0", "P1", "P2"], strict=True))
        day = (TODAY - dt.timedelta(days=1)).isoformat()
        touches = loader.touches([(1, day, "call", "out", None, None, stamp)] * 2)
        assert len(set(touches)) == 2
