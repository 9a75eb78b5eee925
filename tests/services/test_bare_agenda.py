"""``today`` and ``event roi`` read bare (issue 12): on a current SQLite file they read
through ``sqlite3`` with the statements compiled ahead, and give what the usual unit of work
gives, item for item; the week's first agenda still keeps its dormant picks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from netgarden.domain.agenda import Reason
from netgarden.errors import InvalidValue, StoreError
from netgarden.services.agenda import agenda, agenda_and_routines
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Database, open_database
from netgarden.services.demo_practice import add_practice
from netgarden.services.event_roi import roi_report
from netgarden.services.generate import generate_network
from netgarden.services.plans import make_plan
from netgarden.services.read_only import read_unit
from netgarden.services.routines import week_picked
from netgarden.settings import Settings
from tests.conftest import NOW, TODAY

pytestmark = pytest.mark.sqlite_only  # the bare reader is SQLite's own


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo's network and practice: events with open follow-ups, plans, introductions
    in every state, job changes, anniversaries, purposes and gives (one file for the
    module; only the last test writes, the week's picks)."""
    database = open_database(tmp_path_factory.mktemp("bare") / "demo.db")
    with database.transaction() as unit:
        generate_network(unit, contacts=120, touches=400, seed=5, end=TODAY)
        add_practice(unit, TODAY, 5, NOW)
    yield database
    database.close()


DAYS = [TODAY, TODAY + dt.timedelta(days=3), TODAY - dt.timedelta(days=40)]


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_the_bare_agenda_is_the_usual_one(demo: Database, day: dt.date) -> None:
    assert demo.path is not None
    with demo.transaction(write=False) as unit:
        usual = agenda(unit, day, None, every_lapsed=True)
        usual_short = agenda(unit, day, 20)
    with read_unit(Settings(db=demo.path)) as bare:
        assert bare is not None
        assert agenda(bare, day, None, every_lapsed=True) == usual
        assert agenda(bare, day, 20) == usual_short
    reasons = {item.reason for item in usual}
    assert {Reason.FOLLOW_UP, Reason.OVERDUE, Reason.LAPSED} <= reasons, reasons


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_the_bare_event_roi_is_the_usual_one(demo: Database, day: dt.date) -> None:
    assert demo.path is not None
    with demo.transaction(write=False) as unit:
        usual = roi_report(unit, day)
        lectures = roi_report(unit, day, "hyped ai lectures")
    with read_unit(Settings(db=demo.path)) as bare:
        assert bare is not None
        assert roi_report(bare, day) == usual
        assert roi_report(bare, day, "hyped ai lectures") == lectures
        with pytest.raises(InvalidValue, match="no event in a series called"):
            roi_report(bare, day, "no such series")
    assert usual.events and any(e.people_met and e.alive for e in usual.events)
    assert {s.verdict for s in usual.series} >= {"keep"}


def test_exact_items_through_the_bare_reader(database: Database) -> None:
    """A plan for today and an inner tie never touched, read bare: exact items."""
    assert database.path is not None
    with database.transaction() as unit:
        ada = add_contact(unit, ContactInput(name="Ada Lovelace", circle="inner"), NOW, TODAY)
        grace = add_contact(unit, ContactInput(name="Grace Hopper"), NOW, TODAY)
        on = TODAY + dt.timedelta(days=5)
        make_plan(unit, [grace], "coffee", on.isoformat(), "at the lab", TODAY, NOW)
    with read_unit(Settings(db=database.path)) as bare:
        assert bare is not None
        items = agenda(bare, TODAY + dt.timedelta(days=40), None)
    assert [(i.contact_id, i.reason, i.due_on, i.days_overdue) for i in items] == [
        (ada, Reason.OVERDUE, TODAY + dt.timedelta(days=30), 10),  # monthly, never touched
        (grace, Reason.PLANNED, on, 35),  # "did it happen?"
    ]
    assert items[0].why.endswith("never touched; known since 2026-11-22")  # a date, not text


def test_the_weeks_first_agenda_is_not_read_bare(demo: Database) -> None:
    assert demo.path is not None
    with read_unit(Settings(db=demo.path)) as bare:
        assert bare is not None
        assert not week_picked(bare, TODAY)
        with pytest.raises(StoreError, match="writing unit of work"):
            agenda_and_routines(bare, TODAY, 20, pick_week=True)
    with demo.transaction() as unit:
        picked = agenda(unit, TODAY, 20, pick_week=True)
    with read_unit(Settings(db=demo.path)) as bare:
        assert bare is not None and week_picked(bare, TODAY)
        assert agenda(bare, TODAY, 20, pick_week=True) == picked
