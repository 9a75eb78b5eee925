"""Every metric counted from hand-made data over the first quarter of 2026 (90 days),
asked on its 45th day; the issue's example; goals added, renewed, ticked, removed."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.errors import InvalidValue, NotFound
from netgarden.services.contacts import ContactInput, add_contact, edit_contact
from netgarden.services.content import add_content, join_community
from netgarden.services.database import Unit
from netgarden.services.events import EventInput, add_event
from netgarden.services.goals import (
    GoalInput,
    add_goal,
    apply_preset,
    goal_progress,
    remove_goal,
    renew_goal,
    tick_goal,
)
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.touches import TouchInput, log_touch

DAY_45 = dt.date(2026, 2, 14)
NOW = dt.datetime(2026, 2, 14, 9, 0)
LONG_AGO = dt.datetime(2023, 6, 1, 9, 0)
Q1 = "2026-01-01"


def person(unit: Unit, name: str, added: dt.datetime = LONG_AGO, **fields: object) -> int:
    return add_contact(unit, ContactInput(name=name, **fields), added, added.date())  # type: ignore[arg-type]


def touch(unit: Unit, who: list[int], kind: str, on: str, direction: str | None = None) -> None:
    log_touch(unit, who, TouchInput(kind, on, direction), NOW, DAY_45)


def entry(
    unit: Unit, who: int, entry_type: str, kind: str, on: str, note: str | None = None
) -> None:
    record_entry(unit, who, EntryInput(entry_type, kind, note, on), NOW, DAY_45)


def value(unit: Unit, metric: str, where: str | None = None, period: str = "quarter") -> int:
    made = add_goal(unit, GoalInput(metric, metric, "5", period, Q1 if period != "custom" else
                                    None, None, where), DAY_45, NOW)  # fmt: skip
    remove_goal(unit, made.id, DAY_45)
    return made.value


def test_the_issue_s_quarter_8_interviews_by_day_45_of_20(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    for day in range(8):
        touch(unit, [ana], "informational-interview", f"2026-01-{day * 4 + 2:02d}")
    touch(unit, [ana], "informational-interview", "2025-12-30")  # the quarter before
    made = add_goal(
        unit, GoalInput("Conduct 20+ informational interviews", "informational-interviews", "20",
                        "quarter", "2026-02-01"), DAY_45, NOW)  # fmt: skip
    assert (made.period_start, made.period_end) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert (made.value, made.expected, made.status, made.behind_by) == (8, 10, "behind", 2)
    assert made.pace == "behind by 2 (expected 10) as of 2026-02-14"
    [listed] = goal_progress(unit, DAY_45)
    assert listed == made


@pytest.fixture
def quarter(unit: Unit) -> dict[str, int]:
    """Ana (inner, known since 2023), Ben (met in January at Acme, a target company), Cy
    (added on day 45), Dee (outer, last seen two years ago)."""
    unit.reviews.set_target("company", "Acme", 1)
    ana = person(unit, "Ana Lee", circle="inner", company="Globex")
    ben = person(unit, "Ben Ode", met_on="2026-01-10", company="Acme", function="product")
    cy = person(unit, "Cy Park", added=NOW)
    dee = person(unit, "Dee Moss", circle="outer")
    touch(unit, [ana], "call", "2025-12-20")
    touch(unit, [ana], "coffee", "2026-01-05")
    touch(unit, [dee], "call", "2024-02-01")
    touch(unit, [dee], "message", "2026-02-02")
    touch(unit, [ben], "message", "2026-01-12", "out")
    touch(unit, [ben], "coffee", "2026-01-20")
    touch(unit, [ben], "coffee", "2026-02-03")
    touch(unit, [cy], "message", "2026-02-01", "in")
    touch(unit, [ana, ben], "informational-interview", "2026-02-10")
    unit.plans.insert("coffee", dt.date(2026, 3, 1), None, [cy], NOW)
    entry(unit, ana, "receive", "advice", "2025-11-01")
    entry(unit, ana, "give", "knowledge", "2026-01-20")
    entry(unit, ben, "give", "knowledge", "2026-01-25")
    entry(unit, ben, "give", "advice", "2026-02-01")
    entry(unit, ana, "give", "introduction", "2026-02-05", "introduction #7")
    entry(unit, ben, "give", "introduction", "2026-02-05", "introduction #7")
    entry(unit, dee, "give", "introduction", "2026-02-06", "to a recruiter")
    add_content(unit, "article", "Evals", "2026-01-15", "insight", [], DAY_45, NOW)
    add_content(unit, "post", "My year", "2026-02-01", "journey", [], DAY_45, NOW)
    add_content(unit, "post", "Old", "2025-12-01", "insight", [], DAY_45, NOW)
    join_community(unit, "PM HQ", "member", "2026-01-08", DAY_45, NOW)
    join_community(unit, "AI Guild", "board", "2026-02-08", DAY_45, NOW)
    join_community(unit, "Old Club", "member", "2025-05-01", DAY_45, NOW)
    add_event(unit, EventInput("AI Summit", "2026-01-22", format="conference"), NOW, DAY_45)
    add_event(unit, EventInput("PM Mixer", "2026-02-04", format="mixer"), NOW, DAY_45)
    add_event(unit, EventInput("Next", "2026-03-04", format="mixer"), NOW, DAY_45)
    edit_contact(unit, ben, ContactInput(circle="inner"), NOW, DAY_45)
    edit_contact(unit, cy, ContactInput(circle="inner"), NOW, DAY_45)
    edit_contact(unit, ana, ContactInput(circle="middle"), NOW, DAY_45)
    return {"ana": ana, "ben": ben, "cy": cy, "dee": dee}


# (metric, filter, the value on day 45 of the quarter)
EXPECTED = [
    ("new-connections", None, 2),  # Ben (met 10 January), Cy (added on day 45)
    ("new-connections", "company in targets", 1),  # Ben at Acme
    ("new-connections", "function=product and company=acme", 1),
    ("new-outreach", None, 1),  # Ben's first touch was mine; Cy's was theirs
    ("informational-interviews", None, 1),  # one touch with two people
    ("events-attended", None, 2),  # the one in March is still planned
    ("events-attended", "format=conference", 1),
    ("dormant-reached", None, 1),  # Dee: two years between touches; Ana: 16 days
    ("coffee-meetings", None, 3),  # two of Ben's, one of Ana's, Cy's plan for March
    ("introductions-made", None, 2),  # introduction #7 (two gives) once, Dee's once
    ("resources-shared", None, 2),
    ("content-published", None, 2),
    ("content-published", "mix=journey", 1),
    ("communities-joined", None, 2),
    ("communities-joined", "role=committee,board", 1),
    ("inner-circle-growth", None, 1),  # Ben and Cy in, Ana out
    ("gives-first", None, 4),  # Ben's three and Dee's; Ana had given me advice first
    ("key-value-adds", None, 3),  # gives to people in the inner circle now: Ben x3
    ("touchpoints", "circle=inner", 5),  # Ben x4 (with the interview), Cy x1
    ("touchpoints", None, 8),  # and Ana's coffee and interview (middle now); Dee's
    # Ana weak -> strong, Ben new -> strong, Dee dormant -> weak (a give); Cy stays dormant
    ("relationships-deepened", None, 3),
    ("quality-connections", None, 2),  # Ana (35 on 31 December, 77 now) and Ben
]


def test_each_metric(unit: Unit, quarter: dict[str, int]) -> None:
    """One quarter of data, every metric counted on it (one fixture: the tests stay fast)."""
    found = [(metric, where, value(unit, metric, where)) for metric, where, _ in EXPECTED]
    assert found == EXPECTED


def test_add_renew_tick_remove_and_presets(unit: Unit) -> None:
    made = add_goal(unit, GoalInput("Update LinkedIn profile", "manual", "1", "week"), DAY_45,
                    NOW)  # fmt: skip
    assert (made.period_start, made.period_end, made.status) == (
        dt.date(2026, 2, 9), dt.date(2026, 2, 15), "behind")  # fmt: skip
    assert tick_goal(unit, made.id, None, DAY_45).status == "done"
    renewed = renew_goal(unit, made.id, DAY_45, NOW)
    assert (renewed.period_start, renewed.value) == (dt.date(2026, 2, 16), 0)
    assert renewed.status == "on-pace"  # not begun: nothing expected yet
    with pytest.raises(InvalidValue, match="only manual goals tick"):
        tick_goal(unit, add_goal(unit, GoalInput("x", "touchpoints", "5", "week", rolling=True),
                                 DAY_45, NOW).id, 1, DAY_45)  # fmt: skip
    rolling = next(g for g in goal_progress(unit, DAY_45) if g.rolling)
    with pytest.raises(InvalidValue, match="renew"):
        renew_goal(unit, rolling.id, DAY_45, NOW)
    assert goal_progress(unit, dt.date(2026, 3, 2))[-1].period_start == dt.date(2026, 3, 2)
    remove_goal(unit, made.id, DAY_45)
    with pytest.raises(NotFound):
        remove_goal(unit, made.id, DAY_45)


def test_bad_goals_name_every_field(unit: Unit) -> None:
    with pytest.raises(InvalidValue) as caught:
        add_goal(unit, GoalInput(" ", "followers", "lots", "fortnight", "someday"), DAY_45, NOW)
    assert [e.field for e in caught.value.errors] == ["title", "metric", "target", "period",
                                                      "from"]  # fmt: skip
    with pytest.raises(InvalidValue, match="first and last days"):
        add_goal(unit, GoalInput("x", "manual", "1", "custom", Q1), DAY_45, NOW)
    with pytest.raises(InvalidValue, match="before"):
        add_goal(unit, GoalInput("x", "manual", "1", "custom", Q1, "2025-12-01"), DAY_45, NOW)
    with pytest.raises(InvalidValue, match="takes no filter"):
        add_goal(unit, GoalInput("x", "manual", "1", "week", where="circle=inner"), DAY_45, NOW)
    assert goal_progress(unit, DAY_45) == []


def test_a_quarterly_preset_set_on_any_day_covers_that_quarter_and_is_not_added_twice(
    unit: Unit,
) -> None:
    made = apply_preset(unit, "para", DAY_45, NOW)
    assert len(made) == 13 and apply_preset(unit, "PARA", DAY_45, NOW) == []
    network = made[0]
    assert (network.target, network.where, network.seed) == ("50", "company in targets",
                                                              "seeds/000")  # fmt: skip
    assert (network.period_start, network.period_end) == (dt.date(2026, 1, 1),
                                                           dt.date(2026, 3, 31))  # fmt: skip
    weekly = [g for g in made if g.period == "week"]
    assert all(g.rolling for g in weekly)
    road = apply_preset(unit, "roadmap", DAY_45, NOW)
    assert [(g.period_start, g.period_end) for g in road][2] == (
        dt.date(2026, 5, 14), dt.date(2026, 8, 13))  # months 4-6 from the day set  # fmt: skip
    with pytest.raises(InvalidValue, match="use one of: para, workshop-plan"):
        apply_preset(unit, "q1", DAY_45, NOW)
