"""Restore checks a backup completely before it writes anything: each corrupt backup below,
made from a real export, is refused with one clear line, and the database stays empty."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from netgarden.errors import UserError
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import LOCAL_WORKSPACE, Database, Unit, open_database
from netgarden.services.exporting import restore_backup
from netgarden.services.introductions import propose_intro
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.links import link_contacts
from netgarden.services.preferences import set_preferences
from netgarden.services.touches import TouchInput, log_touch
from netgarden.store.backup import dump
from netgarden.store.schema import HEAD
from tests.conftest import NOW, TODAY

Doc = dict[str, Any]


@pytest.fixture
def backup(database: Database) -> Doc:
    """A real export of a small network: every table has rows."""
    with database.transaction() as unit:
        ada = add_contact(
            unit,
            ContactInput(
                name="Ada", emails=["ada@example.com"], birthday="1990-12-10", circle="inner"
            ),
            NOW,
            TODAY,
        )
        bo = add_contact(
            unit, ContactInput(name="Bo", phones=["+44 20 7946 0000"], tags=["pm"]), NOW, TODAY
        )
        cy = add_contact(unit, ContactInput(name="Cy"), NOW, TODAY)
        log_touch(unit, [ada, bo], TouchInput("coffee", note="engines"), NOW, TODAY)
        record_entry(unit, ada, EntryInput("give", "advice"), NOW, TODAY)
        link_contacts(unit, bo, cy, NOW)
        propose_intro(unit, ada, cy, "both like engines", TODAY, NOW)
        set_preferences(unit, {"cadence_inner": "21"})
        document: Doc = json.loads(dump(unit.session, unit.workspace_id, HEAD))
    return document


def cell(document: Doc, table: str, column: str, value: Any, row: int = 0) -> None:
    part = document["tables"][table]
    part["rows"][row][part["columns"].index(column)] = value


def drop_column(document: Doc, table: str, column: str) -> None:
    part = document["tables"][table]
    at = part["columns"].index(column)
    del part["columns"][at]
    for row in part["rows"]:
        del row[at]


Damage = Callable[[Doc], Any]
CORRUPT: list[tuple[str, Damage, str]] = [
    (
        "bogus circle",
        lambda d: cell(d, "contacts", "circle", "bogus"),
        "contacts, row 1: circle 'bogus' is not one of inner, middle, outer, none",
    ),
    ("no touches", lambda d: d["tables"].pop("touches"), "it has no touches, so it is incomplete"),
    ("no tables", lambda d: d.pop("tables"), "it holds no data; not a netgarden backup"),
    ("tables a list", lambda d: d.update(tables=[]), "it holds no data; not a netgarden backup"),
    ("newer schema", lambda d: d.update(schema="9999"), "made by a newer netgarden"),
    ("no schema", lambda d: d.pop("schema"), "schema None is not one netgarden wrote"),
    ("touch kind", lambda d: cell(d, "touches", "kind", "lunch"), "touches, row 1: kind 'lunch'"),
    ("direction", lambda d: cell(d, "touches", "direction", "up"), "direction 'up' is not one"),
    (
        "birthday 9999",
        lambda d: cell(d, "contacts", "birthday", "9999-12-31"),
        "birthday 9999-12-31 is out of range",
    ),
    (
        "birthday 30 Feb",
        lambda d: cell(d, "contacts", "birthday", "1990-02-30"),
        "'1990-02-30' is not a birthday",
    ),
    ("cadence 0", lambda d: cell(d, "contacts", "cadence_days", 0), "cadence days 0 is not 1-3650"),
    (
        "touch in year 1",
        lambda d: cell(d, "touches", "occurred_on", "0001-01-01"),
        "touches, row 1: occurred on '0001-01-01' is not a date from 1900 to 2999",
    ),
    (
        "met on a number",
        lambda d: cell(d, "contacts", "met_on", 20260101),
        "met on 20260101 is not a date",
    ),
    ("name null", lambda d: cell(d, "contacts", "name", None), "contacts, row 1: has no name"),
    ("name a number", lambda d: cell(d, "contacts", "name", 42), "name 42 is not text"),
    ("id as text", lambda d: cell(d, "contacts", "id", "1"), "id '1' is not a whole number"),
    ("id a fraction", lambda d: cell(d, "contacts", "id", 1.5), "id 1.5 is not a whole number"),
    (
        "replied yes",
        lambda d: cell(d, "touches", "replied", "yes"),
        "replied 'yes' is not true or false",
    ),
    (
        "email of nobody",
        lambda d: cell(d, "contact_emails", "contact_id", 999),
        "emails, row 1: refers to contact 999, which is not in the backup",
    ),
    (
        "person in no touch",
        lambda d: cell(d, "touch_participants", "touch_id", 999),
        "refers to touch 999",
    ),
    (
        "participant date",
        lambda d: cell(d, "touch_participants", "occurred_on", "2000-01-01"),
        "the date is not its touch's",
    ),
    (
        "link strength",
        lambda d: cell(d, "links", "strength", "huge"),
        "links, row 1: strength 'huge'",
    ),
    (
        "self link",
        lambda d: cell(d, "links", "a_id", d["tables"]["links"]["rows"][0][2]),
        "to themself",
    ),
    ("intro state", lambda d: cell(d, "introductions", "state", "maybe"), "state 'maybe'"),
    (
        "ledger type",
        lambda d: cell(d, "ledger_entries", "entry_type", "steal"),
        "entry type 'steal'",
    ),
    (
        "unknown setting",
        lambda d: cell(d, "preferences", "key", "bogus"),
        "'bogus' is not a setting",
    ),
    ("setting range", lambda d: cell(d, "preferences", "value", "0"), "0 is out of range"),
    ("no name field", lambda d: drop_column(d, "contacts", "name"), "contacts: no name field"),
    (
        "rows not a list",
        lambda d: d["tables"]["touches"].update(rows={}),
        "touches: not a list of rows",
    ),
    ("no rows key", lambda d: d["tables"]["touches"].pop("rows"), "touches: not a list of columns"),
]


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "empty.db")
    yield database
    database.close()


def test_every_corrupt_backup_is_refused_with_one_line_and_nothing_written(
    backup: Doc, empty: Database, tmp_path: Path
) -> None:
    path = tmp_path / "backup.json"
    failures = []
    for name, damage, message in CORRUPT:
        document = copy.deepcopy(backup)
        damage(document)
        path.write_text(json.dumps(document))
        with empty.engine.connect() as connection:  # the refusal itself must write nothing
            transaction = connection.begin()
            session = Session(bind=connection, join_transaction_mode="create_savepoint")
            unit = Unit(session, LOCAL_WORKSPACE)
            try:
                restore_backup(unit, path)
                failures.append(f"{name}: restored")
            except UserError as refused:
                said = str(refused)
                internal = any(word in said for word in ("table", "_entries", "_participants"))
                if message not in said or "\n" in said or internal:
                    failures.append(f"{name}: said {said!r}")
                if unit.contacts.count() or unit.touches.count():
                    failures.append(f"{name}: wrote rows before refusing")
            finally:
                unit.session.close()
                transaction.rollback()
    assert not failures, "\n".join(failures)


def test_a_backup_nested_100000_deep_is_refused(empty: Database, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(nested(100_000))
    with pytest.raises(UserError, match="nested too deeply"), empty.transaction() as unit:
        restore_backup(unit, path)


def test_the_real_export_restores(backup: Doc, empty: Database, tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(backup))
    with empty.transaction() as unit:
        restored = restore_backup(unit, path)
    assert (restored.contacts, restored.touches, restored.links) == (3, 1, 2)
    assert (restored.introductions, restored.ledger_entries, restored.settings) == (1, 1, 1)


def test_a_backup_from_before_links_and_settings_renames_restores(
    backup: Doc, empty: Database, tmp_path: Path
) -> None:
    old = copy.deepcopy(backup)
    old["schema"] = "0003"
    for table in ("links", "introductions"):
        del old["tables"][table]
    cell(old, "preferences", "key", "dormant_limit")
    cell(old, "preferences", "value", "4")
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    with empty.transaction() as unit:
        restore_backup(unit, path)
        assert unit.preferences().lapsed_limit == 4
