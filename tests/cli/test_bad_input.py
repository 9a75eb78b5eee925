"""Every user mistake: one clear line naming what and how to fix it, exit 2, nothing written,
never a traceback."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import Cli


def counts(db: Path) -> tuple[int, int, int]:
    with closing(sqlite3.connect(db)) as raw:
        return tuple(  # type: ignore[return-value]
            raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("contacts", "touches", "contact_emails")
        )


@pytest.fixture
def seeded(cli: Cli) -> Cli:
    cli.add("Priya Raman", "--email", "priya@lumina.ai")
    cli.add("Sam Lee", "--company", "Acme")
    cli.add("Sam Leung", "--company", "Beta")
    return cli


BAD = [
    (
        ("log", "Priya Raman", "--kind", "lunch"),
        "--kind: 'lunch' is not accepted; use one of: coffee",
    ),
    (
        ("log", "Priya Raman", "--kind", "call", "--on", "2026-13-01"),
        "--on: '2026-13-01' is not a date",
    ),
    (("log", "Priya Raman", "--kind", "call", "--on", "next week"), "use YYYY-MM-DD"),
    (("log", "Priya Raman", "--kind", "call", "--direction", "up"), "--direction: 'up'"),
    (("log", "Priya Raman", "--kind", "call", "--on", "2999-01-01"), "in the future"),
    (("add", "Ada", "--circle", "best"), "--circle: 'best' is not accepted; use one of: inner"),
    (("add", "Ada", "--birthday", "1990-02-30"), "--birthday: '1990-02-30' is not a birthday"),
    (("add", "Ada", "--met-on", "yesterdayish"), "--met-on:"),
    (("add", "Ada", "--email", "ada-at-example"), "--email: 'ada-at-example' is not an email"),
    (("add", "Ada", "--email", "PRIYA@lumina.ai"), "already belongs to Priya Raman (#1)"),
    (("add", "Ada", "--linkedin", "https://example.com/ada"), "--linkedin:"),
    (("add", "Ada", "--every", "0", "--phone", "call me"), "--phone: 'call me'"),
    (("add", "Ada", "--every", "-5"), "--every: -5 is out of range"),
    (("add", "   "), "NAME: a contact needs a name"),
    (("list", "--circle", "close"), "--circle: 'close'"),
    (("today", "--as-of", "someday"), "--as-of: 'someday' is not a date"),
    (("today", "--as-of", "0001-01-01"), "--as-of: 0001-01-01 is out of range"),
    (("log", "Priya Raman", "--kind", "call", "--on", "1066-10-14"), "1066-10-14 is out of range"),
    (("today", "--limit", "0"), "--limit: 0 is not a positive number"),
    (("snooze", "Priya Raman"), "give exactly one of --until DATE or --days N"),
    (("snooze", "Priya Raman", "--until", "2000-01-01"), "is not in the future"),
    (("snooze", "Priya Raman", "--days", "0"), "--days: 0 is not a positive number"),
    (("search", "..."), "QUERY: give at least one word"),
    (("generate", "--contacts", "0", "--touches", "1"), "--contacts: 0 is out of range"),
    (("edit", "Priya Raman", "--remove-email", "x@y.z"), "--remove-email"),
]


@pytest.mark.parametrize(("args", "message"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_input_is_one_clear_line_exit_2_nothing_written(
    seeded: Cli, args: tuple[str, ...], message: str
) -> None:
    before = counts(seeded.db)
    result = seeded(*args, code=2)
    assert result.stderr.startswith("error: "), result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    assert counts(seeded.db) == before


def test_ambiguous_name_lists_candidates_and_exits_2(seeded: Cli) -> None:
    result = seeded("log", "sam", "--kind", "call", code=2)
    assert "'sam' matches 2 contacts; use the id:" in result.stderr
    assert "#2 Sam Lee (Acme)" in result.stderr and "#3 Sam Leung (Beta)" in result.stderr
    assert counts(seeded.db)[1] == 0


def test_unknown_name_suggests_close_matches_and_exits_2(seeded: Cli) -> None:
    result = seeded("show", "Pryia Rmn", code=2)
    assert "did you mean #1 Priya Raman?" in result.stderr
    assert "add them with" in seeded("show", "Zed", code=2).stderr
    assert "no contact with id 42" in seeded("show", "42", code=2).stderr


def test_one_unknown_person_in_a_group_touch_writes_nothing(seeded: Cli) -> None:
    seeded("log", "Priya Raman", "Nobody Here", "--kind", "meeting", code=2)
    assert counts(seeded.db)[1] == 0


def test_a_close_match_is_taken_and_said(seeded: Cli) -> None:
    result = seeded("log", "Priya Ramen", "--kind", "call")
    assert "with Priya Raman (#1)" in result.stderr


def test_a_database_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    result = Cli(tmp_path)("list", code=2)
    assert "Invalid value for '--db'" in result.stderr and "is a directory" in result.stderr


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    result = Cli(path)("list", code=1)
    assert result.stderr.startswith("error: cannot open")
    assert "Traceback" not in result.stderr


def test_a_broken_config_file_is_reported(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("db = [unclosed\n")
    from typer.testing import CliRunner

    from netgarden.cli.main import app

    result = CliRunner().invoke(app, ["list"], env={"NETGARDEN_CONFIG": str(config)})
    assert result.exit_code == 2
    assert "not valid TOML" in result.stderr


def test_user_text_is_never_read_as_markup(seeded: Cli) -> None:
    seeded.add("[bold red]Mallory[/]", "--note", "[link=http://x]click[/link]")
    out = seeded("show", "4").stdout
    assert "[bold red]Mallory[/]" in out and "[link=http://x]click[/link]" in out
    assert "[bold red]Mallory[/]" in seeded("list").stdout


def test_every_mistake_of_one_command_is_named_at_once(seeded: Cli) -> None:
    before = counts(seeded.db)
    result = seeded("add", "Bo", "--birthday", "31-31", "--email", "nope", "--circle", "x", code=2)
    lines = result.stderr.splitlines()
    assert [line.split(":")[1].strip() for line in lines] == ["--birthday", "--circle", "--email"]
    assert all(line.startswith("error: ") for line in lines)
    assert counts(seeded.db) == before


def test_a_too_long_name_reads_as_a_sentence(seeded: Cli) -> None:
    result = seeded("add", "x" * 301, code=2)
    assert result.stderr == "error: NAME: 301 characters; a name has at most 300\n"
    assert seeded("edit", "Sam Lee", "--name", " ", code=2).stderr.startswith("error: --name: ")
