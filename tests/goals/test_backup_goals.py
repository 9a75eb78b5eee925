"""A backup carries goals, content (with its people) and communities: restored, it exports
to the same bytes; a damaged goal row is refused by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netgarden.errors import UserError
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.content import add_content, join_community, leave_community
from netgarden.services.database import open_database
from netgarden.services.exporting import export_network, restore_backup
from netgarden.services.goals import GoalInput, add_goal, apply_preset, tick_goal
from tests.conftest import NOW, TODAY


def _export(db: Path, out: Path) -> None:
    database = open_database(db)
    with database.transaction() as unit:
        export_network(unit, "json", out, "4.0", TODAY)
    database.close()


def test_goals_content_and_communities_survive_backup_and_restore(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a.db")
    with database.transaction() as unit:
        ana = add_contact(unit, ContactInput(name="Ana Lee"), NOW, TODAY)
        made = add_goal(unit, GoalInput("Profile", "manual", "1", "week"), TODAY, NOW)
        tick_goal(unit, made.id, 1, TODAY)
        add_goal(unit, GoalInput("Targets", "new-connections", "3-5", "month",
                                 where="company in targets", rolling=True), TODAY, NOW)  # fmt: skip
        apply_preset(unit, "roadmap", TODAY, NOW)
        add_content(unit, "talk", "Evals", TODAY.isoformat(), "insight", [str(ana)], TODAY, NOW)
        join_community(unit, "PM HQ", "board", None, TODAY, NOW)
        leave_community(unit, "PM HQ", None, TODAY)
    database.close()
    _export(tmp_path / "a.db", tmp_path / "a.json")
    tables = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["tables"]
    assert [len(tables[t]["rows"]) for t in ("goals", "content_items", "content_people",
                                             "communities")] == [12, 1, 1, 1]  # fmt: skip
    target = open_database(tmp_path / "b.db")
    with target.transaction() as unit:
        restore_backup(unit, tmp_path / "a.json")
    target.close()
    _export(tmp_path / "b.db", tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()

    columns = tables["goals"]["columns"]
    tables["goals"]["rows"][0][columns.index("metric")] = "followers"
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    document["tables"] = tables
    (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
    third = open_database(tmp_path / "c.db")
    with pytest.raises(UserError, match="goals, row 1"), third.transaction() as unit:
        restore_backup(unit, tmp_path / "bad.json")
    third.close()
