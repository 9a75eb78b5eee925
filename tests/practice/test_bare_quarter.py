"""The quarter's review reads bare (issue 15): on a current SQLite file it
reads through ``sqlite3`` with the statements compiled ahead and gives what the usual unit
of work gives, line for line, with goals (their metrics read bare too) and without."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netgarden.cli.main import app
from netgarden.services.database import Database, open_database
from netgarden.services.demo_practice import add_practice
from netgarden.services.generate import generate_network
from netgarden.services.goals import goal_progress
from netgarden.services.periods import period_review
from netgarden.services.read_only import read_unit
from netgarden.settings import Settings
from tests.conftest import NOW, TODAY

DAYS = [TODAY, TODAY - dt.timedelta(days=40), TODAY - dt.timedelta(days=400)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo's network and practice (gives, content, events, circle changes, goals)."""
    database = open_database(tmp_path_factory.mktemp("quarter") / "demo.db")
    with database.transaction() as unit:
        generate_network(unit, contacts=120, touches=600, seed=7, end=TODAY)
        add_practice(unit, TODAY, 7, NOW)
    yield database
    database.close()


def _cli(db: Path, *args: str) -> str:
    found = CliRunner().invoke(app, ["--db", str(db), "review", "quarter", *args])
    assert found.exit_code == 0, found.stdout
    return found.stdout


def _same_both_ways(demo: Database) -> dict[dt.date, dict[str, int]]:
    """Each day's quarter through the usual unit and the bare one: equal, line for line."""
    done = {}
    for day in DAYS:
        with demo.transaction(write=False) as unit:
            usual = period_review(unit, "quarter", day)
        done[day] = {line.key: line.done for line in usual.lines}
        with read_unit(Settings(db=demo.path)) as bare:
            assert bare is not None
            assert period_review(bare, "quarter", day) == usual, day
    return done


def test_the_quarter_reads_bare_with_goals_and_says_the_same(demo: Database) -> None:
    assert demo.path is not None
    done = _same_both_ways(demo)
    goals = [key for key in done[TODAY] if key.startswith("goal-")]
    assert goals and any(done[TODAY][key] for key in goals), done[TODAY]
    with read_unit(Settings(db=demo.path)) as bare, demo.transaction(write=False) as unit:
        assert bare is not None
        assert goal_progress(bare, TODAY) == goal_progress(unit, TODAY)


def test_the_goals_facts_read_the_same_both_ways(demo: Database) -> None:
    """Every goal fact the metrics read, on the usual unit and the bare one."""
    start, end = TODAY - dt.timedelta(days=200), TODAY
    with read_unit(Settings(db=demo.path)) as bare, demo.transaction(write=False) as unit:
        assert bare is not None
        ids = unit.practice.circles().get("inner", []) + [
            i for i, _ in unit.goal_facts.people_added(start, end)
        ]
        reads = [
            lambda f: f.people_added(start, end),
            lambda f: f.touches(start, end),
            lambda f: f.touches(start, end, True),
            lambda f: f.touch_counts(start, end),
            lambda f: f.touch_counts(start, end, "coffee"),
            lambda f: f.touch_total(start, end, "coffee"),
            lambda f: f.touch_pairs(start, end, "coffee"),
            lambda f: f.first_and_previous(start, end),
            lambda f: f.strength_events(ids),
            lambda f: f.coffee_plans(start, end),
            lambda f: f.communities_joined(start, end),
            lambda f: f.people(ids),
            lambda f: f.people(list(range(1, 2100))),
            lambda f: f.in_circle("inner"),
            lambda f: f.goals(),
        ]
        for i, read in enumerate(reads):
            got, want = read(bare.goal_facts), read(unit.goal_facts)
            assert got == want, i
        assert [g.id for g in bare.goals.all()] == [g.id for g in unit.goals.all()]


def test_the_quarter_reads_bare_without_goals_and_says_the_same(demo: Database) -> None:
    assert demo.path is not None
    with_goals = {day: _cli(demo.path, "--as-of", day.isoformat(), "--json") for day in DAYS}
    assert any(line["key"].startswith("goal-") for line in json.loads(with_goals[TODAY])["lines"])
    with demo.transaction() as unit:
        for goal in unit.goals.all():
            unit.goals.delete(goal.id)
    done = _same_both_ways(demo)
    for day in DAYS:
        lines = json.loads(with_goals[day])["lines"]
        shown = json.loads(_cli(demo.path, "--as-of", day.isoformat(), "--json"))["lines"]
        assert shown == [line for line in lines if not line["key"].startswith("goal-")]
    # every line of today's quarter has data to agree on
    assert all(done[TODAY].values()), done[TODAY]
