"""The demo shows goals with data: the para preset, and a value behind most of its goals."""

from __future__ import annotations

from netgarden.services.content import content_mix, list_communities
from netgarden.services.database import Unit
from netgarden.services.demo_goals import plant_goals
from netgarden.services.generate import generate_network
from netgarden.services.goals import goal_progress
from tests.conftest import NOW, TODAY


def test_the_demo_sets_the_para_preset_with_data(unit: Unit) -> None:
    generate_network(unit, contacts=120, touches=800, seed=7, end=TODAY)
    assert plant_goals(unit, 7, TODAY, NOW) == 13
    goals = goal_progress(unit, TODAY)
    assert {g.preset for g in goals} == {"para"} and len(goals) == 13
    counted = [g for g in goals if g.value > 0]
    assert len(counted) >= 11, [(g.title, g.value) for g in goals if not g.value]
    counts, checks = content_mix(unit, TODAY.replace(month=1, day=1), TODAY)
    assert sum(counts.values()) == 10 and [c.status for c in checks] == ["pass", "pass"]
    assert {c.role for c in list_communities(unit)} == {"member", "committee"}
