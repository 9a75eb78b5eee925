"""What the CLI says: people by name (id after), counts that agree with their nouns, one
suggestion for a mistyped command, the user's words after a restore, help without stray
markup, and tables that do not wrap when piped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from netgarden.cli.main import app
from netgarden.words import count
from tests.conftest import Cli


@pytest.fixture
def pair(cli: Cli) -> Cli:
    cli.add("Ana Lee", "--company", "Acme", "--interests", "evals", "--help-them", "evals")
    cli.add("Bo Chen", "--title", "evals lead", "--function", "evals")
    return cli


def _bare_ids(text: str) -> list[str]:
    """Ids shown in place of a name: every #N that is not "(#N)" after a name, nor an
    introduction's own number."""
    return re.findall(r"(?<![(\w])#\d+(?!\))", re.sub(r"[Ii]ntroduction #\d+", "", text))


def test_messages_say_the_person_then_the_id(pair: Cli) -> None:
    said = [
        pair("give", "Ana", "--kind", "introduction").stderr,
        pair("receive", "Bo", "--kind", "advice").stderr,
        pair("ask", "Ana", "--note", "a reference").stderr,
        pair("edit", "Ana", "--title", "CTO").stderr,
        pair("snooze", "Ana", "--days", "3").stderr,
        pair("archive", "Bo").stderr,
        pair("unarchive", "Bo").stderr,
        pair("link", "Ana", "Bo").stderr,
        pair("intro", "received", "Ana", "Bo").stderr,
        pair("ledger").stdout,
        pair("ledger", "Ana").stdout,
        pair("strength", "Ana").stdout,
    ]
    text = "\n".join(said)
    assert _bare_ids(text) == [], text
    assert "Recorded give (introduction) with Ana Lee (#1)" in said[0]
    assert "Updated Ana Lee (#1)" in said[3]
    assert "Snoozed Ana Lee (#1) until" in said[4]
    assert "Archived Bo Chen (#2)" in said[5]
    assert "Noted: Ana Lee (#1) introduced you to Bo Chen (#2)" in said[8]
    assert "Ana Lee (#1)" in said[9] and "Bo Chen (#2)" in said[9]
    assert said[11].startswith("Ana Lee (#1): ")


def test_intro_and_merge_name_people(pair: Cli) -> None:
    proposed = pair("intro", "Ana", "Bo").stderr
    assert "ask Ana Lee (#1) first" in proposed and _bare_ids(proposed) == []
    pair.add("Ana Lea", "--company", "Acme")
    merged = pair("merge", "Ana Lee", "3").stderr
    assert "Merged Ana Lea (#3) into Ana Lee (#1)" in merged


def test_suggestions_and_dupes_put_the_name_first(pair: Cli, tmp_path: Path) -> None:
    out = pair("suggest", "intros").stdout
    assert "Ana Lee (#1) ↔ Bo Chen (#2)" in out and _bare_ids(out) == []
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Org\nAna Lee,Beta\n", encoding="utf-8")
    pair("import", str(csv), "--format", "csv", "--map", "Name=name,Org=company")
    out = pair("dupes").stdout
    assert "Ana Lee (#3)" in out and "Ana Lee (#1)" in out and _bare_ids(out) == []


@pytest.mark.parametrize(
    ("n", "noun", "plural", "said"),
    [
        (0, "contact", None, "0 contacts"),
        (1, "contact", None, "1 contact"),
        (2, "touch", None, "2 touches"),
        (1, "touch", None, "1 touch"),
        (3, "ledger entry", None, "3 ledger entries"),
        (1, "possible duplicate", None, "1 possible duplicate"),
        (1200, "day", None, "1,200 days"),
        (2, "person", "people", "2 people"),
        (1, "person", "people", "1 person"),
    ],
)
def test_count_agrees_with_its_noun(n: int, noun: str, plural: str | None, said: str) -> None:
    assert count(n, noun, plural) == said


def test_single_counts_are_singular(cli: Cli, tmp_path: Path) -> None:
    cli.add("Ana Lee", "--email", "ana@example.com", "--every", "1")
    listing = cli("list").stdout
    assert "1 contact\n" in listing and "1 contacts" not in listing
    assert "every 1 day " in cli("show", "Ana").stdout
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Email\nAna Lee,ana.lee@example.org\n", encoding="utf-8")
    out = cli("import", str(csv), "--format", "csv", "--map", "Name=name,Email=email").stdout
    assert "1 possible duplicate:" in out and "0 touches" in out
    made = CliRunner().invoke(
        app, ["--db", str(tmp_path / "g.db"), "generate", "--contacts", "1", "--touches", "1"]
    )
    assert "Created 1 contact and 1 touch in" in made.stderr


