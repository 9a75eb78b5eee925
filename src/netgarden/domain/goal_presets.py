"""The goal presets: each line a seed's own words with its number, metric and period.

``goal preset NAME`` adds one goal per line, titled with the seed's words (the quotes live in
:mod:`netgarden.domain.goal_texts`). Where a seed gives no number ("Send value-add messages
to key connections") the target is one. Where two seeds disagree (seeds/000: 2+ events a
month; seeds/002: one) each keeps its own preset: nothing is resolved silently.

- calendar lines (a quarter's goals, "this week"/"this month"/"this quarter") are fixed to
  the period holding the day the preset is set, and ``goal renew`` moves them on;
- practices ("Weekly", "Monthly", "Daily") roll: they always cover the current period;
- the roadmap's phases are custom periods counted in months from the day it is set
  (months 1-3 from that day, 4-6 after...), and ``rebuild`` is the year from that day.
"""

from __future__ import annotations

from dataclasses import dataclass

from netgarden.domain import goal_texts as t
from netgarden.domain.goals import Metric, Period
from netgarden.domain.seed_texts import Quote
from netgarden.errors import InvalidValue

M, P = Metric, Period


@dataclass(frozen=True)
class PresetLine:
    quote: Quote
    metric: Metric
    target: str
    period: Period
    rolling: bool = False
    where: str | None = None
    months: tuple[int, int] | None = None  # a custom period: months from..to after the day
    title: str | None = None  # the goal's title where the seed's words do not read as one

    @property
    def goal_title(self) -> str:
        return self.title or self.quote.text


