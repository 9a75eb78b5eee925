"""A "database is locked" was a traceback on the CLI and a plain-text 500 on the server.
Writers in one process queue for the database instead of fighting over SQLite's lock, and
when another program holds it too long the user gets one line (exit 1) or a 503 with
Retry-After."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from netgarden.errors import DatabaseBusy
from netgarden.services.database import Database
from netgarden.settings import Settings
from netgarden.web.app import CSRF_COOKIE, create_app
from tests.conftest import NOW, TODAY, Cli
from tests.web.conftest import BASE_URL


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another program holding the database's write lock."""
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE workspaces SET name = name")
        yield
        other.execute("ROLLBACK")


def test_the_cli_says_the_database_is_busy_in_one_line(
    cli: Cli, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.add("Ada Lovelace")
    monkeypatch.setenv("NETGARDEN_BUSY_TIMEOUT", "0.2")
    with locked(db_path):
        result = cli("add", "Grace Hopper", code=1)
        assert result.stdout == ""
        [line] = result.stderr.splitlines()
        assert line.startswith("error: the database is busy: another program has been writing")
        assert "0.2 s" in line and "try again" in line
        assert "Traceback" not in result.stderr and "locked" not in result.stderr
    assert cli.json("list")[0]["name"] == "Ada Lovelace"  # nothing half-written
    assert len(cli.json("list")) == 1


@pytest.fixture
def busy_client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(Settings(db=tmp_path / "web.db", busy_timeout=0.2))
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as client:
        client.get("/")
        yield client
    app.state.database.close()


def test_the_api_answers_503_with_retry_after(busy_client: TestClient, tmp_path: Path) -> None:
    with locked(tmp_path / "web.db"):
        answer = busy_client.post("/api/v1/contacts", json={"name": "Ada"})
        assert busy_client.get("/api/v1/contacts").status_code == 200  # reads go on
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "5"
    assert answer.json()["detail"].startswith("the database is busy")
    assert busy_client.get("/api/v1/contacts").json() == []


def test_a_page_says_the_database_is_busy(busy_client: TestClient, tmp_path: Path) -> None:
    token = str(busy_client.cookies.get(CSRF_COOKIE))
    with locked(tmp_path / "web.db"):
        answer = busy_client.post("/contacts/new", data={"csrf_token": token, "name": "Ada"})
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "5"
    assert "the database is busy" in answer.text
    assert "Traceback" not in answer.text


def test_writers_in_one_process_take_turns(tmp_path: Path) -> None:
    """Each transaction reads, then writes: two of them in SQLite's deferred mode cannot
    both upgrade to writing, and the loser is refused at once whatever the busy timeout.
    The timeout is generous so a loaded machine's slow turns are not counted: the bug this
    guards against fails at once, not after waiting."""
    from netgarden.services.contacts import ContactInput, add_contact

    database = Database.open(Settings(db=tmp_path / "n.db", busy_timeout=60))
    failures: list[BaseException] = []
    start = threading.Barrier(8)

    def writer(number: int) -> None:
        start.wait()
        for i in range(15):
            try:
                with database.transaction() as unit:
                    unit.contacts.all_names()  # read first, as an edit does
                    add_contact(unit, ContactInput(name=f"W{number} {i}"), NOW, TODAY)
            except BaseException as exc:  # every failure is the finding
                failures.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    with database.transaction(write=False) as unit:
        stored = len(unit.contacts.all_names())
    database.close()
    assert failures == []
    assert stored == 8 * 15


def test_a_transaction_waits_its_turn_no_longer_than_the_busy_timeout(tmp_path: Path) -> None:
    database = Database.open(Settings(db=tmp_path / "n.db", busy_timeout=0.2))
    release, held = threading.Event(), threading.Event()

    def hold() -> None:
        with database.transaction():
            held.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    assert held.wait(30)  # a loaded machine may start the holder late
    try:
        started = dt.datetime.now()
        with pytest.raises(DatabaseBusy), database.transaction():
            pass
        assert (dt.datetime.now() - started).total_seconds() < 2
    finally:
        release.set()
        holder.join()
        database.close()
