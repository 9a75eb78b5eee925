"""An event's values and its life: planned, attended, skipped."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.events import (
    DEFAULT_GOAL,
    GOAL_QUOTE,
    EventFormat,
    EventStatus,
    check_status,
    parse_access,
    parse_count,
    parse_format,
    parse_role,
    parse_start,
    status_after_meeting,
)
from netgarden.errors import InvalidValue

TODAY = dt.date(2026, 12, 2)
PAST, FUTURE = dt.date(2026, 11, 20), dt.date(2026, 12, 10)


def test_the_default_goal_is_the_seeds() -> None:
    assert DEFAULT_GOAL == 3
    assert GOAL_QUOTE.text == "Set a goal (meet 3 people)" and GOAL_QUOTE.seed == "seeds/002"


@pytest.mark.parametrize(
    ("text", "expected"), [("18:30", "18:30"), ("7:05", "07:05"), (" 00:00 ", "00:00")]
)
def test_a_start_time_is_hh_mm(text: str, expected: str) -> None:
    assert parse_start(text) == expected


FULLWIDTH_NOON = "\uff11\uff12:\uff10\uff10"  # digits to Python, not a time to a person


@pytest.mark.parametrize("text", ["24:00", "7", "7pm", "12:60", FULLWIDTH_NOON, ""])
def test_a_bad_start_time_names_the_field(text: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_start(text)
    assert caught.value.field == "start" and "HH:MM" in caught.value.message


def test_choices_take_any_case_and_say_what_is_accepted() -> None:
    assert parse_format("Trade Show") is EventFormat.TRADE_SHOW
    assert parse_access("PAID").value == "paid"
    assert parse_role("host").value == "host"
    with pytest.raises(InvalidValue) as caught:
        parse_format("gala")
    assert caught.value.field == "format"
    assert "conference, meetup, mixer, workshop, lecture, webinar, trade-show, other" in str(
        caught.value
    )


@pytest.mark.parametrize("value", ["0", "-3", "3.5", "lots", "1001", 0])
def test_a_goal_is_a_whole_number_in_range(value: str | int) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_count(value, "goal", 1000)
    assert caught.value.field == "goal"


def test_attended_only_on_or_after_the_day() -> None:
    assert check_status(EventStatus.PLANNED, EventStatus.ATTENDED, PAST, TODAY, 0) is (
        EventStatus.ATTENDED
    )
    assert check_status(EventStatus.PLANNED, EventStatus.ATTENDED, TODAY, TODAY, 0) is (
        EventStatus.ATTENDED
    )
    with pytest.raises(InvalidValue, match="on or after that day"):
        check_status(EventStatus.PLANNED, EventStatus.ATTENDED, FUTURE, TODAY, 0)


def test_an_event_where_someone_was_met_cannot_be_skipped() -> None:
    assert check_status(EventStatus.PLANNED, EventStatus.SKIPPED, FUTURE, TODAY, 0) is (
        EventStatus.SKIPPED
    )
    with pytest.raises(InvalidValue, match="you met 2 people there"):
        check_status(EventStatus.ATTENDED, EventStatus.SKIPPED, PAST, TODAY, 2)


def test_a_past_event_cannot_be_planned_again() -> None:
    assert check_status(EventStatus.SKIPPED, EventStatus.PLANNED, FUTURE, TODAY, 0) is (
        EventStatus.PLANNED
    )
    with pytest.raises(InvalidValue, match="attended or skipped"):
        check_status(EventStatus.SKIPPED, EventStatus.PLANNED, PAST, TODAY, 0)


def test_meeting_someone_means_it_was_attended_and_has_happened() -> None:
    for status in EventStatus:
        assert status_after_meeting(status, PAST, TODAY) is EventStatus.ATTENDED
    with pytest.raises(InvalidValue) as caught:
        status_after_meeting(EventStatus.PLANNED, FUTURE, TODAY)
    assert caught.value.field == "event"
