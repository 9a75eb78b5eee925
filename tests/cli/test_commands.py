"""The CLI contract of the core issue, run in-process on a real database file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from netgarden.cli.main import app
from tests.conftest import Cli

TODAY = dt.date.today()


def test_add_prints_only_the_new_id(cli: Cli) -> None:
    result = cli("add", "Priya Raman", "--company", "Lumina AI", "--email", "priya@lumina.ai")
    assert result.stdout == "1\n"
    assert "Added Priya Raman (#1)" in result.stderr
    assert cli.add("Sam Lee") == 2


def test_show_json_has_the_contract_fields(cli: Cli) -> None:
    priya = cli.add(
        "Priya Raman",
        "--company", "Lumina AI", "--title", "Head of AI", "--email", "priya@lumina.ai",
        "--email", "p.raman@gmail.com", "--circle", "inner", "--tag", "ai", "--tag", "mentor",
        "--how-met", "Worked together", "--met-on", "2021-03-04", "--birthday", "1988-11-25",
        "--linkedin", "https://www.linkedin.com/in/priya-raman", "--location", "Toronto",
        "--note", "prefers mornings", "--phone", "+44 20 7946 0958", "--every", "21",
    )  # fmt: skip
    cli("log", "priya", "--kind", "coffee", "--on", "yesterday", "--note", "evals")
    shown = cli.json("show", str(priya))
    assert shown["id"] == priya
    assert (shown["name"], shown["company"], shown["title"]) == (
        "Priya Raman",
        "Lumina AI",
        "Head of AI",
    )
    assert shown["emails"] == ["priya@lumina.ai", "p.raman@gmail.com"]
    assert (shown["circle"], shown["tags"]) == ("inner", ["ai", "mentor"])
    yesterday = TODAY - dt.timedelta(days=1)
    assert shown["last_touch_on"] == yesterday.isoformat()
    assert shown["next_due_on"] == (yesterday + dt.timedelta(days=21)).isoformat()
    assert shown["touches"] == [
        {
            "id": 1,
            "on": yesterday.isoformat(),
            "kind": "coffee",
            "direction": "mutual",
            "note": "evals",
            "replied": None,
            "with": [],
        }
    ]
    assert shown["notes"] == "prefers mornings"
    assert shown["phones"] == ["+44 20 7946 0958"]


def test_show_as_a_table(cli: Cli) -> None:
    cli.add("Priya Raman", "--company", "Lumina AI", "--circle", "inner")
    cli("log", "Priya Raman", "--kind", "call", "--note", "roadmap chat")
    out = cli("show", "priya").stdout
    assert "Priya Raman" in out and "roadmap chat" in out and "every 30 days" in out


def test_list_and_filters(cli: Cli) -> None:
    cli.add("Ada", "--circle", "inner", "--tag", "ai", "--company", "Acme")
    cli.add("Bo", "--circle", "outer", "--company", "Beta")
    assert [c["name"] for c in cli.json("list")] == ["Ada", "Bo"]
    assert [c["id"] for c in cli.json("list", "--circle", "outer")] == [2]
    assert [c["id"] for c in cli.json("list", "--tag", "ai")] == [1]
    assert [c["id"] for c in cli.json("list", "--company", "bet")] == [2]
    assert "Ada" in cli("list").stdout


def test_search_across_fields_and_touch_notes(cli: Cli) -> None:
    cli.add("Priya Raman", "--interests", "LLM evaluation")
    cli.add("Sam Lee")
    cli("log", "sam lee", "--kind", "email", "--note", "shared the pricing deck")
    assert [h["name"] for h in cli.json("search", "pricing")] == ["Sam Lee"]
    assert [h["name"] for h in cli.json("search", "llm", "eval")] == ["Priya Raman"]
    assert cli.json("search", "nothing-like-this") == []
    assert "Sam Lee" in cli("search", "pricing").stdout


def test_log_several_people_and_direction(cli: Cli) -> None:
    cli.add("Ada")
    cli.add("Bo")
    result = cli("log", "Ada", "Bo", "--kind", "intro", "--direction", "out", "--no-reply")
    assert result.stdout.strip() == "1"
    assert "Logged intro with Ada" in result.stderr and "Logged intro with Bo" in result.stderr
    touch = cli.json("show", "Bo")["touches"][0]
    assert (touch["direction"], touch["replied"], touch["with"]) == ("out", False, ["Ada"])


def test_today_json_contract_and_order(cli: Cli) -> None:
    long_ago = (TODAY - dt.timedelta(days=800)).isoformat()
    inner = cli.add("Inner Ines", "--circle", "inner", "--met-on", long_ago)
    outer = cli.add("Outer Otto", "--circle", "outer", "--met-on", long_ago)
    cli("log", str(inner), "--kind", "coffee", "--on", _ago(48))  # 60% past 30 days
    cli("log", str(outer), "--kind", "email", "--on", _ago(416))  # 14% past 365 days
    birthday = (TODAY + dt.timedelta(days=2)).strftime("%m-%d")
    cli.add("Bea Birthday", "--birthday", birthday)
    items = cli.json("today")
    order = [i["name"] for i in items]
    assert order[0] == "Inner Ines"
    assert order.index("Inner Ines") < order.index("Outer Otto")
    for item in items:
        assert set(item) >= {"contact_id", "name", "reason", "due_on", "days_overdue"}
        assert item["reason"] in {"overdue", "due", "birthday", "three-touch", "lapsed"}
    by_name = {i["name"]: i for i in items}
    assert by_name["Inner Ines"]["days_overdue"] == 18
    assert by_name["Inner Ines"]["contact_id"] == inner
    assert by_name["Bea Birthday"]["reason"] == "birthday"
    assert by_name["Bea Birthday"]["days_overdue"] is None
    assert by_name["Bea Birthday"]["due_on"] == (TODAY + dt.timedelta(days=2)).isoformat()
    assert len(cli.json("today", "--limit", "1")) == 1
    assert "Inner Ines" in cli("today").stdout


def test_today_as_of_another_day(cli: Cli) -> None:
    cli.add("Ada", "--circle", "inner", "--met-on", "2026-01-01")
    assert [i["reason"] for i in cli.json("today", "--as-of", "2026-02-05")] == ["overdue"]
    assert cli.json("today", "--as-of", "2026-01-10") == []


def test_snooze_archive_unarchive(cli: Cli) -> None:
    long_ago = (TODAY - dt.timedelta(days=100)).isoformat()
    cli.add("Ada", "--circle", "inner", "--met-on", long_ago)
    cli.add("Bo", "--circle", "inner", "--met-on", long_ago)
    cli("snooze", "Ada", "--days", "7")
    cli("archive", "Bo")
    assert cli.json("today") == []
    assert [c["name"] for c in cli.json("list", "--archived")] == ["Bo"]
    cli("unarchive", "Bo")
    assert [i["name"] for i in cli.json("today")] == ["Bo"]
    later = (TODAY + dt.timedelta(days=8)).isoformat()
    assert {i["name"] for i in cli.json("today", "--as-of", later)} == {"Ada", "Bo"}
    cli("snooze", "Ada", "--until", later)
    assert cli.json("show", "Ada")["snoozed_until"] == later


def test_edit(cli: Cli) -> None:
    cli.add("Ada", "--company", "Acme", "--tag", "old")
    cli("edit", "Ada", "--name", "Ada Lovelace", "--company", "", "--tag", "new", "--untag", "old")
    shown = cli.json("show", "Ada Lovelace")
    assert (shown["company"], shown["tags"]) == (None, ["new"])
    assert "nothing to change" in cli("edit", "Ada Lovelace", code=2).stderr


def test_config_shows_and_changes_cadences(cli: Cli) -> None:
    assert cli.json("config")["cadence_inner"] == 30
    cli("config", "cadence_inner", "21")
    assert cli.json("config", "cadence_inner") == {"cadence_inner": 21}
    cli("config", "cadence_inner", "--reset")
    assert cli.json("config")["cadence_inner"] == 30
    assert "cadence_outer" in cli("config").stdout
    assert "out of range" in cli("config", "cadence_inner", "0", code=2).stderr
    assert "not a setting" in cli("config", "cadence", "3", code=2).stderr


def test_demo_fills_a_living_network(cli: Cli) -> None:
    cli("demo")
    # 300 generated, and 9 people newly met this quarter (the goals' and routines' data)
    assert len(cli.json("list")) == 309
    reasons = {item["reason"] for item in cli.json("today", "--limit", "300")}
    assert {"overdue", "lapsed", "birthday", "follow-up"} <= reasons
    events = cli.json("event", "list")
    # 17 of the demo's own, and 2 the goals count (events attended this quarter)
    assert len(events) == 19 and {e["status"] for e in events} == {"planned", "attended"}
    assert "already has contacts" in cli("demo", code=2).stderr


def test_generate_is_deterministic(tmp_path: Path) -> None:
    outputs = []
    for name in ("a.db", "b.db"):
        run = Cli(tmp_path / name)
        run(
            "generate",
            "--contacts",
            "200",
            "--touches",
            "2000",
            "--seed",
            "5",
            "--end",
            "2026-06-30",
        )
        outputs.append(run("today", "--as-of", "2026-06-30", "--json").stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])


def test_environment_variable_and_folder_creation(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "n.db"
    result = CliRunner().invoke(app, ["add", "Ada"], env={"NETGARDEN_DB": str(path)})
    assert result.exit_code == 0, result.stderr
    assert path.exists()


def _ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()
