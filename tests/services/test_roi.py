"""Networking ROI through the database: a month of known replies, meetings and one
opportunity, with exact answers for every figure."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.errors import InvalidValue
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Unit
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.opportunities import OppInput, add_opportunity, move_opportunity
from netgarden.services.roi import roi_fields, roi_report
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW

TODAY = dt.date(2026, 12, 20)
D = dt.date


def person(unit: Unit, name: str, met_on: str = "2026-01-05") -> int:
    return add_contact(unit, ContactInput(name=name, met_on=met_on), NOW, TODAY)


def touch(unit: Unit, who: int, kind: str, on: str, direction: str | None = None,
          replied: bool | None = None) -> int:  # fmt: skip
    return log_touch(unit, [who], TouchInput(kind, on, direction, None, replied), NOW, TODAY).id


def test_a_month_of_replies_meetings_and_one_opportunity(unit: Unit) -> None:
    ana, bo, cy, di = (person(unit, n) for n in ("Ana", "Bo", "Cy", "Di"))
    person(unit, "Ed", met_on="2026-11-15")  # a contact come to know in November
    asked = touch(unit, ana, "message", "2026-11-02", "out", True)
    unit.templates.mark_outreach(asked, "coffee-ask", "meeting")
    touch(unit, ana, "coffee", "2026-11-09")  # a meeting within 30 days of the request
    touch(unit, bo, "email", "2026-11-03", "out")  # reply unknown: Bo writes on the 10th
    touch(unit, bo, "message", "2026-11-10", "in")
    touch(unit, cy, "message", "2026-11-04", "out", False)  # no reply
    touch(unit, di, "meeting", "2026-11-12")
    add_opportunity(unit, OppInput("PM at Acme", "job", "Acme", via=str(ana), reaches_hm="yes",
                                   on="2026-11-25"), NOW, TODAY)  # fmt: skip
    cold = add_opportunity(
        unit, OppInput("PM at Beta", "job", channel="cold-application", on="2026-11-26"), NOW,
        TODAY,
    ).opportunity  # fmt: skip
    move_opportunity(unit, cold.id, "lost", TODAY, NOW, on="2026-11-28")
    record_entry(unit, ana, EntryInput("give", "knowledge", on="2026-11-09"), NOW, TODAY)
    record_entry(unit, bo, EntryInput("give", "referral", on="2026-11-10"), NOW, TODAY)
    record_entry(unit, bo, EntryInput("receive", "knowledge", on="2026-11-11"), NOW, TODAY)
    record_entry(unit, cy, EntryInput("ask", "advice", on="2026-11-12"), NOW, TODAY)
    report = roi_fields(roi_report(unit, TODAY, D(2026, 11, 1), D(2026, 11, 30)))
    assert report["response_rate"]["per_message"] == {"part": 2, "whole": 3, "rate": 0.6667}
    assert report["response_rate"]["per_person"]["rate"] == 0.6667
    assert report["meeting_acceptance"] == {"part": 1, "whole": 1, "rate": 1.0}
    assert report["meeting_to_opportunity"] == {"part": 1, "whole": 2, "rate": 0.5}
    assert report["referrals"]["received"] == 1
    assert report["referrals"]["hiring_manager_rate"] == 1.0
    assert report["referrals"]["given"] == 1
    assert {r["name"]: r["opportunities"] for r in report["opportunities_by_channel"]} == {
        "cold-application": 1, "network": 1,
    }  # fmt: skip
    assert report["knowledge"] == {"given": 1, "received": 1}
    assert report["value"]["given_per_received"] == 2.0
    assert report["value"]["given_per_asked"] == 2.0
    assert report["network_growth"]["new"] == 1
    assert report["network_growth"]["contacts_at_start"] == 4
    assert report["network_growth"]["rate"] == 0.25
    assert "1%" in report["cold_application_benchmark"]["why"]


def test_a_quality_connection_counts_in_the_month_strength_first_reached_40(unit: Unit) -> None:
    fay = person(unit, "Fay")
    touch(unit, fay, "coffee", "2026-09-20")  # strength 33: not yet
    touch(unit, fay, "coffee", "2026-10-03")  # 40 and more: a quality connection
    touch(unit, fay, "coffee", "2026-11-03")  # already one
    report = roi_fields(roi_report(unit, TODAY, D(2026, 9, 1), D(2026, 11, 30)))
    months = report["quality_connections"]["months"]
    assert [(m["month"], m["new"], m["total"]) for m in months] == [
        ("2026-09", 0, 0), ("2026-10", 1, 1), ("2026-11", 0, 1),
    ]  # fmt: skip
    later = roi_fields(roi_report(unit, TODAY, D(2026, 11, 1), D(2026, 11, 30)))
    assert later["quality_connections"]["new"] == 0  # became one before this period


def test_the_period_defaults_to_twelve_months_and_is_checked(unit: Unit) -> None:
    report = roi_report(unit, TODAY)
    assert (report.since, report.until) == (D(2026, 1, 1), TODAY)
    with pytest.raises(InvalidValue, match="after until"):
        roi_report(unit, TODAY, D(2026, 12, 1), D(2026, 11, 1))
