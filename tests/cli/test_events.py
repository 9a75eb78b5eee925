"""The main path on the command line: add an event, mark people met, see the follow-ups on
today's agenda, close them; errors name the option and exit 2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import Cli

TODAY = dt.date.today()
DAYS_AGO_3 = (TODAY - dt.timedelta(days=3)).isoformat()
NEXT_WEEK = (TODAY + dt.timedelta(days=7)).isoformat()


def test_add_list_show_an_event(cli: Cli) -> None:
    added = cli("event", "add", "AI Summit", "--on", DAYS_AGO_3, "--start", "9:00",
                "--series", "AI Summits", "--format", "conference", "--access", "paid",
                "--size", "400", "--topics", "evals", "--organizer", "Lumina")  # fmt: skip
    assert added.stdout.strip() == "1"
    assert "Added AI Summit (#1)" in added.stderr and "attended" in added.stderr
    cli("event", "add", "PM Mixer", "--on", NEXT_WEEK, "--format", "mixer", "--role", "host",
        "--virtual")  # fmt: skip
    listed = cli.json("event", "list")
    assert [(e["id"], e["name"], e["on"], e["series"], e["status"]) for e in listed] == [
        (2, "PM Mixer", NEXT_WEEK, None, "planned"),
        (1, "AI Summit", DAYS_AGO_3, "AI Summits", "attended"),
    ]
    assert set(listed[0]) >= {"id", "name", "on", "series", "status"}
    assert [e["id"] for e in cli.json("event", "list", "--series", "ai summits")] == [1]
    shown = cli("event", "show", "2").stdout
    assert "PM Mixer #2 — mixer · online" in shown and "host (hosting counts)" in shown
    assert "“Set a goal (meet 3 people)” (seeds/002)" in shown
    detail = cli.json("event", "show", "#1")
    assert (detail["start"], detail["access"], detail["size"], detail["people"]) == (
        "09:00", "paid", 400, []
    )  # fmt: skip
    table = cli("event", "list").stdout
    assert "(coming)" in table and "0 of 3" in table


def test_met_makes_the_24_48_7_follow_ups_that_reach_today_and_close(cli: Cli) -> None:
    ana = cli.add("Ana Lee", "--company", "Acme")
    cli("event", "add", "AI Summit", "--on", DAYS_AGO_3)
    met = cli("event", "met", "1", "Ana", "--note", "evals")
    assert "Met Ana Lee (#1) at AI Summit (#1)" in met.stderr
    assert "“24 hours: Send connection requests with personalized messages”" in met.stderr
    again = cli("event", "met", "1", str(ana))
    assert "already met" in again.stderr and "nothing new" in again.stderr
    tasks = cli.json("tasks", "--open")
    assert [(t["id"], t["kind"], t["contact_id"], t["event_id"], t["done_on"]) for t in tasks] == [
        (1, "connect", ana, 1, None),
        (2, "send-resources", ana, 1, None),
        (3, "schedule-meeting", ana, 1, None),
    ]
    assert tasks[0]["due_on"] == (TODAY - dt.timedelta(days=2)).isoformat()
    today = cli.json("today")
    follow = [i for i in today if i["reason"] == "follow-up"]
    assert [(i["contact_id"], i["subject"]) for i in follow] == [(ana, {"type": "task", "id": 1})]
    assert "24-48-7 after AI Summit" in follow[0]["why"]
    cli("log", "Ana", "--kind", "message", "--direction", "in")  # from her: not a connect
    assert cli.json("tasks", "--open")[0]["kind"] == "connect"
    cli("log", "Ana", "--kind", "message")
    cli("give", "Ana", "--kind", "knowledge")
    assert [t["kind"] for t in cli.json("tasks", "--open")] == ["schedule-meeting"]
    assert cli.json("today") == [i for i in today if i["reason"] != "follow-up"]
    done = cli("done", "3")
    assert "Task #3 (schedule-meeting, Ana Lee) is done" in done.stderr
    assert "already done" in cli("done", "3").stderr
    assert cli.json("tasks", "--open") == []
    assert len(cli.json("tasks", "--contact", "Ana")) == 3
    assert len(cli.json("tasks", "--event", "1")) == 3
    shown = cli("event", "show", "1").stdout
    assert "met 1" in shown and "done" in shown


def test_attend_and_skip(cli: Cli) -> None:
    cli.add("Ana Lee")
    cli("event", "add", "Future", "--on", NEXT_WEEK)
    cli("event", "add", "Past", "--on", DAYS_AGO_3)
    refused = cli("event", "attend", "1", code=2)
    assert "error: ID: the event is on" in refused.stderr
    assert "is skipped" in cli("event", "skip", "1").stderr
    cli("event", "met", "2", "Ana")
    refused = cli("event", "skip", "2", code=2)
    assert "error: ID: you met 1 person there, so it was attended" in refused.stderr
    assert "is attended" in cli("event", "attend", "2").stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("event", "add", "X", "--on", "soon"), "error: --on: 'soon' is not a date"),
        (("event", "add", "X", "--on", "today", "--start", "7pm"), "error: --start: '7pm'"),
        (("event", "add", "X", "--on", "today", "--format", "gala"), "error: --format: 'gala'"),
        (("event", "add", "X", "--on", "today", "--goal", "0"), "error: --goal: 0 is out of"),
        (("event", "add", "X", "--on", "today", "--size", "x"), "error: --size: 'x' is not"),
        (("event", "add", "X", "--on", "today", "--access", "vip"), "error: --access: 'vip'"),
        (("event", "add", "X", "--on", "today", "--role", "guest"), "error: --role: 'guest'"),
        (("event", "add", " ", "--on", "today"), "error: NAME: an event needs a name"),
        (("event", "show", "7"), "error: no event with id 7"),
        (("event", "show", "seven"), "error: ID: 'seven' is not an event number"),
        (("event", "show", "99999999999999999999"), "error: no event with id"),
        (("event", "met", "7", "Ana"), "error: no event with id 7"),
        (("event", "list", "--status", "maybe"), "error: --status: 'maybe' is not accepted"),
        (("event", "list", "--as-of", "x"), "error: --as-of: 'x' is not a date"),
        (("done", "x"), "error: TASK: 'x' is not a task number"),
        (("done", "5"), "error: no task with id 5"),
        (("tasks", "--event", "4"), "error: no event with id 4"),
    ],
)
def test_bad_input_names_what_and_exits_2(cli: Cli, args: tuple[str, ...], said: str) -> None:
    result = cli(*args, code=2)
    assert said in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_people_are_met_only_at_an_event_that_has_happened(cli: Cli) -> None:
    cli.add("Ana Lee")
    cli("event", "add", "Future", "--on", NEXT_WEEK)
    refused = cli("event", "met", "1", "Ana", code=2)
    assert "error: ID: the event is on" in refused.stderr
    assert "record people met on or after that day" in refused.stderr
    assert cli.json("tasks") == []
    unknown = cli("event", "met", "1", "Nobody Here", code=2)
    assert "no contact matches" in unknown.stderr


def test_events_people_and_tasks_are_in_the_backup(cli: Cli, tmp_path: Path) -> None:
    import json

    cli.add("Ana Lee")
    cli("event", "add", "AI Summit", "--on", DAYS_AGO_3, "--series", "AI")
    cli("event", "add", "Mixer", "--on", NEXT_WEEK)
    cli("event", "met", "1", "Ana")
    cli("done", "2")
    backup = tmp_path / "backup.json"
    cli("export", "json", "--out", str(backup))
    copy = Cli(tmp_path / "copy.db")
    copy("restore", str(backup))
    again = tmp_path / "again.json"
    copy("export", "json", "--out", str(again))
    assert again.read_bytes() == backup.read_bytes()
    assert copy.json("event", "list") == cli.json("event", "list")
    assert copy.json("tasks") == cli.json("tasks")
    damaged = json.loads(backup.read_text())
    damaged["tables"]["event_people"]["rows"][0][0] = 42  # an event the backup does not hold
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(damaged))
    refused = Cli(tmp_path / "other.db")("restore", str(broken), code=2)
    assert "people at events, row 1: refers to event 42, which is not in the backup" in (
        refused.stderr
    )
