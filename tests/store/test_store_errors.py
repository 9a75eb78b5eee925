"""What the database says when it cannot do the work is mapped once, where the transaction
opens (Database.transaction): a locked, read-only, full or damaged database, a refused
write and a schema from a newer netgarden are each one line on the CLI (exit 1) and one
JSON problem from the API (never a traceback, never a 500)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import exc as sa

from netgarden.errors import DatabaseBusy, StoreError, WriteRefused
from netgarden.services.database import Database
from netgarden.store.contacts import ContactRepo
from netgarden.store.schema import HEAD
from tests.conftest import NOW, Cli
from tests.web.conftest import BASE_URL

READ_ONLY = "attempt to write a readonly database"
# what SQLite raises → the error netgarden raises, the words it says, the API's status
CASES = {
    "read-only": (
        sa.OperationalError("INSERT", {}, sqlite3.OperationalError(READ_ONLY)),
        StoreError, "the database is read-only", 503,
    ),
    "disk full": (
        sa.OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full")),
        StoreError, "the disk is full", 503,
    ),
    "locked": (
        sa.OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")),
        DatabaseBusy, "the database is busy", 503,
    ),
    "damaged": (
        sa.DatabaseError("SELECT", {}, sqlite3.DatabaseError("database disk image is malformed")),
        StoreError, "the database file is damaged", 503,
    ),
    "refused": (
        sa.IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed: x.y")),
        WriteRefused, "the database refused the change", 409,
    ),
}  # fmt: skip


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    """Adding a contact fails in the database as this case says."""
    error, kind, words, status = CASES[request.param]

    def fail(*args: object, **kwargs: object) -> int:
        raise error

    monkeypatch.setattr(ContactRepo, "insert", fail)
    return kind, words, status


def test_the_transaction_raises_the_stores_own_error(database: Database, case: Any) -> None:
    kind, words, _ = case
    with pytest.raises(kind, match=words), database.transaction() as unit:
        unit.contacts.insert({"name": "Zed"}, NOW)


def test_the_cli_says_one_line_and_exits_1(cli: Cli, case: Any) -> None:
    cli("list")  # the database exists
    _, words, _ = case
    result = cli("add", "Zed", code=1)
    assert result.stderr.startswith("error: ") and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    app = create_app(Settings(db=tmp_path / "web.db"))
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as test_client:
        yield test_client
    app.state.database.close()


def test_the_api_answers_a_json_problem(client: TestClient, case: Any) -> None:
    _, words, status = case
    answer = client.post("/api/v1/contacts", json={"name": "Zed"})
    assert answer.status_code == status, answer.text
    assert words in answer.json()["detail"]


def test_a_schema_upgraded_by_a_newer_netgarden_under_a_running_one(
    client: TestClient, tmp_path: Path
) -> None:
    assert client.get("/api/v1/contacts").status_code == 200
    with closing(sqlite3.connect(tmp_path / "web.db")) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
        raw.execute("ALTER TABLE contacts RENAME COLUMN company TO organization")
        raw.commit()
    answer = client.get("/api/v1/contacts")
    assert answer.status_code == 503, answer.text
    assert "newer than this netgarden" in answer.json()["detail"]


def test_the_cli_refuses_a_newer_schema_in_one_line(cli: Cli) -> None:
    cli("list")
    with closing(sqlite3.connect(cli.db)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
        raw.commit()
    result = cli("list", code=1)
    assert result.stderr.strip().splitlines() == [
        "error: the database is at schema 9999, newer than this netgarden knows "
        f"({HEAD}); upgrade netgarden to open it"
    ]


def test_no_other_module_catches_sqlalchemys_errors() -> None:
    """One place maps them (services/database.py); the backup's loader tells a damaged
    backup apart by what the database refused, in the backup's own words; the bulk loader's
    PostgreSQL COPY (a driver call) raises the driver's errors as SQLAlchemy's, for that
    one place to map (issue 19); the bare sqlite3 reader of the read commands (issue 18)
    catches sqlite3's own errors to fall back to that place."""
    src = Path(__file__).parents[2] / "src" / "netgarden"
    allowed = {"services/database.py", "store/backup.py", "store/schema.py", "store/bulk.py",
               "services/read_only.py"}  # fmt: skip
    found = [
        str(path.relative_to(src))
        for path in src.rglob("*.py")
        if str(path.relative_to(src)) not in allowed
        and any(
            name in path.read_text(encoding="utf-8")
            for name in ("OperationalError", "IntegrityError", "DBAPIError")
        )
    ]
    assert found == []
