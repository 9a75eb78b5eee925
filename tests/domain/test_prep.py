"""The prep sheet's rules: the arrival plan for each format (seeds/004), the warnings at
fewer than 3 and more than 5 targets (seeds/002), the sheet's order, and a 30-second pitch
that names its missing parts rather than inventing them."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.prep import (
    EventFacts,
    Target,
    arrival_plan,
    build_sheet,
    pitch_30,
    starter_for,
    target_warnings,
)
from netgarden.domain.seed_texts import ARRIVE_EARLY, ARRIVE_LATE

LATE = "arrive about 50 minutes after the start (19:50)"


@pytest.mark.parametrize(
    ("fmt", "virtual", "size", "attendee", "advice", "quote"),
    [
        ("meetup", False, 40, False, LATE, ARRIVE_LATE),
        ("mixer", False, None, False, LATE, ARRIVE_LATE),
        ("meetup", False, 400, False, "arrive when it starts (19:00)", None),
        ("meetup", False, 40, True, "arrive at the very beginning (19:00): a target is on the "
         "attendee list", ARRIVE_EARLY),
        ("workshop", False, 20, True, "arrive at the very beginning (19:00): a target is on the "
         "attendee list", ARRIVE_EARLY),
        ("workshop", False, 20, False, "arrive when it starts (19:00)", None),
        ("lecture", False, 80, False, "arrive when it starts (19:00)", None),
        ("trade-show", False, 5000, False, "arrive when it starts (19:00)", None),
        ("other", False, None, False, "arrive when it starts (19:00)", None),
        ("conference", False, 2000, True, "no arrival advice for a conference: join when it "
         "starts", None),
        ("webinar", True, 300, True, "no arrival advice for online: join when it starts", None),
        ("meetup", True, 30, False, "no arrival advice for online: join when it starts", None),
    ],
)  # fmt: skip
def test_arrival_plan_for_each_format(
    fmt: str, virtual: bool, size: int | None, attendee: bool, advice: str, quote: object
) -> None:
    plan = arrival_plan(fmt, virtual, "19:00", size, attendee)
    assert (plan.advice, plan.quote) == (advice, quote)


def test_fifty_minutes_late_wraps_past_midnight_and_needs_no_start() -> None:
    assert arrival_plan("mixer", False, "23:30", 10, False).advice.endswith("(00:20)")
    assert arrival_plan("mixer", False, None, 10, False).advice == (
        "arrive about 50 minutes after the start"
    )


@pytest.mark.parametrize("count", [0, 1, 2, 6, 9])
def test_targets_outside_three_to_five_are_flagged_in_the_seeds_words(count: int) -> None:
    (warning,) = target_warnings(count)
    assert "“Prepare 3-5 target connections” (seeds/002)" in warning
    assert warning.startswith(f"{count} target")


@pytest.mark.parametrize("count", [3, 4, 5])
def test_three_to_five_targets_are_fine(count: int) -> None:
    assert target_warnings(count) == []


def _target(cid: int, **kw: object) -> Target:
    values: dict[str, object] = {"contact_id": cid, "name": f"Person {cid}", "title": None,
                                 "company": None, "how_met": None, "interests": None,
                                 "source": None, "starter": None, "warm_path": None}  # fmt: skip
    values.update(kw)
    return Target(**values)  # type: ignore[arg-type]


def test_starters_stored_then_attendee_list_then_interests_then_an_opener() -> None:
    assert starter_for(_target(1, starter="Ask about evals")) == ("Ask about evals", "stored")
    text, source = starter_for(_target(2, source="attendee-list", company="Acme"))
    assert "I noticed your name in the list of attendees" in text and "Acme" in text
    assert source == "attendee list (seeds/004)"
    assert starter_for(_target(3, interests="robotics, tea")) == (
        "Person, what are you working on in robotics these days?", "interests"
    )  # fmt: skip
    assert starter_for(_target(4))[0] == "What are you working on these days?"


def test_the_30_second_pitch_says_which_parts_are_missing() -> None:
    built = pitch_30({"name": "Sam", "title": "PM", "company": "Acme", "what": None,
                      "hook": None})  # fmt: skip
    assert built.built and built.text == "I'm Sam, PM at Acme."
    assert built.missing == ("what you do", "interesting hook")
    empty = pitch_30({})
    assert empty.text is None and len(empty.missing) == 3
    stored = pitch_30({"pitch_30": "I garden networks."})
    assert (stored.text, stored.built, stored.missing) == ("I garden networks.", False, ())


def test_the_sheet_puts_research_first_and_openers_before_pitches() -> None:
    facts = EventFacts("PM Night", dt.date(2026, 12, 4), "19:00", "meetup", False, 40,
                       "AI evals", None, 3, ("Acme", "Quill"))  # fmt: skip
    sheet = build_sheet(facts, [_target(1, source="attendee-list")], {})
    assert sheet.order.index("openers") < sheet.order.index("pitches")
    assert sheet.order[0] == "research"
    assert [a.answer for a in sheet.research] == ["Person 1", "Acme, Quill", "AI evals",
                                                  "Person 1"]  # fmt: skip
    assert sheet.warnings and sheet.arrival.quote == ARRIVE_EARLY
    # Friday 4 December: connect Saturday, resources Sunday, schedule the next Friday
    assert [(k, d.isoformat()) for k, d, _ in sheet.follow_ups] == [
        ("connect", "2026-12-05"), ("send-resources", "2026-12-06"),
        ("schedule-meeting", "2026-12-11"),
    ]  # fmt: skip
