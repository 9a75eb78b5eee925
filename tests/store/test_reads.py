"""Read statements written once: their compiled SQLite text is current, and a bare
``sqlite3`` reader answers exactly what SQLAlchemy answers (store/reads.py)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import insert

from netgarden.domain.views import ListFilter
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Database
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.read_only import ReadUnit, read_unit
from netgarden.services.touches import TouchInput, log_touch
from netgarden.settings import Settings
from netgarden.store.reads import COMPILED, SqliteReader
from netgarden.store.reads_compile import compile_all
from netgarden.store.tables import Workspace

NOW = dt.datetime(2026, 11, 22, 9, 0)
TODAY = NOW.date()

# the bare reader is SQLite's own (a PostgreSQL database takes the usual path)
pytestmark = pytest.mark.sqlite_only


def test_the_compiled_text_is_what_the_builders_compile() -> None:
    assert json.loads(COMPILED.read_text(encoding="utf-8")) == compile_all(), (
        "run: python -m netgarden.store.reads_compile"
    )


@pytest.fixture
def filled(database: Database) -> Database:
    """Two workspaces; the first with four people, touches and a give."""
    with database.transaction() as unit:
        ids = [
            add_contact(unit, ContactInput(name=name, company=company, circle=circle,
                                           tags=tags, emails=emails), NOW, TODAY)
            for name, company, circle, tags, emails in [
                ("Priya Raman", "Acme_Labs", "inner", ["mentor"], ["priya@acme.example.com"]),
                ("Priya Patel", "Bolt", "outer", [], []),
                ("Sam de Vries", "acme labs", "none", ["mentor"], []),
                ("Zoë Ng", None, "inner", [], []),
            ]
        ]  # fmt: skip
        log_touch(unit, ids[:2], TouchInput("coffee", "2026-11-01", note="espresso"), NOW, TODAY)
        log_touch(unit, [ids[0]], TouchInput("email", "2026-10-02", "out", replied=True), NOW,
                  TODAY)  # fmt: skip
        record_entry(unit, ids[2], EntryInput("give", "advice", on="2026-09-09"), NOW, TODAY)
        unit.session.execute(insert(Workspace).values(id=2, name="Other", created_at=NOW))
    with database.transaction(2) as other:
        add_contact(other, ContactInput(name="Priya Other", company="Acme_Labs"), NOW, TODAY)
    return database


@pytest.fixture
def bare(filled: Database) -> Iterator[ReadUnit]:
    assert filled.path is not None
    with read_unit(Settings(db=filled.path)) as unit:
        assert unit is not None
        yield unit


FILTERS = [
    ListFilter(),
    ListFilter(limit=2),
    ListFilter(circle="inner"),
    ListFilter(company="acme_"),
    ListFilter(tag="mentor", limit=1),
    ListFilter(archived=True),
]


@pytest.mark.parametrize("flt", FILTERS, ids=repr)
def test_a_listing_reads_the_same_both_ways(
    filled: Database, bare: ReadUnit, flt: ListFilter
) -> None:
    with filled.transaction(write=False) as unit:
        assert bare.contacts.listing(flt) == unit.contacts.listing(flt)


def test_exact_answers_through_the_bare_reader(bare: ReadUnit) -> None:
    rows = bare.contacts.listing(ListFilter())
    assert [(r.name, r.last_touch_on) for r in rows] == [
        ("Priya Patel", dt.date(2026, 11, 1)),
        ("Priya Raman", dt.date(2026, 11, 1)),
        ("Sam de Vries", None),
        ("Zoë Ng", None),
    ]
    assert rows[0].known_since == TODAY  # created today; a date, not text
    assert [r.name for r in bare.contacts.listing(ListFilter(company="acme_"))] == ["Priya Raman"]
    assert [r.name for r in bare.contacts.listing(ListFilter(company="ACME"))] == [
        "Priya Raman", "Sam de Vries",
    ]  # fmt: skip
    assert [b.name for b in bare.contacts.by_name_prefix("pri", 20)] == [
        "Priya Patel", "Priya Raman",
    ]  # fmt: skip
    assert [b.name for b in bare.contacts.by_word_prefix("vr", 20)] == ["Sam de Vries"]
    assert bare.contacts.email_owner("PRIYA@acme.example.com") == rows[1].id
    assert bare.contacts.known(rows[0].id) and not bare.contacts.known(10_000)
    assert bare.contacts.briefs([]) == {}
    assert bare.ledger.last_value_on([]) == {}
    assert bare.ledger.last_value_on() == {rows[2].id: dt.date(2026, 9, 9)}
    hits = bare.search.query("espresso", 10)
    assert [h.name for h in hits] == ["Priya Patel", "Priya Raman"] or [h.name for h in hits] == [
        "Priya Raman",
        "Priya Patel",
    ]
    assert all("\x02espresso\x03" in h.snippet for h in hits)


def test_strength_events_read_the_same_both_ways(filled: Database, bare: ReadUnit) -> None:
    with filled.transaction(write=False) as unit:
        ids = [r.id for r in unit.contacts.listing(ListFilter())]
        assert bare.ledger.strength_events(ids) == unit.ledger.strength_events(ids)
        assert bare.ledger.strength_events() == unit.ledger.strength_events()
        assert bare.contacts.all_names() == unit.contacts.all_names()
        assert bare.contacts.briefs(ids) == unit.contacts.briefs(ids)
        assert bare.search.ranked_ids("priya", 10) == unit.search.ranked_ids("priya", 10)
        assert bare.preferences() == unit.preferences()
    replied = [e.replied for e in bare.ledger.strength_events() if e.kind == "email"]
    assert replied == [True]  # a bool, as SQLAlchemy reads it


def test_the_usual_path_opens_what_the_bare_one_cannot(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    with read_unit(Settings(db=missing)) as unit:
        assert unit is None
    assert not missing.exists()  # nothing created: the usual path creates and migrates
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    with read_unit(Settings(db=junk)) as unit:
        assert unit is None
    old = tmp_path / "old.db"
    with closing(sqlite3.connect(old)) as db:
        db.execute("CREATE TABLE alembic_version (version_num TEXT)")
        db.execute("INSERT INTO alembic_version VALUES ('0001')")
        db.commit()
    with read_unit(Settings(db=old)) as unit:
        assert unit is None
    server = Settings(db=missing, database_url="postgresql://localhost/netgarden")
    with read_unit(server) as unit:
        assert unit is None


def test_an_uncompiled_statement_is_named(filled: Database) -> None:
    assert filled.path is not None
    with (
        closing(sqlite3.connect(filled.path)) as connection,
        pytest.raises(LookupError, match="reads_compile"),
    ):
        SqliteReader(connection).rows("contacts:briefs", (True,), {})
