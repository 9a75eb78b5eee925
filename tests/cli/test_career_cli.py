"""Career resilience on the command line (issue 16): one smoke run end to end, and bad
input as one clear line, exit 2, nothing written."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from tests.conftest import Cli


def test_companies_status_and_the_call_list_end_to_end(cli: Cli) -> None:
    cli("me", "--title", "Product Manager")
    hank = cli.add("Hank Hire", "--company", "Acme", "--title", "VP Product")
    carl = cli.add("Carl Colleague", "--company", "acme")
    cli("edit", str(hank), "--hiring-manager-for", "product managers")
    cli("edit", str(carl), "--status", "open-to-work", "--status-on", "2026-11-01",
        "--preferred-channel", "email")  # fmt: skip
    said = cli("company", "set", "Acme", "--target", "--hiring", "yes", "--hiring-for", "PMs")
    assert "Saved #1: Acme (target) · hiring yes for PMs" in said.stderr
    assert cli.json("company", "list")[0]["people"] == 2
    found = cli.json("call-list")
    assert [(c["name"], c["class"]) for c in found["contacts"]] == [
        ("Hank Hire", "warm-up-first"), ("Carl Colleague", "support")
    ]  # fmt: skip
    assert found["summary"]["unreached_targets"] == [
        {"company": "Acme", "command": "netgarden path --company Acme"}
    ]
    table = cli("call-list").stdout
    assert "Support them (1)" in table and "open-to-work since 2026-11-01" in table
    shown = cli.json("show", str(carl))
    assert (shown["status"], shown["preferred_channel"]) == ("open-to-work", "email")
    assert "No pending job changes." in cli("changes").stdout


BAD = [
    (("company", "set", "  "), "NAME: is empty"),
    (("company", "set", "Acme", "--hiring", "maybe"), "--hiring: 'maybe' is not accepted"),
    (("company", "set", "Acme", "--type", "bank"), "--type: 'bank' is not accepted"),
    (("company", "show", "Nowhere"), "NAME: no company 'Nowhere'"),
    (("changes", "--state", "maybe"), "--state: 'maybe' is not accepted"),
    (("changes", "accept", "abc"), "ID: 'abc' is not a change number"),
    (("changes", "dismiss", "7"), "no job change with id 7"),
    (("call-list", "--company", " "), "--company: is empty"),
    (("call-list", "--as-of", "someday"), "--as-of: 'someday' is not a date"),
    (("edit", "1", "--status", "fired"), "--status: 'fired' is not accepted"),
    (("edit", "1", "--status-on", "2026-01-01"), "--status-on: dates a status"),
    (("edit", "1", "--preferred-channel", "fax"), "--preferred-channel: 'fax'"),
]


@pytest.mark.parametrize(("args", "message"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_career_input_is_one_line_exit_2(cli: Cli, args: tuple[str, ...], message: str) -> None:
    cli.add("Ada")
    result = cli(*args, code=2)
    assert result.stderr.startswith("error: ") and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    with closing(sqlite3.connect(cli.db)) as raw:
        assert raw.execute("SELECT count(*) FROM companies").fetchone()[0] == 0
        assert raw.execute("SELECT status FROM contacts").fetchall() == [(None,)]


def test_call_list_json_puts_each_contact_on_its_own_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Compact lines for the list (the C encoder: 30,000 contacts), indented elsewhere."""
    import json

    from netgarden.cli.context import print_json

    value = {"contacts": [{"contact_id": 1, "name": "Zoë"}, {"contact_id": 2, "name": "B"}],
             "summary": {"counts": {"support": 1}, "unreached_targets": []}}  # fmt: skip
    print_json(value, one_line_each="contacts")
    text = capsys.readouterr().out
    assert json.loads(text) == value
    assert text.splitlines()[:4] == [
        "{", '  "contacts": [', '    {"contact_id": 1, "name": "Zoë"},',
        '    {"contact_id": 2, "name": "B"}',
    ]  # fmt: skip
    assert '    "counts": {' in text.splitlines()
    print_json({"contacts": [], "summary": {}}, one_line_each="contacts")
    assert json.loads(capsys.readouterr().out) == {"contacts": [], "summary": {}}
