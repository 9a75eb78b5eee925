"""The period reviews (issue 15): exact answers on hand-made weeks, months and quarters."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.errors import InvalidValue
from netgarden.services.agenda import agenda
from netgarden.services.database import Unit
from netgarden.services.periods import period_review
from tests.practice.conftest import give, person, touch

MONDAY = dt.date(2026, 11, 23)
FRIDAY = dt.date(2026, 11, 27)


def _lapsed(unit: Unit, name: str, touches: int) -> int:
    who = person(unit, name, "outer", met="2019-01-01")
    for n in range(touches):
        touch(unit, who, (dt.date(2023, 6, 1) + dt.timedelta(days=n)).isoformat(), "coffee")
    return who


def _week(unit: Unit) -> dict[str, dict[str, object]]:
    a = _lapsed(unit, "Ada Dormant", 6)
    _lapsed(unit, "Ben Dormant", 5)
    _lapsed(unit, "Cy Dormant", 4)
    agenda(unit, MONDAY, pick_week=True)  # Monday's agenda picks the week's three
    new_one, new_two = person(unit, "Nia New"), person(unit, "Omar New")
    known = person(unit, "Kai Known")
    touch(unit, known, "2026-10-01", "call")
    touch(unit, new_one, "2026-11-24", "message", "out")  # two first-ever outreaches
    touch(unit, new_two, "2026-11-25", "email", "out")
    touch(unit, known, "2026-11-25", "message", "out")  # not a first touch
    touch(unit, a, "2026-11-26", "message", "out")  # Thursday: one pick reached
    found = period_review(unit, "week", FRIDAY)
    assert (found.title, found.start, found.end) == ("Week 48 of 2026", MONDAY,
                                                     dt.date(2026, 11, 29))  # fmt: skip
    return {line.key: line.as_dict() for line in found.lines}


def test_a_week_with_two_first_outreaches_and_one_pick_reached(unit: Unit) -> None:
    lines = _week(unit)
    outreach = lines["new-outreach"]
    # 2 of the 2.1 due by Friday: on pace (a pace is behind by whole people only)
    assert (outreach["done"], outreach["target"], outreach["status"]) == (2, "3-5", "on-pace")
    assert outreach["status_text"] == "on pace"
    assert outreach["detail"] == "Nia New and Omar New"
    assert outreach["seeds"][0]["quote"] == "Reach out to 3-5 new potential connections"
    dormant = lines["dormant-reached"]
    assert (dormant["done"], dormant["target"], dormant["detail"]) == (
        1,
        "3",
        "reached: Ada Dormant",
    )
    assert dormant["next_actions"] == [
        "reach out to Ben Dormant (this week's pick)",
        "reach out to Cy Dormant (this week's pick)",
    ]
    assert dormant["seeds"][0] == {
        "seed": "seeds/002",
        "quote": "Reach out to 3 dormant connections",
        "section": "Your Networking Action Plan: This Week",
    }


def test_the_week_lines_are_the_seeds_practices(unit: Unit) -> None:
    lines = _week(unit)
    assert list(lines) == ["new-outreach", "dormant-reached", "coffee", "touchpoints",
                           "follow-ups", "share", "value-balance"]  # fmt: skip
    assert lines["touchpoints"]["target"] == "5"
    assert lines["coffee"]["next_actions"] == []  # nobody in the close circles is due


def test_a_month_counts_interviews_resources_and_the_content_mix(unit: Unit) -> None:
    from netgarden.services.content import add_content
    from tests.practice.conftest import FAR, NOW

    ana, bo = person(unit, "Ana Inner", "inner"), person(unit, "Bo Inner", "inner")
    touch(unit, ana, "2026-11-03", "informational-interview")
    touch(unit, bo, "2026-11-10", "informational-interview")
    for day in ("2026-11-02", "2026-11-09", "2026-11-12"):
        give(unit, ana, "knowledge", day)
    for n, mix in enumerate(["insight"] * 5 + ["journey"] * 2 + ["promotion"] * 3):
        add_content(unit, "post", f"Post {n}", f"2026-11-{n + 1:02d}", mix, [], FAR, NOW)
    found = {line.key: line for line in period_review(unit, "month", dt.date(2026, 11, 15)).lines}
    assert (found["interviews"].done, found["interviews"].status_text) == (
        2,
        "on pace",
    )  # 3 by the month's end: 1.5 expected on the 15th of 30 days
    assert found["resources"].done == 3
    assert [found[k].status for k in ("mix-70-20-10", "mix-80/20")] == ["warn", "warn"]
    adds = found["key-value-adds"]
    assert (adds.done, str(adds.target), adds.next_actions) == (
        1,
        "2",
        ("send Bo Inner a value-add message",),
    )


def test_a_quarter_counts_gives_before_getting(unit: Unit) -> None:
    ana, bo = person(unit, "Ana", "middle"), person(unit, "Bo", "middle")
    give(unit, ana, "advice", "2026-10-05")  # first: Ana had given me nothing
    give(unit, bo, "advice", "2026-10-20")
    give(unit, bo, "advice", "2026-10-01", entry="receive")  # Bo gave first
    found = {line.key: line for line in period_review(unit, "quarter", dt.date(2026, 11, 15)).lines}
    assert found["gives-first"].done == 1
    assert str(found["gives-first"].target) == "10"


def test_a_period_that_is_not_one_is_refused(unit: Unit) -> None:
    with pytest.raises(InvalidValue, match="'fortnight' is not a period"):
        period_review(unit, "fortnight", FRIDAY)


def test_the_quarter_shows_its_goals_at_pace(unit: Unit) -> None:
    from netgarden.services.goals import apply_preset
    from tests.practice.conftest import NOW

    day = dt.date(2026, 11, 15)
    apply_preset(unit, "para", day, NOW)
    ana = person(unit, "Ana", "middle")
    for on in ("2026-10-05", "2026-10-20", "2026-11-02"):
        touch(unit, ana, on, "informational-interview")
    lines = {line.practice: line for line in period_review(unit, "quarter", day).lines}
    interviews = lines["Goal: Conduct 20+ informational interviews with industry leaders"]
    assert (interviews.done, str(interviews.target), interviews.status) == (3, "20", "behind")
    assert interviews.quotes[0].seed == "seeds/000"


def test_a_relationship_deepened_when_its_band_rose_this_quarter(unit: Unit) -> None:
    day = dt.date(2026, 11, 20)
    ana = person(unit, "Ana Middle", "middle")
    loose = person(unit, "Lou Uncircled")
    for who in (ana, loose):
        touch(unit, who, "2025-03-01", "email", "out")
        for n in range(8):
            touch(unit, who, (dt.date(2026, 10, 2) + dt.timedelta(days=6 * n)).isoformat(),
                  "coffee")  # fmt: skip
    line = {x.key: x for x in period_review(unit, "quarter", day).lines}["deepened"]
    assert (line.done, line.detail) == (1, "Ana Middle")  # the uncircled are not counted
