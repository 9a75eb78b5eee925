"""Templates and drafts on the command line: exact drafts, unfilled placeholders refused
(nothing printed, nothing logged), --log, copies of one's own, the outreach report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import Cli

TODAY = dt.date(2026, 11, 20)  # a Friday; drafts word dates --as-of it


def _people(cli: Cli) -> tuple[int, int, int]:
    ana = cli.add("Ana Lee", "--company", "Lumina")
    bo = cli.add("Bo Chen", "--company", "Northwind")
    cy = cli.add("Cy Park")
    return ana, bo, cy


def test_template_list_json_has_the_issues_fields(cli: Cli) -> None:
    listed = cli.json("template", "list")
    assert [t["key"] for t in listed][:3] == ["cold", "follow-up", "intro-request"]
    assert len(listed) == 10
    assert set(listed[0]) >= {"key", "name", "purpose", "body", "placeholders"}
    assert listed[0]["placeholders"][0] == "Name"
    shown = cli("template", "show", "join-group").stdout
    assert "Mind if I join you? I'm [Your name]." in shown and "seeds/002" in shown


def test_a_cold_message_filled_from_set_values(cli: Cli) -> None:
    ana, _, _ = _people(cli)
    out = cli("draft", "cold", "Ana", "--set", "work/article/profile=article",
              "--set", "platform=Substack", "--set", "Specific Thing=the eval checklist",
              "--set", "related area=ML evaluation",
              "--set", "specific topic=red-teaming")  # fmt: skip
    assert out.stdout == (
        "Hi Ana, I came across your article on Substack and was impressed by the eval "
        "checklist. I'm also working in ML evaluation and would love to learn about your "
        "experience with red-teaming. Would you be open to a brief virtual coffee?\n"
    )
    assert cli.json("show", str(ana))["touches"] == []  # a draft alone logs nothing


def test_follow_up_says_when_the_event_was(cli: Cli) -> None:
    _people(cli)
    for days, words in ((3, "on Tuesday"), (1, "yesterday"), (10, "on 10 November")):
        on = (TODAY - dt.timedelta(days=days)).isoformat()
        event = cli("event", "add", f"Summit {days}", "--on", on).stdout.strip()
        out = cli("draft", "follow-up", "Ana", "--event", event, "--as-of", TODAY.isoformat(),
                  "--set", "topic=evals", "--set", "specific point=judges",
                  "--set", "resource=paper").stdout  # fmt: skip
        assert out.startswith(f"Hi Ana, Great meeting you at Summit {days} {words}. I enjoyed")


def test_an_unfilled_placeholder_exits_2_and_writes_nothing(cli: Cli) -> None:
    ana, _, _ = _people(cli)
    result = cli("draft", "cold", "Ana", "--set", "platform=Substack", "--log", code=2)
    assert result.stdout == ""
    assert (
        "nothing filled [work/article/profile], [specific thing], [related area], "
        "[specific topic]; give each a value with --set" in result.stderr
    )
    assert "add to the command, e.g.: --set 'work/article/profile=…' --set" in result.stderr
    assert "Traceback" not in result.stderr
    assert cli.json("show", str(ana))["touches"] == []


def test_a_set_the_template_lacks_exits_2_with_its_placeholders(cli: Cli) -> None:
    _people(cli)
    result = cli("draft", "join-group", "Ana", "--set", "colour=red", code=2)
    assert result.stdout == ""
    assert "--set: the template has no [colour]; its placeholders are: [Your name]" in (
        result.stderr
    )
    bad = cli("draft", "join-group", "Ana", "--set", "oops", code=2)
    assert "--set: 'oops' is not placeholder=value" in bad.stderr


def test_an_intro_request_to_someone_not_known_to_know_the_target_warns(cli: Cli) -> None:
    _, bo, _ = _people(cli)
    result = cli("draft", "intro-request", "Ana", "--to", "Bo", "--set", "specific area=data")
    assert result.stdout.startswith(
        "Hi Ana, I noticed you're connected with Bo Chen at Northwind. I'm interested in data"
    )
    assert (
        "warning: Ana Lee is not recorded as knowing Bo Chen; if they do, record it "
        f"with: netgarden link 1 {bo}" in result.stderr
    )
    cli("link", "Ana", "Bo")
    again = cli("draft", "intro-request", "Ana", "--to", "Bo", "--set", "specific area=data")
    assert "warning" not in again.stderr


def test_log_records_an_outgoing_touch_with_the_template(cli: Cli) -> None:
    ana, _, _ = _people(cli)
    result = cli("draft", "join-group", "Ana", "--set", "your name=Sam", "--log",
                 "--via", "email")  # fmt: skip
    assert result.stdout == "Mind if I join you? I'm Sam.\n"
    assert "Logged as touch #1 to Ana Lee (asks nothing)" in result.stderr
    [touch] = cli.json("show", str(ana))["touches"]
    assert (touch["kind"], touch["direction"], touch["note"]) == (
        "email", "out", "Mind if I join you? I'm Sam."
    )  # fmt: skip
    bad = cli("draft", "join-group", "Ana", "--set", "your name=Sam", "--log", "--via", "fax",
              code=2)  # fmt: skip
    assert "--via: 'fax' is not one of message, email" in bad.stderr


def test_copy_edit_and_remove_ones_own(cli: Cli, tmp_path: Path) -> None:
    assert cli("template", "copy", "cold", "cold-short").stdout == "cold-short\n"
    body = tmp_path / "body.txt"
    body.write_text("Hi [Name], loved [thing]. Coffee?\n", encoding="utf-8")
    edited = cli.json("template", "edit", "cold-short", "--file", str(body), "--asks", "meeting")
    assert (edited["body"], edited["placeholders"], edited["based_on"], edited["builtin"]) == (
        "Hi [Name], loved [thing]. Coffee?", ["Name", "thing"], "cold", False
    )  # fmt: skip
    read_only = cli("template", "edit", "cold", "--file", str(body), code=2)
    assert "'cold' is built in" in read_only.stderr
    assert "template copy cold my-cold" in read_only.stderr
    taken = cli("template", "copy", "cold", "cold-short", code=2)
    assert "NEW: a template 'cold-short' exists" in taken.stderr
    missing_file = cli("template", "edit", "cold-short", "--file", str(tmp_path / "no"), code=2)
    assert "--file: cannot read" in missing_file.stderr
    cli("template", "rm", "cold-short")
    gone = cli("template", "show", "cold-short", code=2)
    assert "no template with id cold-short" in gone.stderr


def test_outreach_and_reply(cli: Cli) -> None:
    _people(cli)
    sets = ("--set", "your name=Sam", "--log")
    first = int(cli("draft", "join-group", "Ana", *sets).stderr.split("#")[1].split()[0])
    cli("draft", "join-group", "Bo", *sets)
    cli("reply", str(first), "yes")
    cli("reply", "2", "no")
    [row] = cli.json("outreach")
    assert row == {"template": "join-group", "sent": 2, "answered": 1, "response_rate": 0.5,
                   "meeting_requests": 0, "meetings": 0, "meeting_acceptance": None}  # fmt: skip
    assert "join-group" in cli("outreach").stdout
    assert cli.json("outreach", "--until", "2000-01-01") == []
    bad = cli("reply", "99", "yes", code=2)
    assert "no touch with id 99" in bad.stderr
    assert (
        "ANSWER: 'maybe' is not one of yes, no, unknown"
        in cli("reply", "1", "maybe", code=2).stderr
    )


def test_path_drafts_the_requests_through_a_template(cli: Cli) -> None:
    _people(cli)
    cli("log", "Ana", "--kind", "coffee")
    cli("link", "Ana", "Bo", "--strength", "strong")
    missing = cli("path", "--to", "Bo", "--template", "intro-request-long", code=2)
    assert missing.stdout == ""
    assert "nothing filled [specific project/goal], [specific area]" in missing.stderr
    assert "e.g.: --set 'specific project/goal=…' --set 'specific area=…'" in missing.stderr
    sets = ["--set", "specific project/goal=an eval suite", "--set", "specific area=evals",
            "--set", "relevant topic=judges", "--set", "specific project/initiative=ranking",
            "--set", "your name=Sam"]  # fmt: skip
    found = cli.json("path", "--to", "Bo", "--template", "intro-request-long", *sets)
    [best] = [p for p in found if len(p["ids"]) == 2]
    assert best["draft"].startswith(
        "Hi Ana,\n\nI hope you're well! I'm reaching out because I remember you mentioning "
        "your connection to Bo Chen at Northwind."
    )
    assert "modify as you see fit:\n\nI'd love to meet you, and 20 minutes" in best["draft"]
    assert best["draft"].endswith("Best regards,\nSam")
