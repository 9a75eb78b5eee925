"""Quick capture's parsing: the day (today, yesterday, a weekday, an ISO date, never a day
to come), the people (one or several) and what it was about, from ``today``."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.capture import parse_capture
from netgarden.domain.values import TouchKind

WEDNESDAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "on"),
    [
        ("lunch with Jordan yesterday about mentoring", dt.date(2026, 12, 1)),
        ("coffee with Jordan today", WEDNESDAY),
        ("call with Jordan on Tuesday", dt.date(2026, 12, 1)),
        ("call with Jordan on monday", dt.date(2026, 11, 30)),
        ("call with Jordan last Thursday", dt.date(2026, 11, 26)),  # the last one, not ahead
        ("call with Jordan on Wednesday", dt.date(2026, 11, 25)),  # today's weekday: a week ago
        ("email to Jordan 2026-11-03 re: intro", dt.date(2026, 11, 3)),
        ("call with Jordan", None),  # no day said: the surface proposes today
    ],
)
def test_the_day_is_worked_out_from_today(text: str, on: dt.date | None) -> None:
    parsed = parse_capture(text, WEDNESDAY)
    assert parsed.on == on
    assert parsed.people == ["Jordan"]


def test_a_day_is_never_in_the_future_unless_typed_as_a_date() -> None:
    for weekday in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
        on = parse_capture(f"coffee with Jo on {weekday}", WEDNESDAY).on
        assert on is not None and 1 <= (WEDNESDAY - on).days <= 7
    assert parse_capture("coffee with Jo on 2026-12-25", WEDNESDAY).on == dt.date(2026, 12, 25)
    bad = parse_capture("coffee with Jo on 2026-02-30", WEDNESDAY)
    assert (bad.on, bad.bad_date, bad.people) == (None, "2026-02-30", ["Jo"])


def test_the_rest_of_the_line() -> None:
    parsed = parse_capture("lunch with Jordan yesterday about mentoring", WEDNESDAY)
    assert (parsed.kind, parsed.note) == (TouchKind.COFFEE, "mentoring")
    assert parse_capture("call with Sam and Elena", WEDNESDAY).people == ["Sam", "Elena"]
    several = parse_capture("dinner with Sam, Elena & Bo on friday about the offsite", WEDNESDAY)
    assert (several.people, several.note) == (["Sam", "Elena", "Bo"], "the offsite")
    assert parse_capture("coffee with Priya, great chat", WEDNESDAY).people == ["Priya"]
    assert parse_capture("met Ana Ruiz yesterday", WEDNESDAY).people == ["Ana Ruiz"]
    assert parse_capture("coffee and cake with Priya", WEDNESDAY).people == ["Priya"]
    nobody = parse_capture("coffee about evals", WEDNESDAY)
    assert (nobody.people, nobody.note) == ([], "evals")