def test_strict_counts_its_rows(cli: Cli, tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Email\n,ana@example.com\n", encoding="utf-8")
    args = ("import", str(csv), "--format", "csv", "--map", "Name=name,Email=email", "--strict")
    assert "1 row or card could not be imported" in cli(*args, code=2).stderr


def test_a_mistyped_command_is_answered_once() -> None:
    result = CliRunner().invoke(app, ["serv"])
    assert result.exit_code == 2
    assert result.stderr.count("Did you mean") == 1, result.stderr
    assert "'serve'" in result.stderr


def test_restore_speaks_of_contacts_not_tables(cli: Cli, tmp_path: Path) -> None:
    cli.add("Ana Lee", "--email", "ana@example.com", "--phone", "+44 20 7946 0958")
    cli.add("Bo Chen")
    cli("log", "Ana", "Bo", "--kind", "coffee")
    cli("give", "Ana", "--kind", "advice")
    cli("config", "cadence_inner", "21")
    backup = tmp_path / "b.json"
    cli("export", "json", "--out", str(backup))
    said = Cli(tmp_path / "r.db")("restore", str(backup)).stderr
    assert "Restored 2 contacts, 1 touch, 1 ledger entry, 1 link, 1 setting" in said
    for table in INTERNAL:
        assert table not in said


def _broken(backup: dict[str, object], path: Path, change: object) -> Path:
    document = json.loads(json.dumps(backup))
    change(document)  # type: ignore[operator]
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _cell(document: dict, table: str, column: str, value: object, row: int = 0) -> None:  # type: ignore[type-arg]
    part = document["tables"][table]
    part["rows"][row][part["columns"].index(column)] = value


INTERNAL = ("contact_emails", "touch_participants", "ledger_entries", "preferences", "table")
BROKEN = [
    (lambda d: d["tables"]["contacts"]["columns"].append("nickname"), "contacts: unknown field"),
    (lambda d: d["tables"]["contacts"]["rows"][0].pop(), "contacts, row 1:"),
    (lambda d: d["tables"]["contacts"].update(rows=5), "contacts: not a list of rows"),
    (lambda d: d.update(tables=[]), "not a netgarden backup"),
    (
        lambda d: d["tables"]["contacts"]["rows"].append(d["tables"]["contacts"]["rows"][0]),
        "contacts: the same id appears twice",
    ),
    (
        lambda d: _cell(d, "touch_participants", "contact_id", 99),
        "people in touches, row 1: refers to contact 99, which is not in the backup",
    ),
    (lambda d: _cell(d, "contacts", "name", None), "contacts, row 1: has no name"),
    (lambda d: _cell(d, "ledger_entries", "occurred_on", "soon"), "'soon' is not a date"),
]


@pytest.mark.parametrize(("change", "message"), BROKEN)
def test_a_damaged_backup_is_explained_in_the_users_words(
    cli: Cli, tmp_path: Path, change: object, message: str
) -> None:
    cli.add("Ana Lee", "--email", "ana@example.com")
    cli.add("Bo Chen")
    cli("log", "Ana", "Bo", "--kind", "coffee")
    cli("give", "Ana", "--kind", "advice")
    cli("export", "json", "--out", str(tmp_path / "b.json"))
    backup = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    damaged = _broken(backup, tmp_path / "damaged.json", change)
    restored = Cli(tmp_path / "r.db")
    said = restored("restore", str(damaged), code=2).stderr
    assert said.startswith("error: ") and message in said, said
    assert "Traceback" not in said
    for table in INTERNAL:
        assert table not in said
    assert restored.json("list") == []


def test_show_has_the_linkedin_connection_date(cli: Cli, corpus: Path) -> None:
    cli("import", str(corpus / "csv/linkedin/Connections_2024_synthetic.csv"))
    shown = cli.json("show", "1")
    assert shown["connected_on"]
    assert re.search(rf"^connected\s+{shown['connected_on']}\b", cli("show", "1").stdout, re.M)


def test_piped_tables_do_not_wrap(cli: Cli) -> None:
    company = "The Extraordinarily Long Named International Consortium of Evaluation Labs"
    title = "Principal Staff Research Engineer, Large Language Model Evaluation"
    notes = " ".join(["met at the conference;"] * 8)
    cli.add("Ana Lee-Montgomery-Fitzgerald", "--company", company, "--title", title,
            "--note", notes)  # fmt: skip
    [row] = [line for line in cli("list").stdout.splitlines() if "Ana Lee" in line]
    assert company in row and title in row
    shown = cli("show", "Ana").stdout
    assert notes in shown and f"{title} at {company}" in shown


def test_a_terminal_keeps_its_width_and_a_pipe_gets_whole_lines() -> None:
    import io

    from rich.console import Console

    from netgarden.cli.context import unwrapped

    terminal = Console(file=io.StringIO(), force_terminal=True, width=90)
    assert unwrapped(terminal).width == 90
    assert unwrapped(Console(file=io.StringIO(), width=80)).width > 10_000


COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", COMMANDS)
def test_help_shows_plain_text_and_describes_arguments(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "\\[" not in result.stdout, result.stdout
    command = get_command(app).commands[name]  # type: ignore[attr-defined]
    arguments = [p.name.upper() for p in command.params if p.param_type_name == "argument"]
    if not arguments:
        return
    assert result.stdout.count("Arguments:") == 1 and "Positional arguments" not in result.stdout
    section = result.stdout.split("Arguments:")[1].split("Options:")[0]
    for argument in arguments:
        line = re.search(
            rf"^  \[?{argument}(\.\.\.)?\]?(\.\.\.)?\s+(.*)$", section, re.MULTILINE
        )  # an optional list of arguments (`log`'s people with --planned) reads [CONTACTS]...
        assert line and not line.group(3).startswith("["), f"{name} {argument}:\n{section}"


def test_show_help_describes_contact() -> None:
    out = CliRunner().invoke(app, ["show", "--help"]).stdout
    assert re.search(r"CONTACT\s+Id, email or name\.\s+\[required\]", out), out
