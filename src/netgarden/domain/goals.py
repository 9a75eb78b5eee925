"""Goals computed from the data: metrics, periods, targets and ranges, filters, and pace.

A goal counts one *metric* (the list and each exact definition: ``METRICS``) over a
*period*: ``day``, ``week`` (ISO, Monday-Sunday), ``month``, ``quarter``, ``year`` (calendar),
or ``custom`` (``from``-``to``). A fixed goal covers the period holding its anchor day (the
day it was set, or ``from``); a *rolling* one always covers the period holding the day asked
about, so a weekly practice starts again each Monday. ``renew`` moves a fixed goal on to the
next period.

Pace (issue 15): ``expected = target x elapsed / period`` where ``elapsed`` counts the days
from the start through the day asked about (day 45 of a 90-day quarter expects half). A goal
is ``done`` once the value reaches the target (a range's low end; above its top it says
"above range"), ``on-pace`` while the value is at least the expected count, otherwise
``behind`` by ``ceil(expected - value)`` ("behind by 2 (expected 10) as of 2026-02-14"); a
period that ended short was missed by what it lacked. Pure: every function takes the day.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from enum import StrEnum

from netgarden.errors import InvalidValue


class Metric(StrEnum):
    NEW_CONNECTIONS = "new-connections"
    NEW_OUTREACH = "new-outreach"
    INFORMATIONAL_INTERVIEWS = "informational-interviews"
    EVENTS_ATTENDED = "events-attended"
    DORMANT_REACHED = "dormant-reached"
    COFFEE_MEETINGS = "coffee-meetings"
    INTRODUCTIONS_MADE = "introductions-made"
    RESOURCES_SHARED = "resources-shared"
    CONTENT_PUBLISHED = "content-published"
    COMMUNITIES_JOINED = "communities-joined"
    INNER_CIRCLE_GROWTH = "inner-circle-growth"
    RELATIONSHIPS_DEEPENED = "relationships-deepened"
    GIVES_FIRST = "gives-first"
    KEY_VALUE_ADDS = "key-value-adds"
    TOUCHPOINTS = "touchpoints"
    QUALITY_CONNECTIONS = "quality-connections"
    MANUAL = "manual"


# Each metric's exact definition, counted over the period up to the day asked about. The
# README and `goal add --help` print these; tests/domain/test_goals.py checks each is here.
METRICS: dict[Metric, str] = {
    Metric.NEW_CONNECTIONS: "people met or added in the period: their met-on day, else their "
    "LinkedIn connected-on day, else the day they were added",
    Metric.NEW_OUTREACH: "people whose first-ever touch falls in the period and was outgoing "
    "(I reached out first)",
    Metric.INFORMATIONAL_INTERVIEWS: "touches of kind informational-interview in the period",
    Metric.EVENTS_ATTENDED: "events marked attended whose day falls in the period",
    Metric.DORMANT_REACHED: "people touched in the period whose previous touch was more than "
    "twice their cadence earlier (a year without a cadence), or who had no touch for a year",
    Metric.COFFEE_MEETINGS: "coffee touches in the period, plus coffee plans still planned "
    "for a day in the period",
    Metric.INTRODUCTIONS_MADE: "introductions made in the period: each made double opt-in "
    "introduction once, and each introduction give logged by hand",
    Metric.RESOURCES_SHARED: "knowledge gives (a resource, an article, an insight) in the period",
    Metric.CONTENT_PUBLISHED: "content I published (content add) in the period",
    Metric.COMMUNITIES_JOINED: "communities joined in the period (community join)",
    Metric.INNER_CIRCLE_GROWTH: "people moved into the inner circle in the period minus people "
    "moved out of it, from the circle history",
    Metric.RELATIONSHIPS_DEEPENED: "people whose strength band (dormant, weak, medium, strong) "
    "is higher on the day asked about than the day before the period began",
    Metric.GIVES_FIRST: "gives in the period to someone who had given me nothing before it",
    Metric.KEY_VALUE_ADDS: "gives in the period to people in the inner circle",
    Metric.TOUCHPOINTS: "touches with people in a circle (any circle unless the filter names "
    "one, e.g. circle=inner) in the period, one per person per touch",
    Metric.QUALITY_CONNECTIONS: "people who are quality connections on the day asked about "
    "(strength >= 40 and two-way contact within a year, seeds/004) and were not the day "
    "before the period began",
    Metric.MANUAL: "a count you set yourself (goal tick) for what no data shows",
}

# metrics about people: their filter reads the person's fields
PEOPLE_FIELDS = ("company", "title", "function", "industry", "seniority", "location", "circle",
                 "tag")  # fmt: skip
WHERE_FIELDS: dict[Metric, tuple[str, ...]] = {
    **{m: PEOPLE_FIELDS for m in Metric},
    Metric.EVENTS_ATTENDED: ("format", "role", "series"),
    Metric.CONTENT_PUBLISHED: ("kind", "mix"),
    Metric.COMMUNITIES_JOINED: ("role",),
    Metric.INNER_CIRCLE_GROWTH: (),
    Metric.MANUAL: (),
}


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


MAX_TARGET = 1_000_000


@dataclass(frozen=True)
class Target:
    low: int
    high: int | None = None  # a range's top ("3-5"); None for one number

    def __str__(self) -> str:
        return f"{self.low}-{self.high}" if self.high is not None else str(self.low)


def parse_metric(value: str, field: str = "metric") -> Metric:
    try:
        return Metric(value.strip().lower())
    except ValueError:
        keys = ", ".join(m.value for m in Metric)
        raise InvalidValue(field, f"{value!r} is not a metric; use one of: {keys}") from None


def parse_period(value: str, field: str = "period") -> Period:
    try:
        return Period(value.strip().lower())
    except ValueError:
        names = ", ".join(p.value for p in Period)
        raise InvalidValue(field, f"{value!r} is not a period; use one of: {names}") from None


def parse_target(value: str | int, field: str = "target") -> Target:
    """``20``, ``20+`` (at least 20) or a range ``3-5``."""
    text = str(value).strip().rstrip("+")
    found = re.fullmatch(r"(\d{1,7})(?:\s*-\s*(\d{1,7}))?", text)
    if found is None:
        raise InvalidValue(field, f"{value!r} is not a target; use a number (20) or a range (3-5)")
    low, high = int(found[1]), int(found[2]) if found[2] else None
    if low < 1 or low > MAX_TARGET or (high is not None and not low < high <= MAX_TARGET):
        raise InvalidValue(
            field, f"{value!r}: a target is 1 to {MAX_TARGET:,}; a range's top is above its low end"
        )
    return Target(low, high)


@dataclass(frozen=True)
class Condition:
    field: str
    values: tuple[str, ...]  # casefolded; ("targets",) with ``in_targets``
    in_targets: bool = False


def parse_where(text: str | None, metric: Metric, field: str = "where") -> tuple[Condition, ...]:
    """``company=Acme,Globex and circle=inner``, ``company in targets``, ``tag=ai``: every
    condition must hold; a condition's values are alternatives (any case)."""
    if text is None or not text.strip():
        return ()
    allowed = WHERE_FIELDS[metric]
    if not allowed:
        raise InvalidValue(field, f"the {metric.value} metric takes no filter")
    found = []
    for part in re.split(r"\s+and\s+|;", text.strip(), flags=re.IGNORECASE):
        match = re.fullmatch(r"\s*([a-z]+)\s*(?:=\s*(.+?)|\s+in\s+targets)\s*", part, re.I)
        name = match[1].lower() if match else ""
        if match is None or name not in allowed:
            raise InvalidValue(
                field,
                f"{part.strip()!r} is not a filter; use FIELD=VALUE[,VALUE] or 'company in "
                f"targets', joined by 'and'; fields for {metric.value}: {', '.join(allowed)}",
            )
        if match[2] is None:
            if name != "company":
                raise InvalidValue(field, "only 'company in targets' reads the target list")
            found.append(Condition(name, ("targets",), in_targets=True))
            continue
        values = tuple(v.strip().casefold() for v in match[2].split(",") if v.strip())
        found.append(Condition(name, values))
    return tuple(found)


