"""The demo shows career resilience with data (issue 16): every class of the call list, a
target company nobody reaches, job changes to review and a congratulation on the agenda."""

from __future__ import annotations

from netgarden.services.agenda import agenda
from netgarden.services.career import who_would_i_call
from netgarden.services.database import Unit
from netgarden.services.demo_career import plant_career
from netgarden.services.generate import generate_network
from netgarden.services.job_changes import list_changes
from tests.conftest import NOW, TODAY


def test_the_demo_call_list_has_every_class(unit: Unit) -> None:
    generate_network(unit, contacts=300, touches=3000, seed=7, end=TODAY)
    assert plant_career(unit, 7, TODAY, NOW) > 0
    found = who_would_i_call(unit, TODAY, role="Product Manager")
    assert all(n > 0 for n in found.summary.counts.values()), found.summary.counts
    assert found.summary.unreached_targets
    assert 0.05 <= (found.summary.switched_share or 0) <= 0.15  # seeds/004's "about 10%"
    assert len(list_changes(unit)) == 3
    assert [c.state for c in list_changes(unit, "accepted")] == ["accepted"]
    reasons = [i.reason.value for i in agenda(unit, TODAY, limit=None)]
    assert "congratulate" in reasons


def test_a_network_too_small_gets_no_career_facts(unit: Unit) -> None:
    generate_network(unit, contacts=5, touches=10, seed=1, end=TODAY)
    assert plant_career(unit, 1, TODAY, NOW) == 0
