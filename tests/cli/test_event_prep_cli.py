"""The main path of the rest of events on the command line: add an event, add targets, print
the prep sheet, mark people met, see the follow-ups on Today, close them, see the ROI; plans
with `log --planned`; promises; bad input names the option and exits 2."""

from __future__ import annotations

import datetime as dt

from tests.conftest import Cli

TODAY = dt.date.today()
LONG_AGO = (TODAY - dt.timedelta(days=120)).isoformat()
NEXT_WEEK = (TODAY + dt.timedelta(days=7)).isoformat()


def test_targets_prep_met_today_done_and_roi(cli: Cli) -> None:
    ana = cli.add("Ana Lee", "--company", "Quill", "--interests", "robotics")
    bo = cli.add("Bo Chen")
    cli("event", "add", "PM Night", "--on", NEXT_WEEK, "--start", "19:00", "--format", "meetup",
        "--series", "PM Nights", "--topics", "AI evals")  # fmt: skip
    said = cli("event", "target", "1", "Ana Lee", "--from", "attendee-list").stderr
    assert "Ana Lee (#1) is now a target at PM Night (#1); 1 target(s)" in said
    cli("event", "target", "1", str(bo), "--starter", "Ask about evals")
    sheet = cli("event", "prep", "1", "--md").stdout
    order = ["## Research", "## Goal", "## Targets", "## Openers", "## Your pitches",
             "## Arrival", "## Follow-ups"]  # fmt: skip
    assert [sheet.index(h) for h in order] == sorted(sheet.index(h) for h in order)
    assert "2 targets: “Prepare 3-5 target connections” (seeds/002)" in sheet
    assert "I noticed your name in the list of attendees" in sheet
    assert "“Ask about evals”" in sheet and "**What are the hot topics?** AI evals" in sheet
    assert "missing: who you are (name), what you do, interesting hook" in sheet
    assert "arrive at the very beginning (19:00)" in sheet
    as_json = cli.json("event", "prep", "1")
    assert [t["contact_id"] for t in as_json["targets"]] == [ana, bo]
    # the event happened long ago: people met, follow-ups, ROI
    cli("event", "add", "Old Night", "--on", LONG_AGO, "--series", "PM Nights")
    cli("event", "met", "2", "Ana Lee", "Bo Chen")
    today = cli.json("today")
    assert {i["reason"] for i in today} == {"follow-up"}
    tasks = cli.json("tasks", "--open", "--contact", "Ana Lee")
    assert [t["kind"] for t in tasks] == ["connect", "send-resources", "schedule-meeting"]
    for t in tasks:
        cli("done", str(t["id"]))
    roi = cli.json("event", "roi", "--series", "pm nights")
    (event,) = roi["events"]
    assert (event["id"], event["people_met"], event["tasks_due"], event["alive"]) == (2, 2, 6, 0)
    assert roi["series"][0]["verdict"] == "keep-exploring"
    pairs = cli.json("suggest", "intros", "--event", "2")
    assert [(p["a_id"], p["b_id"]) for p in pairs] == [(ana, bo)]
    assert "keep exploring (1 of 3 events)" in cli("event", "roi").stdout


def test_plan_confirm_promise_profile_and_interview(cli: Cli) -> None:
    cli.add("Ana Lee")
    made = cli("plan", "Ana Lee", "--kind", "coffee", "--on", "today", "--note", "roadmap")
    assert made.stdout.strip() == "1" and "log --planned 1" in made.stderr
    (listed,) = cli.json("plan", "list")
    assert (listed["status"], listed["did_it_happen"]) == ("planned", False)
    assert [i["reason"] for i in cli.json("today")] == ["planned"]
    cli("log", "--planned", "1")
    assert cli.json("plan", "list")[0]["status"] == "happened"
    assert cli.json("show", "Ana Lee")["trust"]["promises_due"] == 0
    cli("promise", "Ana Lee", "send the deck", "--by", NEXT_WEEK)
    assert cli.json("show", "Ana Lee")["open_tasks"][-1]["note"] == "send the deck"
    cli("profile", "set", "--name", "Sam", "--questions", "How did you start?\nWhat now?")
    assert cli.json("profile", "show")["name"] == "Sam"
    interview = cli.json("prep", "interview", "Ana Lee")
    assert interview["questions"] == ["How did you start?", "What now?"]


def test_bad_input_names_the_option_and_exits_2(cli: Cli) -> None:
    cli.add("Ana Lee")
    cli("event", "add", "PM Night", "--on", NEXT_WEEK)
    bad = {
        ("event", "target", "1", "Ana Lee", "--from", "flyer"): "--from",
        ("event", "prep", "x"): "ID",
        ("event", "roi", "--series", "nope"): "--series",
        ("plan", "Ana Lee", "--kind", "coffee", "--on", "2020-01-01"): "--on",
        ("plan", "Ana Lee", "--on", NEXT_WEEK): "--kind",
        ("plan", "cancel", "9"): "no plan with id 9",
        ("log", "Ana Lee", "--kind", "coffee", "--on", NEXT_WEEK): "netgarden plan",
        ("log", "--planned", "abc"): "--planned",
        ("promise", "Ana Lee", "x", "--by", "2020-01-01"): "--by",
        ("profile", "set", "--time-zone", "Mars/Base"): "--time-zone",
        ("prep", "dinner", "Ana Lee"): "prep interview",
    }
    for args, word in bad.items():
        result = cli(*args, code=2)
        assert word in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