def where_text(conditions: tuple[Condition, ...]) -> str | None:
    """The filter as it is stored and shown again."""
    if not conditions:
        return None
    return " and ".join(
        f"{c.field} in targets" if c.in_targets else f"{c.field}={','.join(c.values)}"
        for c in conditions
    )


def matches(
    conditions: tuple[Condition, ...], facts: dict[str, object], targets: frozenset[str]
) -> bool:
    """Whether a thing with these ``facts`` (field → text, or a set of tags) passes."""
    for c in conditions:
        value = facts.get(c.field)
        if c.in_targets:
            if not (isinstance(value, str) and value.casefold() in targets):
                return False
        elif isinstance(value, frozenset | set):
            if not any(v in value for v in c.values):
                return False
        elif not (isinstance(value, str) and value.casefold() in c.values):
            return False
    return True


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day where it is shorter)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def period_span(period: Period, day: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar period holding ``day``: first and last days (not for ``custom``)."""
    if period is Period.DAY:
        return day, day
    if period is Period.WEEK:
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=6)
    if period is Period.MONTH:
        start = day.replace(day=1)
    elif period is Period.QUARTER:
        start = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    elif period is Period.YEAR:
        start = dt.date(day.year, 1, 1)
    else:
        raise ValueError("a custom period has its own days")
    months = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}[period]
    return start, add_months(start, months) - dt.timedelta(days=1)


def next_span(period: Period, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period after this one (a custom one: as long again, from the day after)."""
    if period is Period.CUSTOM:
        return end + dt.timedelta(days=1), end + (end - start) + dt.timedelta(days=1)
    return period_span(period, end + dt.timedelta(days=1))


@dataclass(frozen=True)
class Pace:
    expected: float
    status: str  # "done", "on-pace", "behind"
    behind_by: int | None
    text: str  # "done", "done, above range", "on pace", "behind by 2 (expected 10)"


def pace(target: Target, value: int, start: dt.date, end: dt.date, today: dt.date) -> Pace:
    """Where a goal stands on ``today``: the expected count and its status."""
    days = (end - start).days + 1
    elapsed = min(max((today - start).days + 1, 0), days)
    expected = round(target.low * elapsed / days, 1)
    if value >= target.low:
        above = target.high is not None and value > target.high
        return Pace(expected, "done", None, "done, above range" if above else "done")
    if value >= expected:
        return Pace(expected, "on-pace", None, "on pace")
    short = math.ceil(round(expected - value, 6))
    said = f"{expected:g}"
    ended = today > end
    text = (
        f"missed by {target.low - value} (ended {end.isoformat()})"
        if ended
        else f"behind by {short} (expected {said}) as of {today.isoformat()}"
    )
    return Pace(expected, "behind", target.low - value if ended else short, text)
