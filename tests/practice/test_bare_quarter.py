"""The quarter's review reads bare (issue 15): on a current SQLite file without goals it
reads through ``sqlite3`` with the statements compiled ahead and gives what the usual unit
of work gives, line for line; with goals (their metrics read through the usual unit) the
command takes the usual unit and prints what it printed."""

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
from netgarden.services.periods import period_review, reads_bare
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


def test_the_quarter_reads_bare_without_goals_and_says_the_same(demo: Database) -> None:
    assert demo.path is not None
    with_goals = {day: _cli(demo.path, "--as-of", day.isoformat(), "--json") for day in DAYS}
    assert any(line["key"].startswith("goal-") for line in json.loads(with_goals[TODAY])["lines"])
    with read_unit(Settings(db=demo.path)) as bare:
        assert bare is not None and not reads_bare(bare)  # goals: the usual unit
        with pytest.raises(TypeError, match="usual unit"):
            period_review(bare, "quarter", TODAY)
    with demo.transaction() as unit:
        for goal in unit.goals.all():
            unit.goals.delete(goal.id)
    done = {}
    for day in DAYS:
        with demo.transaction(write=False) as unit:
            usual = period_review(unit, "quarter", day)
        done[day] = {line.key: line.done for line in usual.lines}
        with read_unit(Settings(db=demo.path)) as bare:
            assert bare is not None and reads_bare(bare)
            assert period_review(bare, "quarter", day) == usual, day
        lines = json.loads(with_goals[day])["lines"]
        shown = json.loads(_cli(demo.path, "--as-of", day.isoformat(), "--json"))["lines"]
        assert shown == [line for line in lines if not line["key"].startswith("goal-")]
    # every line of today's quarter has data to agree on
    assert all(done[TODAY].values()), done[TODAY]
