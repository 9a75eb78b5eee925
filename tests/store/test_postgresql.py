"""PostgreSQL as a real backend (issue 19): migrations from the previous release's head,
search that ranks like SQLite's, two imports at once, eight writers for a minute, `migrate`."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, insert, text

from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Database, Unit, open_database
from netgarden.services.touches import TouchInput, log_touch
from netgarden.settings import Settings
from netgarden.store.schema import HEAD
from netgarden.store.tables import Workspace
from tests.conftest import NOW, TODAY

pytestmark = pytest.mark.postgresql


def _open(url: str) -> Database:
    return Database.open(Settings(db=Path("unused"), database_url=url))


@pytest.fixture
def empty_url(pg_cluster: Any) -> Iterator[str]:
    """A new, empty PostgreSQL database (no schema)."""
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_later(name)


def _upgrade_to(url: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    from netgarden.store.schema import MIGRATIONS_DIR

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_a_database_of_the_previous_release_is_upgraded_with_nothing_lost(
    empty_url: str,
) -> None:
    _upgrade_to(empty_url, "0015")  # the previous release's head
    engine = create_engine(empty_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:
        for statement in (
            "INSERT INTO contacts (workspace_id, name, name_key, company, circle, notes, "
            "created_at, updated_at) VALUES (1, 'José Álvarez', 'jose alvarez', 'Lumina AI', "
            "'inner', 'rock climbing', '2026-01-01', '2026-01-01')",
            "INSERT INTO contact_emails (workspace_id, contact_id, email, email_key, position) "
            "VALUES (1, 1, 'jose@lumina.ai', 'jose@lumina.ai', 0)",
            "INSERT INTO touches (workspace_id, occurred_on, kind, direction, note, created_at)"
            " VALUES (1, '2026-10-01', 'coffee', 'mutual', 'evals for agents', '2026-10-01')",
            "INSERT INTO touch_participants (touch_id, contact_id, workspace_id, occurred_on) "
            "VALUES (1, 1, 1, '2026-10-01')",
            "INSERT INTO ledger_entries (workspace_id, contact_id, entry_type, kind, "
            "occurred_on, created_at) VALUES (1, 1, 'give', 'advice', '2026-10-02', "
            "'2026-10-02')",
        ):
            connection.execute(text(statement))
    engine.dispose()
    database = _open(empty_url)  # opening migrates to the head
    with database.transaction() as unit:
        assert unit.session.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
        [ada] = unit.contacts.all_names()
        assert (ada.id, ada.name) == (1, "José Álvarez")
        assert unit.contacts.emails(1) == ["jose@lumina.ai"]
        assert unit.contacts.last_touch_on(1) == dt.date(2026, 10, 1)
        assert [e.kind for e in unit.ledger.entries(1)] == ["advice"]
        # the search index was built for what was there
        assert [h.id for h in unit.search.query("jose lumina", 5)] == [1]
        assert [h.id for h in unit.search.query("agents", 5)] == [1]
        # and new rows take ids after the old ones
        added = add_contact(unit, ContactInput(name="Grace Hopper"), NOW, TODAY)
        assert added == 2
        unit.session.execute(insert(Workspace).values(name="Second", created_at=NOW))
    database.close()


def test_migrate_says_what_it_did(empty_url: str, cli: Any) -> None:
    first = cli("migrate", "--database-url", empty_url)
    assert f"Created netgarden's schema {HEAD} in the PostgreSQL database" in first.stderr
    again = cli("migrate", "--database-url", empty_url, "--json")
    assert '"before": "' + HEAD in again.stdout and '"after": "' + HEAD in again.stdout
    assert "PostgreSQL database t" in again.stdout and "netgarden@" not in again.stdout


# -- search agrees with SQLite's ------------------------------------------------------------

CORPUS = [
    ("Priya Raman", {"company": "Lumina AI", "title": "Head of AI", "notes": "evals"}),
    ("Sam Lee", {"company": "Acme", "interests": "climate tech, climbing"}),
    ("Jordan Park", {"notes": "knows Morgan from Lumina days", "company": "Beta"}),
    ("Morgan Blake", {"company": "Lumina AI", "title": "Engineer"}),
    ("José Álvarez", {"company": "Fábrica", "location": "Sevilla"}),
    ("Ada Lovelace", {"title": "Analyst", "notes": "the analytical engine", "tags": ["math"]}),
    ("Grace Hopper", {"company": "Navy", "help_them": "compilers", "emails": ["grace@navy.mil"]}),
    ("Climate Chris", {"company": "Greenly", "title": "Climate lead"}),
    ("Lumi Nakamura", {"company": "Acme", "notes": "met at the climate summit"}),
    ("Evan Stone", {"company": "Evalia", "title": "Evaluation engineer"}),
]
TOUCHES = [("Sam Lee", "talked climate adaptation"), ("Grace Hopper", "analytical tools")]
QUERIES = [
    "lumina", "morgan", "climate", "clim", "jose", "alvarez", "fabrica", "eval", "analytical",
    "navy", "grace", "engineer", "acme climate", "head ai", "math", "sevilla", "compil",
]  # fmt: skip


def _fill(unit: Unit) -> dict[str, int]:
    ids = {
        name: add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)
        for name, fields in CORPUS
    }
    for name, note in TOUCHES:
        log_touch(unit, [ids[name]], TouchInput("coffee", note=note), NOW, TODAY)
    return ids


def test_search_ranks_like_sqlite_on_a_fixed_corpus(pg_url: str, tmp_path: Path) -> None:
    answers: dict[str, dict[str, list[str]]] = {}
    for backend, database in (
        ("sqlite", open_database(tmp_path / "n.db")),
        ("postgresql", _open(pg_url)),
    ):
        with database.transaction() as unit:
            _fill(unit)
        with database.transaction(write=False) as unit:
            answers[backend] = {q: [h.name for h in unit.search.query(q, 3)] for q in QUERIES}
        database.close()
    sqlite, postgresql = answers["sqlite"], answers["postgresql"]
    assert all(sqlite[q] for q in QUERIES)  # every query finds someone
    # the same three people, in the same order (bm25 and ts_rank with length normalization)
    assert {q: postgresql[q] for q in QUERIES} == {q: sqlite[q] for q in QUERIES}


def test_search_on_postgresql_marks_matches_and_keeps_to_the_workspace(pg_url: str) -> None:
    database = _open(pg_url)
    with database.transaction() as unit:
        unit.session.execute(insert(Workspace).values(name="Other", created_at=NOW))
        _fill(unit)
    with database.transaction(workspace_id=2) as unit:
        add_contact(unit, ContactInput(name="Lumina Larsen", company="Lumina AI"), NOW, TODAY)
    with database.transaction(write=False) as unit:
        hits = unit.search.query("analytical", 5)
        assert [h.name for h in hits] == ["Ada Lovelace", "Grace Hopper"]
        assert "[analytical]" in hits[0].marked()
        assert "Lumina Larsen" not in [h.name for h in unit.search.query("lumina", 10)]
        assert unit.search.query("!!! & | :*", 5) == []
        assert unit.search.query("o'brien", 5) == []  # a quote is never the query's syntax
    database.close()


# -- concurrency -------------------------------------------------------------------------


def _workspaces(database: Database, count: int) -> list[int]:
    with database.transaction() as unit:
        for number in range(2, count + 1):
            unit.session.execute(insert(Workspace).values(name=f"user {number}", created_at=NOW))
    return list(range(1, count + 1))


def test_two_imports_at_once_into_two_workspaces(pg_url: str, tmp_path: Path) -> None:
    from netgarden.services.importing import import_sources, open_sources

    database = _open(pg_url)
    _workspaces(database, 2)
    people = 400
    errors: list[BaseException] = []

    def run(workspace_id: int) -> None:
        card = tmp_path / f"w{workspace_id}.vcf"
        card.write_text(
            "".join(
                f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i} of {workspace_id}\n"
                f"EMAIL:p{i}@w{workspace_id}.example\nORG:Org {i % 7}\nEND:VCARD\n"
                for i in range(people)
            )
        )
        try:
            with database.transaction(workspace_id=workspace_id) as unit:
                import_sources(unit, open_sources([card], None, None), NOW)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(ws,)) for ws in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for workspace_id in (1, 2):
        with database.transaction(workspace_id, write=False) as unit:
            names = [r.name for r in unit.contacts.all_names()]
            assert len(names) == people
            assert all(name.endswith(f"of {workspace_id}") for name in names)
            assert [h.name for h in unit.search.query(f"person 17 of {workspace_id}", 1)] == [
                f"Person 17 of {workspace_id}"
            ]
    database.close()


WRITING_S = 60.0  # the "eight clients writing for 60 s"
PAUSE_S = 0.2  # between one client's writes: the test checks turns, not throughput


def writing_seconds() -> float:
    """How long the eight clients write: the issue's 60 s under CI and in `make test`;
    outside CI, ``NETGARDEN_WRITERS_SECONDS`` may shorten it (say 6) for a quick run."""
    if os.environ.get("CI") == "true":
        return WRITING_S
    return float(os.environ.get("NETGARDEN_WRITERS_SECONDS", WRITING_S))


def test_eight_clients_writing_for_a_minute_lose_nothing(pg_url: str) -> None:
    """Eight clients (two per workspace, on their own connections) add contacts and log
    touches for a minute, each pausing between writes (so the test costs little CPU beside
    the other tests): no error, and every acknowledged write is stored."""
    database = _open(pg_url)
    workspaces = _workspaces(database, 4)
    done = threading.Event()
    acknowledged: dict[int, int] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(9)

    def client(number: int) -> None:
        workspace_id = workspaces[number % len(workspaces)]
        written = 0
        start.wait()
        try:
            while not done.is_set():
                with database.transaction(workspace_id) as unit:
                    person = add_contact(
                        unit, ContactInput(name=f"Client {number} person {written}"), NOW, TODAY
                    )
                    log_touch(unit, [person], TouchInput("call", note="hello"), NOW, TODAY)
                written += 1
                done.wait(PAUSE_S)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        acknowledged[number] = written

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.monotonic()
    done.wait(writing_seconds())
    done.set()
    for thread in threads:
        thread.join()
    assert time.monotonic() - began >= writing_seconds()
    assert errors == []
    assert all(count > 0 for count in acknowledged.values())
    for workspace_id in workspaces:
        with database.transaction(workspace_id, write=False) as unit:
            stored = unit.session.execute(
                text(
                    "SELECT (SELECT count(*) FROM contacts WHERE workspace_id = :ws), "
                    "(SELECT count(*) FROM touches WHERE workspace_id = :ws), "
                    "(SELECT count(*) FROM touch_participants WHERE workspace_id = :ws)"
                ),
                {"ws": workspace_id},
            ).one()
            expected = sum(
                n for client, n in acknowledged.items() if workspaces[client % 4] == workspace_id
            )
            assert tuple(stored) == (expected, expected, expected)
    database.close()


# -- backups move between the two databases ------------------------------------------------


def test_a_sqlite_backup_restores_on_postgresql_to_the_same_bytes(
    pg_url: str, tmp_path: Path
) -> None:
    """A user's JSON backup made on SQLite (every table, the seeds' edge cases) restores into
    a workspace on PostgreSQL, whose backup is then the same bytes: nothing lost or changed."""
    from netgarden.services.exporting import export_network, restore_backup
    from tests.services.test_exporting import export, fill

    fill(tmp_path / "a.db")
    export(tmp_path / "a.db", "json", tmp_path / "a.json")
    database = _open(pg_url)
    with database.transaction() as unit:
        restored = restore_backup(unit, tmp_path / "a.json")
        assert (restored.contacts, restored.touches) == (61, 402)
        assert next(h.name for h in unit.search.query("évals", 5)).startswith("Ada")
    with database.transaction() as unit:
        export_network(unit, "json", tmp_path / "b.json", "4.0", TODAY)
    database.close()
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


# -- the CLI and the server on PostgreSQL ---------------------------------------------------


def test_the_cli_works_on_a_server_database(pg_url: str, tmp_path: Path) -> None:
    """Every command reads database_url (here from the environment): a dry run writes
    nothing, the real import does, and `list` reads it back."""
    import json

    from typer.testing import CliRunner

    from netgarden.cli.main import app

    env = {"NETGARDEN_DATABASE_URL": pg_url, "NETGARDEN_CONFIG": str(tmp_path / "no.toml")}
    card = tmp_path / "ada.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nEMAIL:ada@x.org\nEND:VCARD\n")
    runner = CliRunner()

    def run(*args: str) -> Any:
        result = runner.invoke(app, list(args), env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.stderr
        return result

    run("import", str(card), "--dry-run")
    assert json.loads(run("list", "--json").stdout) == []
    run("import", str(card))
    assert [c["name"] for c in json.loads(run("list", "--json").stdout)] == ["Ada Lovelace"]
    assert "Ada Lovelace" in run("search", "lovel").stdout


def test_serve_runs_on_the_database_url_it_is_given(
    pg_url: str, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    import uvicorn

    served: list[Any] = []

    def run(self: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
        served.append(self.config.app)
        for sock in sockets or []:
            sock.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cli("serve", "--database-url", pg_url, "--port", str(port))
    [app] = served
    name = pg_url.split("@/")[1].split("?")[0]
    assert app.state.database.server and app.state.database.engine.url.database == name
    app.state.database.close()
    bad = cli("serve", "--database-url", "mysql://x@y/z", "--port", str(port), code=2)
    assert bad.stderr.startswith("error: --database-url: not a database")


def test_a_lock_held_elsewhere_too_long_is_busy_not_a_trace(pg_url: str) -> None:
    """Another process holding the workspace's write lock past busy_timeout: DatabaseBusy,
    and nothing written."""
    import psycopg

    from netgarden.errors import DatabaseBusy

    database = Database.open(Settings(db=Path("unused"), database_url=pg_url, busy_timeout=1))
    other = psycopg.connect(pg_url, autocommit=True)
    other.execute("SELECT pg_advisory_lock(1)")
    try:
        began = time.monotonic()
        with pytest.raises(DatabaseBusy, match="busy"), database.transaction() as unit:
            add_contact(unit, ContactInput(name="Ada"), NOW, TODAY)
        assert 0.9 < time.monotonic() - began < 5
    finally:
        other.close()
    with database.transaction() as unit:  # the lock is gone: writes go through again
        assert unit.contacts.all_names() == []
        add_contact(unit, ContactInput(name="Ada"), NOW, TODAY)
    database.close()


def test_one_user_browses_while_another_imports(pg_url: str) -> None:
    """Workspace 2's reads go on (and see their own data) while workspace 1 writes a big
    load in one long transaction: no error, no read waits for the writer."""
    from netgarden.services.agenda import agenda
    from netgarden.services.generate import generate_network

    database = _open(pg_url)
    _workspaces(database, 2)
    with database.transaction(2) as unit:
        add_contact(unit, ContactInput(name="Ada Lovelace", circle="inner"), NOW, TODAY)
    importing = threading.Event()
    slowest = 0.0

    def load() -> None:
        with database.transaction(1) as unit:
            importing.set()
            generate_network(unit, contacts=1500, touches=8000, seed=2, end=TODAY)

    writer = threading.Thread(target=load)
    started = time.monotonic()
    writer.start()
    importing.wait(10)
    reads = 0  # made while the import's transaction was open
    while writer.is_alive():
        began = time.monotonic()
        with database.transaction(2, write=False) as unit:
            assert [h.name for h in unit.search.query("ada", 5)] == ["Ada Lovelace"]
            agenda(unit, TODAY)
        slowest = max(slowest, time.monotonic() - began)
        reads += writer.is_alive()
    writer.join()
    took = time.monotonic() - started
    # reads went on throughout the import: none waited for its commit
    assert reads >= 3 and slowest < took / 2, (reads, slowest, took)
    with database.transaction(1, write=False) as unit:
        assert len(unit.contacts.all_names()) == 1500
    database.close()
