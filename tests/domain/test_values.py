import datetime as dt

import pytest

from netgarden.domain.values import (
    Birthday,
    Circle,
    Direction,
    TouchKind,
    default_direction,
    parse_birthday,
    parse_circle,
    parse_date,
    parse_kind,
)
from netgarden.errors import InvalidValue

TODAY = dt.date(2026, 11, 22)


def test_dates_accept_iso_and_relative_words() -> None:
    assert parse_date("2026-03-14", TODAY) == dt.date(2026, 3, 14)
    assert parse_date("today", TODAY) == TODAY
    assert parse_date(" Yesterday ", TODAY) == dt.date(2026, 11, 21)


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "14/03/2026", "", "soon", "2026-3-4"])
def test_bad_dates_name_the_field_and_the_accepted_forms(bad: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_date(bad, TODAY, "on")
    assert str(caught.value).startswith("on: ")
    assert "YYYY-MM-DD" in str(caught.value)


def test_kinds_and_circles_are_forgiving_about_case_and_separators() -> None:
    assert parse_kind("Informational Interview") is TouchKind.INFORMATIONAL_INTERVIEW
    assert parse_kind("informational_interview") is TouchKind.INFORMATIONAL_INTERVIEW
    assert parse_circle("INNER") is Circle.INNER


def test_a_bad_kind_lists_every_accepted_kind() -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_kind("cofee")
    message = str(caught.value)
    assert message.startswith("kind: 'cofee'")
    assert all(kind.value in message for kind in TouchKind)


def test_meetings_default_to_mutual_and_messages_to_outgoing() -> None:
    assert default_direction(TouchKind.COFFEE) is Direction.MUTUAL
    assert default_direction(TouchKind.EMAIL) is Direction.OUT


def test_birthdays_with_and_without_year() -> None:
    assert parse_birthday("1988-11-25") == Birthday(11, 25, 1988)
    assert parse_birthday("--07-21") == Birthday(7, 21)
    assert parse_birthday("7-21") == Birthday(7, 21)
    assert str(Birthday(7, 21)) == "--07-21"
    assert parse_birthday("02-29") == Birthday(2, 29)
    with pytest.raises(InvalidValue):
        parse_birthday("1990-02-29")  # 1990 is not a leap year
    with pytest.raises(InvalidValue):
        parse_birthday("13-01")


def test_next_birthday_crosses_the_year_end() -> None:
    assert Birthday(1, 2).next_on_or_after(dt.date(2026, 12, 30)) == dt.date(2027, 1, 2)
    assert Birthday(12, 31).next_on_or_after(dt.date(2026, 12, 31)) == dt.date(2026, 12, 31)


def test_leap_day_birthdays_fall_on_28_february_in_common_years() -> None:
    leap = Birthday(2, 29, 2000)
    assert leap.next_on_or_after(dt.date(2027, 2, 1)) == dt.date(2027, 2, 28)
    assert leap.next_on_or_after(dt.date(2028, 2, 1)) == dt.date(2028, 2, 29)
    assert leap.age_on(dt.date(2027, 2, 27)) == 26
    assert leap.age_on(dt.date(2027, 2, 28)) == 27


def test_age_counts_the_birthday_itself() -> None:
    assert Birthday(11, 25, 1988).age_on(dt.date(2026, 11, 24)) == 37
    assert Birthday(11, 25, 1988).age_on(dt.date(2026, 11, 25)) == 38
    assert Birthday(11, 25).age_on(dt.date(2026, 11, 25)) is None


def test_the_longest_span_of_days_is_defined_once() -> None:
    """MAX_DAYS is the one limit on a number of days (a cadence, a snooze, a setting); the
    CLI, the pages and the backup check take it from domain/values.py."""
    import re
    from pathlib import Path

    import netgarden

    root = Path(netgarden.__file__).parent
    written = [
        f"{path.relative_to(root)}: {line.strip()}"
        for path in sorted(root.rglob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.search(r"\b3650\b", line)
    ]
    assert written == [
        "domain/paths.py: NEVER_DAYS = 3650  # someone I never touched counts as untouched "
        "for ten years",
        "domain/values.py: MAX_DAYS = 3650",
    ]
