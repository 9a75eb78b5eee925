"""The dashboard's figures (services/dashboard.py) and the people behind each of them."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.errors import InvalidValue
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.dashboard import WEEKS, dashboard, first_week, people_behind
from netgarden.services.database import Unit

TODAY = dt.date(2026, 12, 2)  # a Wednesday
NOW = dt.datetime(2026, 12, 2, 9)


def _touch(unit: Unit, who: int, on: dt.date, replied: bool | None = None) -> None:
    unit.touches.insert(occurred_on=on, kind="email", direction="out", note=None,
                        replied=replied, contact_ids=[who], now=NOW)  # fmt: skip


def test_weeks_start_on_monday_and_count_each_touch_once(unit: Unit) -> None:
    ann = add_contact(unit, ContactInput(name="Ann", circle="inner"), NOW, TODAY)
    assert first_week(TODAY) == dt.date(2026, 9, 14) and first_week(TODAY).weekday() == 0
    _touch(unit, ann, dt.date(2026, 11, 30), replied=True)  # this week's Monday
    _touch(unit, ann, dt.date(2026, 12, 2), replied=False)
    _touch(unit, ann, dt.date(2026, 9, 13))  # the Sunday before the first week: not counted
    board = dashboard(unit, TODAY, every_item=[])
    assert len(board.weeks) == WEEKS and board.weeks[-1] == (dt.date(2026, 11, 30), 2)
    assert sum(n for _, n in board.weeks) == 2
    assert (board.answered, board.awaited, board.response_rate) == (1, 2, 50)
    inner = next(c for c in board.circles if c.circle == "inner")
    assert (inner.people, inner.target) == (1, 15)


def test_no_known_reply_is_no_rate_not_zero(unit: Unit) -> None:
    ann = add_contact(unit, ContactInput(name="Ann"), NOW, TODAY)
    _touch(unit, ann, TODAY)
    assert dashboard(unit, TODAY, every_item=[]).response_rate is None


def test_the_people_behind_each_figure(unit: Unit) -> None:
    ann = add_contact(unit, ContactInput(name="Ann"), NOW, TODAY)
    bob = add_contact(unit, ContactInput(name="Bob"), NOW, TODAY)
    _touch(unit, ann, dt.date(2026, 12, 1), replied=False)
    _touch(unit, bob, dt.date(2026, 11, 20), replied=True)
    assert people_behind(unit, TODAY, week="2026-12-02") == {ann}  # any day names its week
    assert people_behind(unit, TODAY, week="2026-11-16") == {bob}
    assert people_behind(unit, TODAY, unanswered=True) == {ann}
    assert people_behind(unit, TODAY, ledger="give") == set()
    assert people_behind(unit, TODAY) is None
    with pytest.raises(InvalidValue) as bad:
        people_behind(unit, TODAY, week="soon")
    assert bad.value.field == "week"
    with pytest.raises(InvalidValue):
        people_behind(unit, TODAY, ledger="steal")