PRESETS: dict[str, tuple[str, tuple[PresetLine, ...]]] = {
    "para": ("seeds/000: the Q1 goals and the weekly, monthly and quarterly practices", (
        PresetLine(t.PARA_NETWORK, M.NEW_CONNECTIONS, "50", P.QUARTER,
                   where="company in targets"),
        PresetLine(t.PARA_INTERVIEWS, M.INFORMATIONAL_INTERVIEWS, "20", P.QUARTER),
        PresetLine(t.PARA_CONTENT, M.CONTENT_PUBLISHED, "1", P.QUARTER),
        PresetLine(t.PARA_EVENTS, M.EVENTS_ATTENDED, "10", P.QUARTER),
        PresetLine(t.PARA_WEEK_OUTREACH, M.NEW_OUTREACH, "3-5", P.WEEK, rolling=True),
        PresetLine(t.PARA_WEEK_SHARE, M.RESOURCES_SHARED, "1", P.WEEK, rolling=True),
        PresetLine(t.PARA_MONTH_INTERVIEWS, M.INFORMATIONAL_INTERVIEWS, "3-5", P.MONTH,
                   rolling=True),
        PresetLine(t.PARA_MONTH_EVENTS, M.EVENTS_ATTENDED, "2", P.MONTH, rolling=True),
        PresetLine(t.PARA_MONTH_DATABASE, M.MANUAL, "1", P.MONTH, rolling=True),
        PresetLine(t.PARA_MONTH_VALUE, M.KEY_VALUE_ADDS, "1", P.MONTH, rolling=True),
        PresetLine(t.PARA_QUARTER_AUDIT, M.MANUAL, "1", P.QUARTER, rolling=True),
        PresetLine(t.PARA_QUARTER_CONFERENCE, M.EVENTS_ATTENDED, "1", P.QUARTER, rolling=True,
                   where="format=conference"),
        PresetLine(t.PARA_QUARTER_CONTENT, M.CONTENT_PUBLISHED, "1", P.QUARTER, rolling=True),
    )),
    "workshop-plan": ("seeds/002: the action plan for this week, this month, this quarter", (
        PresetLine(t.PLAN_LINKEDIN, M.MANUAL, "1", P.WEEK),
        PresetLine(t.PLAN_DORMANT, M.DORMANT_REACHED, "3", P.WEEK),
        PresetLine(t.PLAN_COMMUNITY, M.COMMUNITIES_JOINED, "1", P.WEEK),
        PresetLine(t.PLAN_COFFEE, M.COFFEE_MEETINGS, "1", P.WEEK),
        PresetLine(t.PLAN_EVENT, M.EVENTS_ATTENDED, "1", P.MONTH),
        PresetLine(t.PLAN_INTROS, M.INTRODUCTIONS_MADE, "2", P.MONTH),
        PresetLine(t.PLAN_RESOURCES, M.RESOURCES_SHARED, "5", P.MONTH),
        PresetLine(t.PLAN_ARTICLE, M.CONTENT_PUBLISHED, "1", P.MONTH, where="kind=article"),
        PresetLine(t.PLAN_INNER, M.INNER_CIRCLE_GROWTH, "1", P.QUARTER),
        PresetLine(t.PLAN_DEEPEN, M.RELATIONSHIPS_DEEPENED, "5", P.QUARTER),
        PresetLine(t.PLAN_GIVE_FIRST, M.GIVES_FIRST, "10", P.QUARTER),
        PresetLine(t.PLAN_PRUNE, M.MANUAL, "1", P.QUARTER),
    )),
    "maintenance": ("seeds/001: the relationship maintenance schedule", (
        PresetLine(t.KEEP_WEEKLY, M.TOUCHPOINTS, "5", P.WEEK, rolling=True,
                   where="circle=inner"),
        PresetLine(t.KEEP_MONTHLY, M.TOUCHPOINTS, "15", P.MONTH, rolling=True,
                   where="circle=middle"),
        PresetLine(t.KEEP_QUARTERLY, M.TOUCHPOINTS, "50", P.QUARTER, rolling=True,
                   where="circle=outer"),
        PresetLine(t.KEEP_ANNUAL, M.MANUAL, "1", P.YEAR, rolling=True),
    )),
    "value-creation": ("seeds/001: the daily, weekly and monthly value creation", (
        PresetLine(t.VALUE_SHARE, M.RESOURCES_SHARED, "1-2", P.DAY, rolling=True),
        PresetLine(t.VALUE_INTROS, M.INTRODUCTIONS_MADE, "1-2", P.DAY, rolling=True),
        PresetLine(t.VALUE_INTERVIEWS, M.INFORMATIONAL_INTERVIEWS, "1", P.WEEK, rolling=True),
        PresetLine(t.VALUE_CONTENT, M.CONTENT_PUBLISHED, "1", P.WEEK, rolling=True),
        PresetLine(t.VALUE_EVENTS, M.EVENTS_ATTENDED, "1", P.WEEK, rolling=True),
        PresetLine(t.VALUE_AUDIT, M.MANUAL, "1", P.MONTH, rolling=True),
    )),
    "roadmap": ("seeds/002: the 12-month networking excellence roadmap", (
        PresetLine(t.ROAD_COMMUNITIES, M.COMMUNITIES_JOINED, "3-5", P.CUSTOM, months=(0, 3)),
        PresetLine(t.ROAD_QUALITY, M.QUALITY_CONNECTIONS, "20", P.CUSTOM, months=(0, 3)),
        PresetLine(t.ROAD_INFLUENCERS, M.NEW_CONNECTIONS, "5", P.CUSTOM, months=(3, 6)),
        PresetLine(t.ROAD_CONFERENCES, M.EVENTS_ATTENDED, "2", P.CUSTOM, months=(3, 6)),
        PresetLine(t.ROAD_HOST, M.EVENTS_ATTENDED, "1", P.CUSTOM, where="role=host",
                   months=(3, 6)),
        PresetLine(t.ROAD_MENTORS, M.MANUAL, "3", P.CUSTOM, months=(3, 6)),
        PresetLine(t.ROAD_MENTEES, M.MANUAL, "2-3", P.CUSTOM, months=(6, 9)),
        PresetLine(t.ROAD_INTROS, M.INTRODUCTIONS_MADE, "10", P.CUSTOM, months=(6, 9)),
        PresetLine(t.ROAD_BOARD, M.COMMUNITIES_JOINED, "1", P.CUSTOM,
                   where="role=committee,board", months=(6, 9)),
        PresetLine(t.ROAD_LEVERAGE, M.MANUAL, "1", P.CUSTOM, months=(9, 12)),
    )),
    "rebuild": ("seeds/004: about 200 quality connections in a year", (
        PresetLine(t.REBUILD_QUALITY, M.QUALITY_CONNECTIONS, "200", P.CUSTOM, months=(0, 12),
                   title="About 200 quality connections in a year"),
    )),
}  # fmt: skip


def preset(name: str, field: str = "name") -> tuple[str, tuple[PresetLine, ...]]:
    found = PRESETS.get(name.strip().lower())
    if found is None:
        raise InvalidValue(field, f"{name!r} is not a preset; use one of: {', '.join(PRESETS)}")
    return found
