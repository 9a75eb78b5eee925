"""The demo shows opportunities in every stage, through people, at events, cold applications
beside referrals, so every line of ROI has data."""

from __future__ import annotations

from netgarden.domain.opportunities import Stage
from netgarden.services.database import Unit
from netgarden.services.demo_practice import add_practice
from netgarden.services.generate import generate_network
from netgarden.services.opportunities import list_opportunities
from netgarden.services.roi import roi_fields, roi_report
from tests.conftest import NOW, TODAY


def test_the_demo_has_opportunities_in_every_stage_and_roi_has_every_line(unit: Unit) -> None:
    generate_network(unit, contacts=300, touches=3000, seed=7, end=TODAY)
    add_practice(unit, TODAY, 7, NOW)
    found = list_opportunities(unit)
    assert {o.stage for o in found} == {s.value for s in Stage}
    assert {o.channel for o in found} >= {"network", "event", "cold-application", "inbound",
                                          "recruiter"}  # fmt: skip
    assert all(o.opened_on <= TODAY for o in found)
    report = roi_fields(roi_report(unit, TODAY))
    assert report["meeting_to_opportunity"]["part"] >= 1
    assert report["referrals"]["received"] >= 2 and report["referrals"]["given"] >= 1
    channels = {r["name"]: r for r in report["opportunities_by_channel"]}
    assert channels["cold-application"]["opportunities"] >= 10
    assert report["quality_connections"]["new"] >= 1
