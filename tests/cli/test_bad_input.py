"""Every user mistake: one clear line naming what and how to fix it, exit 2, nothing written,
never a traceback."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netgarden.cli.main import app
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
    (("snooze", "Priya Raman", "--days", "0"), "--days: 0 is out of range; use a number"),
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


HUGE = "99999999999999999999"  # past 2^63: no id, no count
BAD_ARGUMENTS = [
    (("show", HUGE), f"no contact with id {HUGE}"),
    (("show", "#9223372036854775808"), "no contact with id 9223372036854775808"),
    (("show", "²"), "no contact matches '²'"),
    (("edit", "²", "--title", "x"), "no contact matches '²'"),
    (("log", "²", "--kind", "call"), "no contact matches '²'"),
    (("archive", HUGE), f"no contact with id {HUGE}"),
    (("unarchive", "²"), "no contact matches '²'"),
    (("strength", HUGE), f"no contact with id {HUGE}"),
    (("link", "Priya Raman", HUGE), f"no contact with id {HUGE}"),
    (("merge", "Priya Raman", HUGE), f"no contact with id {HUGE}"),
    (("give", HUGE, "--kind", "advice"), f"no contact with id {HUGE}"),
    (("receive", "Priya Raman", "--kind", "bribe"), "--kind: 'bribe' is not accepted"),
    (("ask", "Priya Raman"), "--kind: ask needs a kind or a note"),
    (("ledger", "²"), "no contact matches '²'"),
    (("ledger", "--since", "9999-12-31"), "--since: 9999-12-31 is out of range"),
    (("intro", "move", HUGE, "made"), f"no introduction with id {HUGE}"),
    (("intro", "move", "²", "made"), "ID: '²' is not an introduction number"),
    (("intro", "Priya Raman", HUGE), f"no contact with id {HUGE}"),
    (("suggest", "friends"), "WHAT: 'friends': only `suggest intros` exists"),
    (("list", "--limit", HUGE), f"--limit: {HUGE} is out of range; use 1 to 1,000,000"),
    (("search", "priya", "--limit", HUGE), f"--limit: {HUGE} is out of range"),
    (("snooze", "Priya Raman", "--days", "2147483648"), "--days: 2147483648 is out of range"),
    (("export", "json", "--out", "."), "--out: . is a folder; give a file name"),
    (("export", "pdf"), "FORMAT: 'pdf' is not a format"),
    (("restore", "."), ".: a folder; give the backup file"),
    (("import", "nope.vcf"), "nope.vcf: no such file or folder"),
    (("add", "Ada\udcff"), "NAME: is not valid UTF-8 text"),
    (("add", "Ada", "--company", "\udcff"), "--company: is not valid UTF-8 text"),
    (("add", "Ada", "--email", "a@b.io", "--email", "\udcff"), "--email: is not valid UTF-8"),
    (("edit", "Priya Raman", "--note", "\udcff"), "--note: is not valid UTF-8 text"),
    (("search", "\udcff"), "QUERY: is not valid UTF-8 text"),
    (("log", "Priya Raman", "--kind", "call", "--note", "\udcff"), "--note: is not valid UTF-8"),
    (("list", "--company", "x" * 100_000), "--company: 100,000 characters; at most 300"),
    (("path", "--company", "x" * 100_000), "--company: 100,000 characters; at most 300"),
    (("path", "--role", "x" * 100_000), "--role: 100,000 characters; at most 300"),
    (("add", "Ada", "--company", "c" * 301), "--company: 301 characters; at most 300"),
    (("add", "Ada", "--note", "n" * 20_001), "--note: 20,001 characters; at most 20,000"),
    (("log", "Priya Raman", "--kind", "call", "--note", "n" * 20_001), "--note: 20,001"),
    (("give", "Priya Raman", "--kind", "advice", "--note", "n" * 20_001), "--note: 20,001"),
    (("add", "Ada", "--birthday", "9999-12-31"), "--birthday: 9999-12-31 is out of range"),
    (("add", "Ada", "--linkedin", "https://[linkedin.com/in/ada"), "--linkedin: "),
    (("generate", "--contacts", "5", "--touches", "1", "--links", "9223372036854775807"),
     "--links: 9223372036854775807 is out of range; use 0 to 10"),
    (("config", "nope"), "KEY: 'nope' is not a setting"),
    (("demo",), "the database already has contacts"),
    (("serve", "--host", "999.1.1.1"), "--host: cannot listen on 999.1.1.1:8000"),
    (("event", "add", "E", "--on", "today", "--topics", "t" * 20_001), "--topics: 20,001"),
    (("event", "add", "E" * 301, "--on", "today"), "NAME: 301 characters; at most 300"),
    (("event", "add", "E", "--on", "today", "--series", "\udcff"), "--series: is not valid"),
    (("event", "met", "1", "Priya Raman"), "no event with id 1"),
    # issue 14: templates and drafts
    (("draft", "cold", HUGE), f"no contact with id {HUGE}"),
    (("draft", "nope", "Priya Raman"), "no template with id nope"),
    (("draft", "join-group", "Priya Raman", "--set", "colour=red"),
     "--set: the template has no [colour]; its placeholders are: [Your name]"),
    (("draft", "join-group", "Priya Raman", "--event", "²"), "--event: '²' is not an event"),
    (("draft", "join-group", "Priya Raman", "--set", "x" * 3000 + "=y"), "--set: the template"),
    (("template", "copy", "cold", "Bad Key"), "NEW: 'Bad Key' is not a template key"),
    (("template", "edit", "cold", "--name", "x"), "'cold' is built in"),
    (("template", "rm", "nope"), "no template with id nope"),
    (("reply", HUGE, "yes"), f"no touch with id {HUGE}"),
    (("outreach", "--since", "9999-12-31"), "--since: 9999-12-31 is out of range"),
    (("feed", "url", "--base", "calendar.example"), "--base: "),
    (("sync", "vdir", "no/such/folder"), "PATH: "),
]  # fmt: skip


def test_bad_arguments_for_every_command(
    seeded: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One seeded database for the whole table (each refusal writes nothing)."""
    monkeypatch.chdir(tmp_path)
    before = counts(seeded.db)
    failures = []
    for args, message in BAD_ARGUMENTS:
        result = seeded.runner.invoke(app, ["--db", str(seeded.db), *args])
        said = result.stderr
        one_line = said.startswith("error: ") and len(said.strip().splitlines()) == 1
        if result.exit_code != 2 or message not in said or not one_line:
            failures.append(f"{args[:4]}: exit {result.exit_code}, said {said[:300]!r}")
    assert not failures, "\n".join(failures)
    assert counts(seeded.db) == before


