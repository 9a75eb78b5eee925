"""The demo's outreach: messages from templates, answered and not, so `outreach` has data."""

from __future__ import annotations

from netgarden.services.database import Unit
from netgarden.services.demo_templates import plant_outreach
from netgarden.services.generate import generate_network
from netgarden.services.outreach import outreach_report
from netgarden.services.templates import get_template
from tests.conftest import NOW, TODAY


def test_the_demo_logs_outreach_from_templates(unit: Unit) -> None:
    generate_network(unit, contacts=40, touches=200, seed=5, end=TODAY)
    assert plant_outreach(unit, 5, TODAY, NOW) == 17
    rows = {r.template_key: r for r in outreach_report(unit)}
    assert {k: r.sent for k, r in rows.items()} == {
        "cold": 8, "connection-request": 5, "mentor": 4
    }  # fmt: skip
    assert all(0 < (r.response_rate or 0) < 1 for r in rows.values())
    assert rows["cold"].meeting_requests == 8 and rows["connection-request"].meeting_requests == 0
    assert max(on for _, _, on, *_ in unit.templates.sent(None, None)) <= TODAY
    assert get_template(unit, "coffee-after-event").placeholders == [
        "Name", "topic", "event", "Your name"
    ]  # fmt: skip


def test_a_network_too_small_gets_no_outreach(unit: Unit) -> None:
    generate_network(unit, contacts=5, touches=10, seed=1, end=TODAY)
    assert plant_outreach(unit, 1, TODAY, NOW) == 0
