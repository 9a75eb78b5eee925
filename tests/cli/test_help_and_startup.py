"""Every command explains itself, and the CLI starts without its heavy libraries."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from netgarden.cli.main import app

COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_the_core_commands_exist() -> None:
    assert set(COMMANDS) >= {
        "add", "edit", "show", "list", "search", "log", "today", "snooze", "archive", "demo",
        "generate",
    }  # fmt: skip


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_has_help(name: str) -> None:
    command = get_command(app).commands[name]  # type: ignore[attr-defined]
    assert command.help, f"{name} has no help text"
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"{name} {param.opts} has no help text"
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_help_does_not_import_heavy_libraries() -> None:
    probe = (
        "import sys, json\n"
        "sys.argv = ['netgarden', '--help']\n"
        "from netgarden.cli.main import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "heavy = ('sqlalchemy', 'alembic', 'fastapi', 'networkx', 'rapidfuzz', 'phonenumbers')\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & set(heavy))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_serve_listens_on_loopback_unless_told_otherwise() -> None:
    serve = get_command(app).commands["serve"]  # type: ignore[attr-defined]
    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


# what each read command must not import (issue 18): the ORM and SQLAlchemy itself (0.2 s
# of every start-up), the web stack, and the libraries only writes and matching use
NEVER_ON_READ = (
    "sqlalchemy", "alembic", "fastapi", "starlette", "jinja2", "pydantic", "networkx",
    "rapidfuzz", "phonenumbers", "email_validator",
)  # fmt: skip
READS = {
    "list": ["list", "--limit", "50"],
    "list --json": ["list", "--circle", "inner", "--json"],
    "search": ["search", "ada"],
    "search --json": ["search", "ada", "--json"],
    "strength": ["strength", "Ada Lovelace"],
    "strength --json": ["strength", "1", "--json"],
    "call-list": ["call-list", "--role", "Product Manager"],
    "call-list --json": ["call-list", "--json"],
    "roi": ["roi"],
    "roi --json": ["roi", "--since", "2026-01-01", "--json"],
    # issue 12: the agenda of a given day (the week's first of today writes its picks)
    "today": ["today", "--as-of", "2026-11-22"],
    "today --json": ["today", "--as-of", "2026-12-20", "--json"],
    "event roi": ["event", "roi", "--as-of", "2026-11-22"],
    "event roi --json": ["event", "roi", "--json"],
    # issue 13 at 30,000: the health review and the value matrix
    "review health": ["review", "health"],
    "review health --json": ["review", "health", "--as-of", "2026-10-01", "--json"],
    "matrix": ["matrix", "--quadrant", "peer"],
    "matrix --json": ["matrix", "--json"],
    # issue 15 at 30,000: the quarter's review (without goals: their metrics read as usual)
    "review quarter": ["review", "quarter", "--as-of", "2026-11-22"],
    "review quarter --json": ["review", "quarter", "--json"],
}


@pytest.fixture(scope="module")
def read_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    import datetime as dt

    from netgarden.services.contacts import ContactInput, add_contact
    from netgarden.services.database import open_database
    from netgarden.services.touches import TouchInput, log_touch

    path = tmp_path_factory.mktemp("reads") / "reads.db"
    now = dt.datetime(2026, 11, 22, 9, 0)
    database = open_database(path)
    with database.transaction() as unit:
        ada = add_contact(unit, ContactInput(name="Ada Lovelace", circle="inner"), now, now.date())
        log_touch(unit, [ada], TouchInput("coffee", "2026-11-01"), now, now.date())
    database.close()
    return str(path)


@pytest.mark.parametrize("name", READS)
def test_a_read_command_does_not_import_what_it_does_not_use(read_db: str, name: str) -> None:
    probe = (
        "import sys, json\n"
        f"sys.argv = ['netgarden', '--db', {read_db!r}, *{READS[name]!r}]\n"
        "from netgarden.cli.launch import run\n"
        "try:\n    run()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        f"never = set({NEVER_ON_READ!r})\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & never)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [], result.stdout


def test_the_entry_point_finds_the_command_after_the_global_options() -> None:
    from netgarden.cli.launch import command_of

    assert command_of(["--db", "x.db", "list", "--limit", "5"]) == "list"
    assert command_of(["--db=x.db", "search", "ada"]) == "search"
    assert command_of(["show", "--db", "x"]) == "show"
    assert command_of(["--help"]) is None
    assert command_of(["--version", "list"]) is None
    assert command_of([]) is None
    assert command_of(["--db"]) is None


@pytest.mark.parametrize(
    "name",
    ["list", "search", "show", "strength", "today", "event", "call-list", "roi", "review",
     "matrix"],
)  # fmt: skip
def test_a_quick_command_is_the_same_command_as_in_the_whole_app(name: str) -> None:
    from netgarden.cli.launch import quick_app

    quick = quick_app(name)
    assert quick is not None
    whole = CliRunner().invoke(app, [name, "--help"])
    alone = CliRunner().invoke(quick, [name, "--help"])
    assert alone.exit_code == whole.exit_code == 0
    assert alone.stdout == whole.stdout
    assert CliRunner().invoke(quick, ["--help"]).exit_code == 0
