"""The call list and ROI on a bare ``sqlite3`` reader (services/read_only.py) answer exactly
what they answer in a SQLAlchemy transaction, read by read and as a whole, and stay in
their workspace (issue 16's `call-list` and `roi` run without SQLAlchemy)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import insert

from netgarden.services.career import who_would_i_call
from netgarden.services.companies import set_company
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Database
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.opportunities import OppInput, add_opportunity, move_opportunity
from netgarden.services.profile import set_my_facts
from netgarden.services.read_only import ReadUnit, read_unit
from netgarden.services.roi import roi_fields, roi_report
from netgarden.services.touches import TouchInput, log_touch
from netgarden.settings import Settings
from netgarden.store.tables import Workspace

NOW = dt.datetime(2026, 11, 22, 9, 0)
TODAY = NOW.date()
pytestmark = pytest.mark.sqlite_only  # the bare reader is SQLite's own


@pytest.fixture
def career(database: Database) -> Database:
    """One of each class for a product manager, a month of outreach, a target company."""
    with database.transaction() as unit:
        people = {
            name: add_contact(unit, ContactInput(name=name, company=company, title=title),
                              NOW, TODAY)
            for name, company, title in [
                ("Hana Manager", "Vectorly", "Director of Product"),
                ("Carl Colleague", "Vectorly", "Engineer"),
                ("Lee Laidoff", "Orbit", "Product Manager"),
                ("Sid Switched", "Orbit", "Chef"),
                ("Nora Nothiring", "Brightpath", "Designer"),
                ("Wes Weak", None, "Analyst"),
            ]
        }  # fmt: skip
        set_my_facts(unit, {"title": "Product Manager"}, NOW)
        set_company(unit, "Vectorly", hiring="yes", hiring_for="product managers",
                    today=TODAY, now=NOW)  # fmt: skip
        set_company(unit, "Brightpath", hiring="no", today=TODAY, now=NOW)
        set_company(unit, "Atlas", target=True, today=TODAY, now=NOW)
        unit.contacts.update(people["Hana Manager"], {"hiring_manager_for": "product managers"},
                             NOW)  # fmt: skip
        unit.network.link(people["Hana Manager"], people["Carl Colleague"], "medium", None,
                          "manual", NOW)  # fmt: skip
        unit.contacts.update(people["Lee Laidoff"], {"status": "laid-off", "status_on": TODAY},
                             NOW)  # fmt: skip
        unit.contacts.update(people["Sid Switched"],
                             {"status": "switched-careers", "status_on": TODAY}, NOW)  # fmt: skip
        strong = [p for n, p in people.items() if n != "Wes Weak"]
        for day in ("2026-10-01", "2026-10-20", "2026-11-10"):
            log_touch(unit, strong, TouchInput("coffee", day), NOW, TODAY)
        log_touch(
            unit,
            [people["Carl Colleague"]],
            TouchInput("message", "2026-11-02", "out", replied=True),
            NOW,
            TODAY,
        )
        log_touch(unit, [people["Nora Nothiring"]], TouchInput("email", "2026-11-03", "out"),
                  NOW, TODAY)  # fmt: skip
        record_entry(
            unit,
            people["Carl Colleague"],
            EntryInput("give", "knowledge", on="2026-11-04"),
            NOW,
            TODAY,
        )
        opp = add_opportunity(unit, OppInput("Product Manager at Vectorly", kind="job",
                                             company="Vectorly", role="Product Manager",
                                             via=people["Carl Colleague"], reaches_hm=True,
                                             on="2026-11-05"), NOW, TODAY)  # fmt: skip
        move_opportunity(unit, opp.opportunity.id, "interviewing", TODAY, NOW)
        add_opportunity(
            unit,
            OppInput("Product Manager, Orbit", kind="job", role="Product Manager", on="2026-11-06"),
            NOW,
            TODAY,
        )
        unit.session.execute(insert(Workspace).values(id=2, name="Other", created_at=NOW))
    with database.transaction(2) as other:  # nothing of it may show in workspace 1
        stranger = add_contact(other, ContactInput(name="Stranger", company="Vectorly"), NOW,
                               TODAY)  # fmt: skip
        log_touch(other, [stranger], TouchInput("message", "2026-11-02", "out"), NOW, TODAY)
    return database


@pytest.fixture
def bare(career: Database) -> Iterator[ReadUnit]:
    assert career.path is not None
    with read_unit(Settings(db=career.path)) as unit:
        assert unit is not None
        yield unit


def test_the_call_list_is_the_same_both_ways(career: Database, bare: ReadUnit) -> None:
    found = who_would_i_call(bare, TODAY, "Product Manager")
    with career.transaction(write=False) as unit:
        assert found == who_would_i_call(unit, TODAY, "Product Manager")
        assert who_would_i_call(bare, TODAY, None, ["orbit"]) == who_would_i_call(
            unit, TODAY, None, ["orbit"]
        )
    classes = {c.person.name: c.klass.value for c in found.calls}
    assert classes == {
        "Carl Colleague": "call-first", "Hana Manager": "call-first",
        "Lee Laidoff": "support", "Sid Switched": "referral-only",
        "Nora Nothiring": "not-hiring", "Wes Weak": "warm-up-first",
    }  # fmt: skip
    support = next(c for c in found.calls if c.klass.value == "support")
    assert [o.title for o in support.share] == ["Product Manager, Orbit"]
    assert found.summary.unreached_targets == ["Atlas"]


def test_roi_is_the_same_both_ways(career: Database, bare: ReadUnit) -> None:
    since = dt.date(2026, 11, 1)
    fields = roi_fields(roi_report(bare, TODAY, since, TODAY))
    with career.transaction(write=False) as unit:
        assert fields == roi_fields(roi_report(unit, TODAY, since, TODAY))
        assert roi_fields(roi_report(bare, TODAY)) == roi_fields(roi_report(unit, TODAY))
    # Carl's message is marked replied; Nora's email is not, and the coffee after it answers it
    assert fields["response_rate"]["per_message"] == {"part": 2, "whole": 2, "rate": 1.0}
    assert fields["knowledge"] == {"given": 1, "received": 0}
    assert fields["opportunities_by_channel"] == [
        {"name": "network", "opportunities": 1, "interviewed": 1, "interview_rate": 1.0},
        {"name": "unsaid", "opportunities": 1, "interviewed": 0, "interview_rate": 0.0},
    ]  # fmt: skip


def test_each_read_is_the_same_both_ways(career: Database, bare: ReadUnit) -> None:
    since, until = dt.date(2026, 1, 1), TODAY
    with career.transaction(write=False) as unit:
        ids = [p.id for p in unit.career.people()]
        assert bare.career.people() == unit.career.people()
        assert bare.career.people(ids[:2]) == unit.career.people(ids[:2])
        assert bare.career.company_facts() == unit.career.company_facts()
        assert bare.reviews.targets() == unit.reviews.targets()
        assert bare.reviews.profile() == unit.reviews.profile()
        assert bare.profile.get() == unit.profile.get()
        assert bare.network.links_touching(ids) == unit.network.links_touching(ids)
        assert bare.opportunities.stages() == [tuple(r) for r in unit.opportunities.stages()]
        assert bare.opportunities.sourced() == unit.opportunities.sourced()
        assert bare.opportunities.openings("open") == unit.opportunities.openings("open")
        assert bare.strength_tallies.read() == unit.strength_tallies.read()
        assert bare.strength_tallies.read(ids[:3], True) == unit.strength_tallies.read(
            ids[:3], True
        )
        stats, mine = bare.roi_stats, unit.roi_stats
        assert stats.outreach(since, until, "meeting") == mine.outreach(since, until, "meeting")
        assert stats.sent_open(since, until, "meeting", ids) == [
            tuple(r) for r in mine.sent_open(since, until, "meeting", ids)
        ]
        assert stats.after_sent(since, until, ids) == [
            tuple(r) for r in mine.after_sent(since, until, ids)
        ]
        assert stats.ledger_counts(since, until) == mine.ledger_counts(since, until)
        assert stats.known_days(since, until) == mine.known_days(since, until)
        assert stats.quality_firsts(since, until) == mine.quality_firsts(since, until)
        assert stats.quality_candidates(since, until) == mine.quality_candidates(since, until)
        assert stats.histories(ids, until) == mine.histories(ids, until)
    assert len(ids) == 6  # the other workspace's contact is not read
    assert bare.roi_stats.known_days(since, until) == (0, [TODAY] * 6)
    assert bare.roi_stats.sent_open(since, until, "meeting", ids)[0][1:] == (
        dt.date(2026, 11, 3), None, None,
    )  # fmt: skip
