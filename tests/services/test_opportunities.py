"""Opportunities through the services: adding one (checks, defaults), moving it through its
stages with each change dated, sharing it as a ledger give, and who to share it with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netgarden.domain.opportunities import Candidate, suggest_sharing
from netgarden.errors import InvalidValue, NotFound, UnknownContact
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Unit
from netgarden.services.events import EventInput, add_event
from netgarden.services.ledger import ledger_report
from netgarden.services.opportunities import (
    OppInput,
    add_opportunity,
    delete_opportunity,
    edit_opportunity,
    list_opportunities,
    move_opportunity,
    share_opportunity,
    show_opportunity,
)
from tests.conftest import NOW, TODAY


def person(unit: Unit, name: str, **fields: object) -> int:
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)  # type: ignore[arg-type]


def test_an_opportunity_opens_with_its_channel_from_what_was_given(unit: Unit) -> None:
    ana = person(unit, "Ana Lee", company="Acme")
    summit = add_event(unit, EventInput("AI Summit", "2026-11-01"), NOW, TODAY).id
    via = add_opportunity(
        unit, OppInput("Senior PM", "job", "Acme Corp", "Product manager", "Ana", reaches_hm="yes"),
        NOW, TODAY,
    ).opportunity  # fmt: skip
    at_event = add_opportunity(
        unit, OppInput("Talk at PMConf", "speaking", event=str(summit)), NOW, TODAY
    ).opportunity
    cold = add_opportunity(
        unit, OppInput("PM at Beta", "job", channel="cold-application", on="2026-11-02"), NOW, TODAY
    ).opportunity
    assert (via.via_id, via.channel, via.reaches_hm, via.stage, via.opened_on) == (
        ana, "network", True, "open", TODAY,
    )  # fmt: skip
    assert (at_event.event_id, at_event.event_name, at_event.channel) == (summit, "AI Summit",
                                                                          "event")  # fmt: skip
    assert (cold.channel, cold.via_id, cold.reaches_hm, cold.opened_on) == (
        "cold-application", None, None, dt.date(2026, 11, 2),
    )  # fmt: skip
    assert [o.id for o in list_opportunities(unit)] == [at_event.id, via.id, cold.id]
    assert [o.id for o in list_opportunities(unit, company="ACME corp")] == [via.id]


def test_every_mistake_is_named_by_its_field_and_nothing_is_written(unit: Unit) -> None:
    bad = OppInput(" ", "gig", channel="fax", reaches_hm="maybe", on="2027-01-01")
    with pytest.raises(InvalidValue) as caught:
        add_opportunity(unit, bad, NOW, TODAY)
    fields = [e.field for e in caught.value.errors]
    assert fields == ["title", "kind", "channel", "reaches_hm", "on"]
    assert list_opportunities(unit) == []
    with pytest.raises(NotFound):
        add_opportunity(unit, OppInput("x", event="99"), NOW, TODAY)
    with pytest.raises(UnknownContact):
        add_opportunity(unit, OppInput("x", via="Nobody Here"), NOW, TODAY)
    assert list_opportunities(unit) == []


def test_each_stage_change_is_recorded_with_its_day(unit: Unit) -> None:
    opp = add_opportunity(unit, OppInput("PM", "job", on="2026-11-01"), NOW, TODAY).opportunity
    move_opportunity(unit, opp.id, "pursuing", TODAY, NOW, on="2026-11-05")
    moved = move_opportunity(unit, opp.id, "Interviewing", TODAY, NOW, on="2026-11-10")
    assert [(s.stage, s.on.day) for s in moved.stages] == [
        ("open", 1), ("pursuing", 5), ("interviewing", 10),
    ]  # fmt: skip
    assert moved.opportunity.reached_interview
    lost = move_opportunity(unit, opp.id, "lost", TODAY, NOW).opportunity
    assert (lost.stage, lost.stage_on, lost.reached_interview) == ("lost", TODAY, True)
    with pytest.raises(InvalidValue, match="already lost"):
        move_opportunity(unit, opp.id, "lost", TODAY, NOW)
    with pytest.raises(InvalidValue, match="before it moved"):
        move_opportunity(unit, opp.id, "open", TODAY, NOW, on="2026-11-09")
    with pytest.raises(InvalidValue, match="not accepted"):
        move_opportunity(unit, opp.id, "hired", TODAY, NOW)
    assert [o.id for o in list_opportunities(unit, "lost")] == [opp.id]


def test_sharing_records_a_referral_given_and_is_done_once(unit: Unit) -> None:
    bo = person(unit, "Bo Chen", circle="inner")
    opp = add_opportunity(unit, OppInput("PM at Acme", "job", "Acme"), NOW, TODAY).opportunity
    detail, share = share_opportunity(unit, opp.id, "Bo", TODAY, NOW)
    assert (share.contact_id, share.on) == (bo, TODAY)
    entries = ledger_report(unit, bo).entries
    assert [(e.entry_type, e.kind, e.note) for e in entries] == [
        ("give", "referral", f"shared opportunity #{opp.id}: PM at Acme at Acme"),
    ]
    assert share.ledger_entry_id == entries[0].id
    assert bo not in [s.contact_id for s in detail.suggestions]
    with pytest.raises(InvalidValue, match="already shared"):
        share_opportunity(unit, opp.id, str(bo), TODAY, NOW)


def test_a_job_suggests_up_to_five_people_and_other_kinds_none(unit: Unit) -> None:
    ids = [person(unit, f"Person {n}", circle="outer") for n in range(7)]
    pm = person(unit, "Pat Product", circle="outer", title="Product Manager")
    person(unit, "Not In A Circle")
    job = add_opportunity(unit, OppInput("Senior PM", "job", role="product manager"), NOW, TODAY)
    assert len(job.suggestions) == 5 and job.suggestions[0].contact_id == pm
    assert set(s.contact_id for s in job.suggestions) <= {pm, *ids}
    talk = add_opportunity(unit, OppInput("Panel", "speaking"), NOW, TODAY)
    assert talk.suggestions == ()
    closed = move_opportunity(unit, job.opportunity.id, "withdrawn", TODAY, NOW)
    assert closed.suggestions == ()


def test_laid_off_and_open_to_work_come_first_then_fit_circle_strength() -> None:
    rows = [
        Candidate(1, "Inner Strong", "inner", 90),
        Candidate(2, "Outer Open", "outer", 10, status="open-to-work"),
        Candidate(3, "Middle Laid Off", "middle", 20, status="laid-off"),
        Candidate(4, "Outer PM", "outer", 5, title="Senior Product Manager"),
        Candidate(5, "Inner Weak", "inner", 30),
        Candidate(6, "Middle", "middle", 80),
        Candidate(7, "Via", "inner", 99),
    ]
    chosen = suggest_sharing(rows, "product manager", "PM job", leave_out=[7])
    assert [c.contact_id for c in chosen] == [3, 2, 4, 1, 5]
    assert chosen[0].reason.startswith("laid off")


def test_edit_and_delete(unit: Unit) -> None:
    person(unit, "Ana Lee")
    opp = add_opportunity(unit, OppInput("PM", "job", on="2026-11-01"), NOW, TODAY).opportunity
    edited = edit_opportunity(
        unit, opp.id, {"company": "Acme", "via": "Ana", "reaches_hm": "no"}, TODAY, NOW
    ).opportunity
    assert (edited.company, edited.via_name, edited.reaches_hm, edited.channel) == (
        "Acme", "Ana Lee", False, "network",
    )  # fmt: skip
    with pytest.raises(InvalidValue):
        edit_opportunity(unit, opp.id, {"stage": "won"}, TODAY, NOW)
    delete_opportunity(unit, opp.id)
    with pytest.raises(NotFound):
        show_opportunity(unit, opp.id, TODAY)


def test_opportunities_stages_and_shares_survive_backup_byte_for_byte(tmp_path: Path) -> None:
    from netgarden.services.database import open_database
    from netgarden.services.exporting import export_network, restore_backup

    source = open_database(tmp_path / "a.db")
    with source.transaction() as unit:
        bo = person(unit, "Bo Chen", circle="inner")
        summit = add_event(unit, EventInput("AI Summit", "2026-11-01"), NOW, TODAY).id
        opp = add_opportunity(
            unit, OppInput("PM", "job", "Acme", via="Bo", event=str(summit)), NOW, TODAY
        ).opportunity
        move_opportunity(unit, opp.id, "interviewing", TODAY, NOW)
        share_opportunity(unit, opp.id, bo, TODAY, NOW)
        export_network(unit, "json", tmp_path / "a.json", "test", TODAY)
    source.close()
    target = open_database(tmp_path / "b.db")
    with target.transaction() as unit:
        restore_backup(unit, tmp_path / "a.json")
        again = show_opportunity(unit, opp.id, TODAY)
        assert [s.stage for s in again.stages] == ["open", "interviewing"]
        assert [s.contact_id for s in again.shares] == [bo]
        export_network(unit, "json", tmp_path / "b.json", "test", TODAY)
    target.close()
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_event_roi_counts_the_opportunities_sourced_there(unit: Unit) -> None:
    from netgarden.services.event_roi import roi_report
    from netgarden.services.followups import meet_at_event

    ana = person(unit, "Ana Lee")
    bo = person(unit, "Bo Chen")
    summit = add_event(unit, EventInput("AI Summit", "2026-10-01"), NOW, TODAY).id
    other = add_event(unit, EventInput("PM Night", "2026-10-05"), NOW, TODAY).id
    meet_at_event(unit, summit, [ana], None, TODAY, NOW)
    add_opportunity(unit, OppInput("Talk", "speaking", event=str(summit)), NOW, TODAY)
    add_opportunity(unit, OppInput("PM", "job", via=str(ana), on="2026-10-20"), NOW, TODAY)
    add_opportunity(unit, OppInput("Panel", "speaking", via=str(ana), event=str(other)), NOW,
                    TODAY)  # fmt: skip
    add_opportunity(unit, OppInput("Unrelated", "job", via=str(bo)), NOW, TODAY)
    counts = {e.id: e.opportunities for e in roi_report(unit, TODAY).events}
    assert counts == {summit: 2, other: 1}


def test_with_career_status_laid_off_people_outside_circles_come_first(unit: Unit) -> None:
    from netgarden.services.contacts import edit_contact

    inner = person(unit, "Inner Friend", circle="inner")
    laid_off = person(unit, "Laid Off", circle="none")
    edit_contact(unit, laid_off, ContactInput(name=None, status="laid-off"), NOW, TODAY)  # type: ignore[arg-type]
    job = add_opportunity(unit, OppInput("PM", "job"), NOW, TODAY)
    assert [s.contact_id for s in job.suggestions] == [laid_off, inner]
    assert job.suggestions[0].status == "laid-off"