COMMANDS = [
    ("add", "Ada"), ("edit", "1", "--title", "x"), ("show", "1"), ("list",), ("search", "a"),
    ("snooze", "1", "--days", "3"), ("archive", "1"), ("unarchive", "1"),
    ("log", "1", "--kind", "call"), ("today",), ("config",), ("demo",),
    ("generate", "--contacts", "2", "--touches", "1"), ("import", "x.vcf"), ("dupes",),
    ("merge", "1", "2"), ("export", "json"), ("restore", "x.json"),
    ("give", "1", "--kind", "advice"), ("receive", "1", "--kind", "advice"),
    ("ask", "1", "--note", "x"), ("ledger",), ("strength", "1"), ("link", "1", "2"),
    ("path", "--company", "x"), ("intro", "list"), ("suggest", "intros"), ("serve",),
    ("event", "list"), ("tasks",), ("done", "1"),
    ("sync", "vdir", "."), ("feed", "url"), ("mcp",),
    ("review", "week"),  # issue 15: the period reviews
    ("review", "health"), ("triage",), ("matrix",), ("board",), ("me",), ("target", "list"),
    ("template", "list"), ("draft", "cold", "1"), ("outreach",), ("reply", "1", "yes"),
    ("plan", "list"), ("promise", "1", "x", "--by", "tomorrow"), ("profile", "show"),
    ("prep", "interview", "1"),
    ("goals",), ("goal", "preset", "para"), ("content", "list"), ("community", "list"),  # 15
    ("company", "list"), ("changes",), ("call-list",),  # issue 16
    ("opp", "list"), ("roi",),  # issue 16
    ("user", "list"), ("token", "list"), ("team", "show"),  # issue 19
    ("migrate",),  # issue 19
]  # fmt: skip


def test_every_command_on_an_unusable_database_says_so_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Random bytes where the database should be: one line, exit 1, for every command."""
    from typer.main import get_command

    assert {c[0] for c in COMMANDS} == set(get_command(app).commands)  # type: ignore[attr-defined]
    damaged = tmp_path / "netgarden.db"
    damaged.write_bytes(bytes(range(256)) * 64)
    (tmp_path / "x.vcf").write_text("BEGIN:VCARD\nFN:A\nEND:VCARD\n")
    (tmp_path / "x.json").write_text("{}")
    monkeypatch.chdir(tmp_path)
    failures = []
    for args in COMMANDS:
        result = CliRunner().invoke(app, ["--db", str(damaged), *args])
        lines = result.stderr.strip().splitlines()
        if result.exit_code != 1 or len(lines) != 1 or "cannot open" not in result.stderr:
            failures.append(f"{args}: exit {result.exit_code}, said {result.stderr[:200]!r}")
    assert not failures, "\n".join(failures)


def read_only(path: Path) -> bool:
    """Make ``path`` unwritable, even for root (the immutable flag); False if impossible."""
    import os
    import subprocess

    if os.geteuid() != 0:
        path.chmod(0o555 if path.is_dir() else 0o444)
        return True
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    return done.returncode == 0


def writable(path: Path) -> None:
    import os
    import subprocess

    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
    else:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_database_file_or_folder_is_one_line_exit_1(
    seeded: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    cases = [
        (seeded, seeded.db, "the database is read-only"),  # a write is refused
        (Cli(folder / "new.db"), folder, "cannot open"),  # no database can be made there
    ]
    for cli, target, message in cases:
        if not read_only(target):
            pytest.skip("cannot make a file read-only here")
        try:
            result = cli("add", "Zed", code=1)
        finally:
            writable(target)
        assert result.stderr.startswith("error: ") and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert counts(seeded.db)[0] == 3


def test_a_config_file_that_cannot_be_read_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["list"], env={"NETGARDEN_CONFIG": str(tmp_path)})
    assert result.exit_code == 2 and "cannot be read" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
