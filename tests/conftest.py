"""Shared fixtures: a real SQLite database on disk (WAL) per test, and a CLI runner."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from netgarden.cli.main import app
from netgarden.services.database import Database, Unit, open_database

NOW = dt.datetime(2026, 11, 22, 9, 0)
TODAY = NOW.date()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "netgarden.db"


# -- backends: SQLite always; PostgreSQL too for the store, services and API suites ------
# (tests/pg.py starts a throwaway cluster; a test of SQLite's own ways is marked sqlite_only)
BACKENDS = ("sqlite", "postgresql")
BOTH_BACKENDS = ("tests/store/", "tests/services/", "tests/web/test_api")
# left to SQLite by default, to keep the whole suite under ten minutes on 2 cores: they
# generate the demo or large networks (minutes on PostgreSQL on a busy machine), and what
# they exercise on the database runs on PostgreSQL elsewhere (tenancy, bulk, search, the
# store suite, tests/store/test_postgresql.py). `--backends-all` runs them there too.
SQLITE_ONLY_BY_DEFAULT = (
    "tests/services/test_demo_",
    "tests/services/test_duplicates.py",
    "tests/services/test_export_streaming.py",
    "tests/services/test_file_touches.py",
    "tests/services/test_touches_and_agenda.py",
    "tests/services/test_warm_paths.py",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backends-all",
        action="store_true",
        help="Run every test of those suites on each backend (SQLITE_ONLY_BY_DEFAULT too).",
    )
    parser.addoption(
        "--backends",
        default=",".join(BACKENDS),
        help="Databases the store, services and API suites run on (comma-separated): "
        "sqlite, postgresql. Default: both.",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test of SQLite's own ways (files, WAL)")
    config.addinivalue_line("markers", "postgresql: a test that needs the PostgreSQL server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    where = Path(metafunc.definition.path).relative_to(Path(__file__).parent.parent).as_posix()
    chosen = [b for b in metafunc.config.getoption("backends").split(",") if b in BACKENDS]
    left_out = where.startswith(SQLITE_ONLY_BY_DEFAULT) and not metafunc.config.getoption(
        "backends_all"
    )
    if (
        left_out
        or not where.startswith(BOTH_BACKENDS)
        or metafunc.definition.get_closest_marker("sqlite_only")
    ):
        chosen = [b for b in chosen if b == "sqlite"] or ["sqlite"]
    metafunc.parametrize("backend", chosen, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database a test runs on: "sqlite" or "postgresql" (parametrized above)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """A throwaway PostgreSQL server for the session, with a database at the schema's head
    to copy. Missing PostgreSQL skips (saying so), or fails under CI=true."""
    import os

    from tests.pg import pg_bin, running

    if pg_bin() is None:
        reason = "PostgreSQL is not installed (/usr/lib/postgresql/*/bin): `make postgres`"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    with running() as cluster:
        cluster.sql("CREATE DATABASE template_head")
        from netgarden.settings import Settings

        url = cluster.url("template_head")
        Database.open(Settings(db=Path("unused"), database_url=url)).close()
        yield cluster


@pytest.fixture
def pg_url(pg_cluster: Any) -> Iterator[str]:
    """A new PostgreSQL database at the schema's head (a copy of the session's), dropped
    after the test."""
    name = pg_cluster.create_database(template="template_head")
    yield pg_cluster.url(name)
    pg_cluster.drop_later(name)


@pytest.fixture
def database(db_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if backend == "postgresql":
        from netgarden.settings import Settings

        url = request.getfixturevalue("pg_url")
        database = Database.open(Settings(db=db_path, database_url=url))
    else:
        database = open_database(db_path)
    yield database
    database.close()


@contextmanager
def rolled_back(database: Database, workspace_id: int = 1) -> Iterator[Unit]:
    """A unit of work (in one workspace) whose every change is rolled back at the end."""
    from sqlalchemy.orm import Session

    with database.engine.connect() as connection:
        transaction = connection.begin()
        session = Session(bind=connection, join_transaction_mode="create_savepoint")
        try:
            yield Unit(session, workspace_id)
        finally:
            session.close()
            transaction.rollback()


@pytest.fixture(scope="session")
def pg_shared(pg_cluster: Any) -> Iterator[Database]:
    """One PostgreSQL database for the tests whose every change is rolled back (``unit``)."""
    from netgarden.settings import Settings

    url = pg_cluster.url(pg_cluster.create_database(template="template_head"))
    database = Database.open(Settings(db=Path("unused"), database_url=url))
    yield database
    database.close()


@pytest.fixture
def unit(backend: str, request: pytest.FixtureRequest) -> Iterator[Unit]:
    """A unit of work that is rolled back after the test: on SQLite in a new database, on
    PostgreSQL in the session's shared one (ids there go on from the previous tests')."""
    fixture = "pg_shared" if backend == "postgresql" else "database"
    database = request.getfixturevalue(fixture)
    with rolled_back(database) as work:
        yield work
    if backend == "postgresql":  # the next test's ids start at 1 again, as in a new database
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "SELECT setval(oid, 1, relname = 'workspaces_id_seq') FROM pg_class "
                "WHERE relkind = 'S'"
            )


class Cli:
    """Runs netgarden in-process on one database, like a user would from a shell."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, code: int = 0) -> Any:
        result = self.runner.invoke(app, ["--db", str(self.db), *args], catch_exceptions=False)
        assert result.exit_code == code, (
            f"exit {result.exit_code}, wanted {code}\n"
            f"stdout: {result.stdout}\nstderr: {result.stderr}"
        )
        return result

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--json").stdout)

    def add(self, name: str, *args: str) -> int:
        return int(self("add", name, *args).stdout.strip())


@pytest.fixture
def cli(db_path: Path) -> Cli:
    return Cli(db_path)


CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def corpus() -> Path:
    """The public test corpus, read in place from ../shared/corpus. A user's clone has no
    ../shared: those tests skip, saying so. In CI (CI=true) a missing corpus is a failure."""
    import os

    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the corpus is missing at {CORPUS}")
        pytest.skip(f"no public corpus at {CORPUS} (it sits beside the project in CI)")
    return CORPUS


@pytest.fixture(scope="session", autouse=True)
def _one_migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A new database in a test starts as a copy of one database migrated at the start of
    the session, not as seven migrations of its own (~0.3 s a test). Only files that do not
    exist yet are copied: tests of migrations, locks and dry runs see the real paths."""
    import shutil

    from netgarden.services import database as store

    template = tmp_path_factory.mktemp("template") / "netgarden.db"
    store.open_database(template).close()
    opened = store.Database.open.__func__  # type: ignore[attr-defined]

    def open_from_template(cls: type[store.Database], settings: Any) -> store.Database:
        path = settings.db
        if settings.server_url is None and not path.exists() and not path.is_symlink():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(template, path)
            except OSError:
                pass  # the real open says what is wrong with the place
        return opened(cls, settings)  # type: ignore[no-any-return]

    patch = pytest.MonkeyPatch()
    patch.setattr(store.Database, "open", classmethod(open_from_template))
    yield
    patch.undo()
