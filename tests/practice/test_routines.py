"""The three-touch system by purpose, anniversaries on the agenda, and the weekly dormant
picks (issue 15): exact answers on hand-made data with fixed dates."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.agenda import Reason
from netgarden.domain.practice import GIVE_PURPOSES, Purpose, TouchMix, parse_anniversary
from netgarden.errors import InvalidValue
from netgarden.services.agenda import agenda
from netgarden.services.database import Unit
from netgarden.services.preferences import set_preference
from tests.practice.conftest import give, person, touch

DAY = dt.date(2026, 11, 25)  # a Wednesday


def _three_touch(unit: Unit, contact_id: int, day: dt.date = DAY) -> str | None:
    for item in agenda(unit, day, limit=None):
        if item.contact_id == contact_id and (
            item.reason is Reason.THREE_TOUCH or Reason.THREE_TOUCH in item.also
        ):
            return item.why
    return None


def test_three_touches_of_each_purpose_satisfy_it(unit: Unit) -> None:
    ana = person(unit, "Ana Silva", "middle")
    touch(unit, ana, "2026-10-01", "call", purpose="update")
    give(unit, ana, "knowledge", "2026-10-20")
    give(unit, ana, "recognition", "2026-11-10")
    assert _three_touch(unit, ana) is None


def test_without_the_personal_touch_it_says_what_is_missing(unit: Unit) -> None:
    ana = person(unit, "Ana Silva", "middle")
    touch(unit, ana, "2026-10-01", "call", purpose="update")
    give(unit, ana, "knowledge", "2026-10-20")
    why = _three_touch(unit, ana)
    assert why == (
        "2 of 3 touches in the last 365 days (middle circle); missing: personal check-in"
    )


def test_three_touches_of_one_purpose_are_short_of_the_others(unit: Unit) -> None:
    ana = person(unit, "Ana Silva", "middle")
    for on in ("2026-06-01", "2026-08-01", "2026-10-01"):
        touch(unit, ana, on, "call", purpose="update")
    why = _three_touch(unit, ana)
    assert why is not None and why.endswith("missing: personal check-in, value")
    # a touch without a purpose could be any of them: three untagged touches are enough
    bo = person(unit, "Bo Chen", "middle")
    for on in ("2026-06-01", "2026-08-01", "2026-10-01"):
        touch(unit, bo, on, "call")
    assert _three_touch(unit, bo) is None


def test_a_setting_chooses_the_circles(unit: Unit) -> None:
    outer = person(unit, "Oli Park", "outer")
    touch(unit, outer, "2026-10-01", "call", purpose="update")
    assert _three_touch(unit, outer) is None  # inner and middle by default
    set_preference(unit, "three_touch_circles", "inner, middle, outer")
    assert _three_touch(unit, outer) == (
        "1 of 3 touches in the last 365 days (outer circle); missing: personal check-in, value"
    )
    with pytest.raises(InvalidValue, match="'family' is not a circle"):
        set_preference(unit, "three_touch_circles", "family")


def test_gives_map_to_purposes() -> None:
    assert GIVE_PURPOSES["referral"] is Purpose.UPDATE
    assert GIVE_PURPOSES["recognition"] is Purpose.PERSONAL
    for kind in ("introduction", "knowledge", "advice", "support", "feedback"):
        assert GIVE_PURPOSES[kind] is Purpose.VALUE
    assert TouchMix(3, frozenset(Purpose), 3).short(3) is False
    assert TouchMix(2, frozenset(Purpose), 2).short(3) is True


def test_anniversaries_reach_the_agenda_like_birthdays(unit: Unit) -> None:
    from netgarden.services.contacts import ContactInput, edit_contact, show_contact
    from tests.practice.conftest import FAR, NOW

    kim = person(unit, "Kim Lee", "outer")
    touch(unit, kim, "2026-11-01")
    edit_contact(unit, kim, ContactInput(anniversaries=["work:2019-11-27", "wedding:06-01"]),
                 NOW, FAR)  # fmt: skip
    assert show_contact(unit, kim, DAY).anniversaries == ["wedding:--06-01", "work:2019-11-27"]
    items = [i for i in agenda(unit, DAY, limit=None) if i.contact_id == kim]
    assert [(i.reason, i.why) for i in items] == [
        (Reason.ANNIVERSARY, "work anniversary on Fri 27 Nov (7 years)")
    ]
    edit_contact(unit, kim, ContactInput(anniversaries=["work:"]), NOW, FAR)
    assert show_contact(unit, kim, DAY).anniversaries == ["wedding:--06-01"]
    with pytest.raises(InvalidValue, match="KIND:YYYY-MM-DD"):
        parse_anniversary("2019-11-27")


def _lapsed(unit: Unit, name: str, touches: int) -> int:
    """An outer tie untouched for three years, stronger with more touches back then."""
    who = person(unit, name, "outer", met="2019-01-01")
    for n in range(touches):
        touch(unit, who, (dt.date(2023, 6, 1) + dt.timedelta(days=n)).isoformat(), "coffee")
    return who


def _picked(unit: Unit, day: dt.date, pick: bool = False) -> list[tuple[str, str]]:
    items = agenda(unit, day, limit=None, pick_week=pick)
    return [(i.name, i.why.split(";")[0]) for i in items if i.reason is Reason.LAPSED]


def test_the_week_picks_stay_from_wednesday_to_sunday_and_renew_on_monday(unit: Unit) -> None:
    a, b, c = _lapsed(unit, "A", 6), _lapsed(unit, "B", 5), _lapsed(unit, "C", 4)
    _lapsed(unit, "D", 3)
    said = "this week's dormant pick ({} of 3 reached)"
    assert _picked(unit, DAY, pick=True) == [("A", said.format(0)), ("B", said.format(0)),
                                             ("C", said.format(0))]  # fmt: skip
    touch(unit, a, "2026-11-26", "message", "out")  # Thursday: A reached
    newcomer = _lapsed(unit, "E", 9)  # Friday: a stronger lapsed tie appears
    sunday = dt.date(2026, 11, 29)
    assert _picked(unit, sunday, pick=True) == [("B", said.format(1)), ("C", said.format(1))]
    monday = dt.date(2026, 11, 30)
    assert [n for n, _ in _picked(unit, monday, pick=True)] == ["E", "B", "C"]
    assert newcomer and b and c


def test_anniversaries_are_yearly_events_in_the_calendar_and_in_backups(unit: Unit) -> None:
    from netgarden.services.contacts import ContactInput, edit_contact
    from netgarden.services.exporting import build_calendar
    from netgarden.store.backup import dump
    from netgarden.store.schema import HEAD
    from tests.practice.conftest import FAR, NOW

    kim = person(unit, "Kim Lee", "outer")
    edit_contact(unit, kim, ContactInput(anniversaries=["work:2019-11-27"]), NOW, FAR)
    text = build_calendar(unit, DAY, NOW, "UTC").to_ical().decode()
    event = next(e for e in text.split("BEGIN:VEVENT") if f"anniversary-{kim}-work@" in e)
    assert "RRULE:FREQ=YEARLY" in event and "DTSTART;VALUE=DATE:20191127" in event
    assert "SUMMARY:Kim Lee's work anniversary" in event
    backup = dump(unit.session, unit.workspace_id, HEAD)
    assert '"anniversaries":{"columns":["id","contact_id","kind","day"]' in backup
    assert '"work","2019-11-27"' in backup
