"""The goal rules with exact answers: pace, ranges, periods, filters; and every preset's
numbers against the seeds' own words (a table here, read against the seeds' text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netgarden.domain.goal_presets import PRESETS
from netgarden.domain.goals import (
    METRICS,
    Metric,
    Period,
    Target,
    matches,
    next_span,
    pace,
    parse_target,
    parse_where,
    period_span,
)
from netgarden.errors import InvalidValue
from tests.domain.test_templates import _seed_text, seeds  # noqa: F401  (the seeds fixture)

Q1 = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))  # 90 days
DAY_45 = dt.date(2026, 2, 14)


def test_day_45_of_a_90_day_quarter_with_8_of_20_is_behind_by_2() -> None:
    assert (Q1[1] - Q1[0]).days + 1 == 90
    found = pace(Target(20), 8, *Q1, DAY_45)
    assert (found.expected, found.status, found.behind_by) == (10, "behind", 2)
    assert found.text == "behind by 2 (expected 10) as of 2026-02-14"


def test_on_pace_done_and_missed() -> None:
    assert pace(Target(20), 10, *Q1, DAY_45).status == "on-pace"
    assert pace(Target(20), 20, *Q1, DAY_45).text == "done"
    missed = pace(Target(20), 15, *Q1, dt.date(2026, 4, 2))
    assert (missed.status, missed.behind_by, missed.text) == (
        "behind", 5, "missed by 5 (ended 2026-03-31)")  # fmt: skip
    assert pace(Target(5), 0, *Q1, dt.date(2025, 12, 31)).expected == 0


def test_a_range_is_done_at_its_low_end_and_says_above_range_over_its_top() -> None:
    week = period_span(Period.WEEK, dt.date(2026, 11, 18))
    assert week == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))  # ISO: Monday-Sunday
    three_five = parse_target("3-5")
    assert (three_five.low, three_five.high, str(three_five)) == (3, 5, "3-5")
    assert pace(three_five, 3, *week, dt.date(2026, 11, 18)).text == "done"
    assert pace(three_five, 5, *week, dt.date(2026, 11, 18)).text == "done"
    assert pace(three_five, 6, *week, dt.date(2026, 11, 18)).text == "done, above range"
    # Thursday is day 4 of 7: 3 x 4 / 7 = 1.7 expected
    behind = pace(three_five, 1, *week, dt.date(2026, 11, 19))
    assert (behind.expected, behind.behind_by) == (1.7, 1)
    assert parse_target("20+") == Target(20)


@pytest.mark.parametrize("bad", ["0", "5-3", "3-3", "many", "-2", "1.5"])
def test_bad_targets(bad: str) -> None:
    with pytest.raises(InvalidValue, match="target"):
        parse_target(bad)


def test_periods_and_renewal() -> None:
    day = dt.date(2026, 11, 22)
    assert period_span(Period.MONTH, day) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert period_span(Period.QUARTER, day) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert period_span(Period.YEAR, day) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert period_span(Period.DAY, day) == (day, day)
    assert next_span(Period.QUARTER, dt.date(2026, 10, 1), dt.date(2026, 12, 31)) == (
        dt.date(2027, 1, 1), dt.date(2027, 3, 31))  # fmt: skip
    assert next_span(Period.CUSTOM, dt.date(2026, 1, 1), dt.date(2026, 1, 10)) == (
        dt.date(2026, 1, 11), dt.date(2026, 1, 20))  # fmt: skip


def test_filters() -> None:
    where = parse_where("company in targets and function=Product,design", Metric.NEW_CONNECTIONS)
    targets = frozenset({"acme"})
    assert matches(where, {"company": "ACME", "function": "product"}, targets)
    assert not matches(where, {"company": "Globex", "function": "product"}, targets)
    assert not matches(where, {"company": "Acme", "function": "sales"}, targets)
    assert matches(parse_where("tag=ai", Metric.TOUCHPOINTS), {"tag": {"ai", "pm"}}, targets)
    with pytest.raises(InvalidValue, match="fields for events-attended: format, role, series"):
        parse_where("company=Acme", Metric.EVENTS_ATTENDED)
    with pytest.raises(InvalidValue, match="takes no filter"):
        parse_where("circle=inner", Metric.MANUAL)


def test_every_metric_is_defined() -> None:
    assert set(METRICS) == set(Metric) and len(Metric) == 17
    assert all(len(text) > 20 for text in METRICS.values())


# every preset line: the seed's words, the target they give, the period, the metric
TABLE = {
    "para": [
        ("Build network of 50+ AI/PM professionals across target companies", "50", "quarter",
         "new-connections"),
        ("Conduct 20+ informational interviews with industry leaders", "20", "quarter",
         "informational-interviews"),
        ("Establish thought leadership through content sharing and discussions", "1", "quarter",
         "content-published"),
        ("Participate in 10+ industry events (virtual and in-person)", "10", "quarter",
         "events-attended"),
        ("Reach out to 3-5 new potential connections", "3-5", "week", "new-outreach"),
        ("Share valuable content or insights with community", "1", "week", "resources-shared"),
        ("Conduct 3-5 informational interviews", "3-5", "month", "informational-interviews"),
        ("Attend 2+ networking events or industry meetups", "2", "month", "events-attended"),
        ("Review and organize contact database", "1", "month", "manual"),
        ("Send value-add messages to key connections", "1", "month", "key-value-adds"),
        ("Deep relationship audit and prioritization", "1", "quarter", "manual"),
        ("Major networking event participation (conferences)", "1", "quarter",
         "events-attended"),
        ("Thought leadership content creation", "1", "quarter", "content-published"),
    ],
    "workshop-plan": [
        ("Update LinkedIn profile", "1", "week", "manual"),
        ("Reach out to 3 dormant connections", "3", "week", "dormant-reached"),
        ("Join one online community", "1", "week", "communities-joined"),
        ("Schedule one coffee meeting", "1", "week", "coffee-meetings"),
        ("Attend one networking event", "1", "month", "events-attended"),
        ("Make two strategic introductions", "2", "month", "introductions-made"),
        ("Share five helpful resources", "5", "month", "resources-shared"),
        ("Write one LinkedIn article", "1", "month", "content-published"),
        ("Expand inner circle by one", "1", "quarter", "inner-circle-growth"),
        ("Deepen five relationships", "5", "quarter", "relationships-deepened"),
        ("Give before getting 10 times", "10", "quarter", "gives-first"),
        ("Review and prune network", "1", "quarter", "manual"),
    ],
    "maintenance": [
        ("5 high-priority relationship touchpoints", "5", "week", "touchpoints"),
        ("15 medium-priority relationship check-ins", "15", "month", "touchpoints"),
        ("50 broader network maintenance interactions", "50", "quarter", "touchpoints"),
        ("Complete network audit and relationship assessment", "1", "year", "manual"),
    ],
    "value-creation": [
        ("Curate and share 1-2 relevant articles with commentary", "1-2", "day",
         "resources-shared"),
        ("Connect 1-2 people who could benefit from knowing each other", "1-2", "day",
         "introductions-made"),
        ("Learn about others' challenges and offer support", "1", "week",
         "informational-interviews"),
        ("Write articles, posts, or resources that benefit your network", "1", "week",
         "content-published"),
        ("Show up consistently to support your professional community", "1", "week",
         "events-attended"),
        ("Assess and strengthen relationships with key connections", "1", "month", "manual"),
    ],
    "roadmap": [
        ("Join 3-5 relevant professional communities", "3-5", "custom", "communities-joined"),
        ("Make 20 new quality professional connections", "20", "custom", "quality-connections"),
        ("Identify and connect with 5 industry influencers", "5", "custom", "new-connections"),
        ("Attend 2 major industry conferences or events", "2", "custom", "events-attended"),
        ("Host or organize 1 networking event or meetup", "1", "custom", "events-attended"),
        ("Develop mentoring relationships with 3 senior professionals", "3", "custom",
         "manual"),
        ("Begin mentoring 2-3 junior professionals", "2-3", "custom", "manual"),
        ("Make 10+ strategic introductions for others", "10", "custom", "introductions-made"),
        ("Join board or leadership role in professional organization", "1", "custom",
         "communities-joined"),
        ("Use network for significant career or business opportunity", "1", "custom", "manual"),
    ],
    "rebuild": [("I've been able to make approximately 200", "200", "custom",
                 "quality-connections")],
}  # fmt: skip
WORDS = {"one": "1", "two": "2", "three": "3", "five": "5"}


def test_the_presets_are_the_table() -> None:
    assert list(PRESETS) == list(TABLE)
    for name, (_, lines) in PRESETS.items():
        found = [(li.quote.text, li.target, li.period.value, li.metric.value) for li in lines]
        assert found == TABLE[name], name


@pytest.mark.parametrize("name", list(TABLE))
def test_each_preset_line_is_in_its_seed_with_its_number(seeds: Path, name: str) -> None:  # noqa: F811
    for line in PRESETS[name][1]:
        text = " ".join(_seed_text(seeds, line.quote.seed).split())
        assert line.quote.text in text, line.quote.text
        # the number the seed gives is the target (a written number too); none means one
        said = [WORDS.get(w.lower(), w.rstrip("+")) for w in line.quote.text.split()]
        numbers = [w for w in said if w.replace("-", "").isdigit()]
        assert numbers[:1] == [line.target] or (not numbers and line.target == "1"), line
