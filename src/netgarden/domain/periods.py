"""The period reviews (issue 15): ``review week|month|quarter|year``. Pure: the service
gathers the counts and the people, these rules say what each line is.

A line is one practice of the seeds: what it is, the seed words it comes from, what was done
against its target, its status, and the next actions, naming people. The status of a line
with a target is its pace (``domain.goals.pace``): ``done`` (with ``above range`` over a
range's top), ``on-pace``, or ``behind`` by N with the count expected by today (target times
days elapsed / days in the period). A line without a target (the database's hygiene, value
given against asked) is ``info`` or, when something needs doing, ``warn``.

Periods are calendar ones: the ISO week (Monday to Sunday), the month, the quarter, the
year holding the review's day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from netgarden.domain.goals import Period, Target, pace, period_span
from netgarden.domain.seed_texts import Quote
from netgarden.errors import InvalidValue


class ReviewPeriod(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def parse_review_period(value: str, field: str = "period") -> ReviewPeriod:
    try:
        return ReviewPeriod(value.strip().lower())
    except ValueError:
        names = ", ".join(p.value for p in ReviewPeriod)
        raise InvalidValue(field, f"{value!r} is not a period; use one of: {names}") from None


def span(period: ReviewPeriod, day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last days of the calendar period holding ``day``."""
    return period_span(Period(period.value), day)


def title(period: ReviewPeriod, start: dt.date) -> str:
    """``Week 48 of 2026``, ``November 2026``, ``Q4 2026``, ``2026``."""
    if period is ReviewPeriod.WEEK:
        year, week, _ = start.isocalendar()
        return f"Week {week} of {year}"
    if period is ReviewPeriod.MONTH:
        return f"{start:%B %Y}"
    if period is ReviewPeriod.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return str(start.year)


@dataclass(frozen=True)
class PracticeLine:
    key: str
    practice: str
    quotes: tuple[Quote, ...]
    done: int
    target: Target | None
    status: str  # done, on-pace, behind, info, warn
    status_text: str
    next_actions: tuple[str, ...] = ()
    expected: float | None = None
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "practice": self.practice,
            "seeds": [{"seed": q.seed, "quote": q.text, "section": q.section} for q in self.quotes],
            "done": self.done,
            "target": None if self.target is None else str(self.target),
            "expected": self.expected,
            "status": self.status,
            "status_text": self.status_text,
            "detail": self.detail,
            "next_actions": list(self.next_actions),
        }


@dataclass(frozen=True)
class Span:
    start: dt.date
    end: dt.date
    as_of: dt.date


def paced(
    key: str,
    practice: str,
    quotes: tuple[Quote, ...],
    done: int,
    target: Target,
    when: Span,
    actions: tuple[str, ...] = (),
    detail: str = "",
) -> PracticeLine:
    """A line held to a target at the pace of its period; next actions only while not done."""
    found = pace(target, done, when.start, when.end, when.as_of)
    text = found.text
    if found.status == "behind" and " as of " in text:
        text = text.split(" as of ")[0]
    return PracticeLine(key, practice, quotes, done, target, found.status, text,
                        () if found.status == "done" else actions, found.expected,
                        detail)  # fmt: skip


def noted(
    key: str,
    practice: str,
    quotes: tuple[Quote, ...],
    done: int,
    text: str,
    warn: bool = False,
    actions: tuple[str, ...] = (),
    detail: str = "",
) -> PracticeLine:
    """A line without a target: ``warn`` when something asks for doing."""
    return PracticeLine(key, practice, quotes, done, None, "warn" if warn else "info", text,
                        actions if warn else (), None, detail)  # fmt: skip


@dataclass(frozen=True)
class PeriodReview:
    period: ReviewPeriod
    title: str
    start: dt.date
    end: dt.date
    as_of: dt.date
    lines: list[PracticeLine]
    # a series for the page's chart: (label, count) per day, week or month of the period
    series: list[tuple[str, int]] = field(default_factory=list)
    series_of: str = "touches"

    def counts(self) -> dict[str, int]:
        """How many lines are done, on pace, behind, to look at (warn)."""
        found = {"done": 0, "on-pace": 0, "behind": 0, "warn": 0, "info": 0}
        for line in self.lines:
            found[line.status] += 1
        return found

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.value,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "summary": self.counts(),
            "lines": [line.as_dict() for line in self.lines],
            "series": {"of": self.series_of,
                       "points": [{"label": a, "count": b} for a, b in self.series]},
        }  # fmt: skip


def names(people: list[str], most: int = 3) -> str:
    """``Ana, Bo and 2 more``."""
    shown = people[:most]
    more = len(people) - len(shown)
    if not shown:
        return ""
    if more:
        return ", ".join(shown) + f" and {more} more"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def series_buckets(
    period: ReviewPeriod, start: dt.date, end: dt.date
) -> list[tuple[str, dt.date, dt.date]]:
    """The chart's buckets: days of a week, weeks of a month, months of a quarter or year."""
    buckets = []
    if period is ReviewPeriod.WEEK:
        for n in range(7):
            day = start + dt.timedelta(days=n)
            buckets.append((f"{day:%a}", day, day))
    elif period is ReviewPeriod.MONTH:
        day = start
        while day <= end:
            last = min(day + dt.timedelta(days=6 - day.weekday()), end)
            buckets.append((f"{day:%d %b}", day, last))
            day = last + dt.timedelta(days=1)
    else:
        day = start
        while day <= end:
            first, last = period_span(Period.MONTH, day)
            buckets.append((f"{first:%b}", first, last))
            day = last + dt.timedelta(days=1)
    return buckets
