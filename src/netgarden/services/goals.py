"""Goals: adding one (or a seed's preset), their progress and pace on a day, removing,
renewing for the next period, and setting a manual goal's count.

``goal_progress(unit, today)`` is what every surface (and the quarterly review) reads: each
goal with its period's days, its value counted from the data, the expected count and its
status (:func:`netgarden.domain.goals.pace`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netgarden.domain.goal_presets import PRESETS, PresetLine, preset
from netgarden.domain.goals import (
    METRICS,
    Metric,
    Period,
    Target,
    add_months,
    next_span,
    pace,
    parse_metric,
    parse_period,
    parse_target,
    parse_where,
    period_span,
    where_text,
)
from netgarden.domain.normalize import strip_controls
from netgarden.domain.values import NAME_MAX, check_day, parse_date
from netgarden.errors import Collector, InvalidValue

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit
    from netgarden.store.goal_fact_reads import GoalRow
    from netgarden.store.tables_goals import Goal

MAX_MANUAL = 1_000_000


@dataclass
class GoalInput:
    """A goal as a surface gives it: text as typed; ``None`` leaves a default."""

    title: str
    metric: str
    target: str | int
    period: str
    from_: str | None = None
    to: str | None = None
    where: str | None = None
    rolling: bool = False


@dataclass(frozen=True)
class GoalView:
    id: int
    title: str
    metric: str
    target: str  # "20" or "3-5"
    target_low: int
    target_high: int | None
    period: str
    rolling: bool
    period_start: dt.date
    period_end: dt.date
    where: str | None
    value: int
    expected: float
    status: str  # done, on-pace, behind
    behind_by: int | None
    pace: str  # "on pace", "behind by 2 (expected 10) as of ..."
    preset: str | None
    seed: str | None

    @property
    def definition(self) -> str:
        return METRICS[Metric(self.metric)]

    @property
    def percent(self) -> int:
        """How far to the target (a range's low end), 0-100."""
        return min(100, max(0, round(100 * self.value / self.target_low)))

    @property
    def expected_percent(self) -> int:
        """Where the pace expects it by now, 0-100."""
        return min(100, max(0, round(100 * self.expected / self.target_low)))


def _title(value: str) -> str:
    text = " ".join(strip_controls(value or "").split())
    if not text:
        raise InvalidValue("title", "is empty; say what the goal is in a few words")
    if len(text) > NAME_MAX:
        raise InvalidValue("title", f"{len(text):,} characters; at most {NAME_MAX}")
    return text


def _day(value: str | None, today: dt.date, field: str) -> dt.date | None:
    if value is None or not value.strip():
        return None
    return check_day(parse_date(value, today, field), field)


def goal_columns(data: GoalInput, today: dt.date) -> dict[str, Any]:
    """The columns a goal input sets, every mistake raised at once."""
    check = Collector()
    columns: dict[str, Any] = {"rolling": bool(data.rolling), "manual_value": 0}
    metric = period = None
    with check:
        columns["title"] = _title(data.title)
    with check:
        metric = parse_metric(data.metric)
        columns["metric"] = metric.value
    with check:
        target = parse_target(data.target)
        columns["target_low"], columns["target_high"] = target.low, target.high
    with check:
        period = parse_period(data.period)
        columns["period"] = period.value
    with check:
        if metric is not None:
            columns["where_filter"] = where_text(parse_where(data.where, metric))
    start = end = None
    with check:
        start = _day(data.from_, today, "from")
    with check:
        end = _day(data.to, today, "to")
    check.raise_if_any()
    assert period is not None
    columns["starts_on"], columns["ends_on"] = _span(period, data.rolling, start, end, today)
    return columns


def _span(
    period: Period, rolling: bool, start: dt.date | None, end: dt.date | None, today: dt.date
) -> tuple[dt.date | None, dt.date | None]:
    if period is Period.CUSTOM:
        if rolling:
            raise InvalidValue("rolling", "a custom period has its own days; it cannot roll")
        if start is None or end is None:
            raise InvalidValue("from", "a custom period needs its first and last days")
        if end < start:
            raise InvalidValue("to", f"{end.isoformat()} is before {start.isoformat()}")
        return start, end
    if end is not None:
        raise InvalidValue("to", f"a {period.value} ends by itself; use the custom period")
    if rolling:
        if start is not None:
            raise InvalidValue("from", "a rolling goal covers the current period; drop the day")
        return None, None
    return period_span(period, start or today)


def span_of(goal: Goal | GoalRow, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days a goal covers when asked on ``today``."""
    if goal.rolling or goal.starts_on is None or goal.ends_on is None:
        return period_span(Period(goal.period), today)
    return goal.starts_on, goal.ends_on


def add_goal(unit: Unit, data: GoalInput, today: dt.date, now: dt.datetime) -> GoalView:
    goal_id = unit.goals.insert(goal_columns(data, today), now)
    return goal_view(unit, goal_id, today)


def goal_progress(unit: Unit | ReadUnit, today: dt.date) -> list[GoalView]:
    """Every goal with its value, expected count and status on ``today``, oldest first."""
    from netgarden.services.goal_metrics import Counter

    counter = Counter(unit)
    return [_view(counter, goal, today) for goal in unit.goals.all()]


def goal_view(unit: Unit, goal_id: int, today: dt.date) -> GoalView:
    from netgarden.services.goal_metrics import Counter

    return _view(Counter(unit), unit.goals.require(goal_id), today)


def _view(counter: Any, goal: Goal | GoalRow, today: dt.date) -> GoalView:
    metric = Metric(goal.metric)
    start, end = span_of(goal, today)
    where = parse_where(goal.where_filter, metric)
    value = counter.count(metric, where, start, end, today, goal.manual_value)
    target = Target(goal.target_low, goal.target_high)
    where_now = pace(target, value, start, end, today)
    return GoalView(goal.id, goal.title, goal.metric, str(target), target.low, target.high,
                    goal.period, goal.rolling, start, end, goal.where_filter, value,
                    where_now.expected, where_now.status, where_now.behind_by, where_now.text,
                    goal.preset, goal.seed)  # fmt: skip


def remove_goal(unit: Unit, goal_id: int, today: dt.date) -> GoalView:
    found = goal_view(unit, goal_id, today)
    unit.goals.delete(goal_id)
    return found


def renew_goal(unit: Unit, goal_id: int, today: dt.date, now: dt.datetime) -> GoalView:
    """The same goal for the period after this one (a rolling goal renews itself)."""
    goal = unit.goals.require(goal_id)
    if goal.rolling or goal.starts_on is None or goal.ends_on is None:
        raise InvalidValue(
            "goal_id", "a rolling goal covers each period by itself; nothing to renew"
        )
    start, end = next_span(Period(goal.period), goal.starts_on, goal.ends_on)
    columns = {c: getattr(goal, c) for c in ("title", "metric", "target_low", "target_high",
                                             "period", "rolling", "where_filter", "preset",
                                             "seed")}  # fmt: skip
    new_id = unit.goals.insert({**columns, "starts_on": start, "ends_on": end,
                                "manual_value": 0}, now)  # fmt: skip
    return goal_view(unit, new_id, today)


def tick_goal(unit: Unit, goal_id: int, value: int | str | None, today: dt.date) -> GoalView:
    """Set a manual goal's count (by default: its target, i.e. done)."""
    goal = unit.goals.require(goal_id)
    if goal.metric != Metric.MANUAL.value:
        raise InvalidValue(
            "goal_id", f"goal {goal_id} counts {goal.metric} from the data; only manual goals tick"
        )
    count = goal.target_low if value is None or str(value).strip() == "" else value
    text = str(count).strip()
    if not (text.isascii() and text.isdigit()) or int(text) > MAX_MANUAL:
        raise InvalidValue("value", f"{count!r} is not a count; use a whole number from 0")
    unit.goals.update(goal_id, {"manual_value": int(text)})
    return goal_view(unit, goal_id, today)


def apply_preset(unit: Unit, name: str, today: dt.date, now: dt.datetime) -> list[GoalView]:
    """Add a preset's goals; a line already set for the same days is not added twice."""
    key = name.strip().lower()
    _, lines = preset(key)
    have = {(g.title, g.starts_on, g.rolling) for g in unit.goals.all()}
    made = []
    for line in lines:
        columns = preset_columns(line, key, today)
        if (columns["title"], columns["starts_on"], columns["rolling"]) in have:
            continue
        made.append(unit.goals.insert(columns, now))
    from netgarden.services.goal_metrics import Counter

    counter = Counter(unit)  # one counter: the preset's goals share their periods' facts
    return [_view(counter, unit.goals.require(goal_id), today) for goal_id in made]


def preset_columns(line: PresetLine, name: str, today: dt.date) -> dict[str, Any]:
    target = parse_target(line.target)
    start: dt.date | None
    end: dt.date | None
    if line.months is not None:
        start = add_months(today, line.months[0])
        end = add_months(today, line.months[1]) - dt.timedelta(days=1)
    elif line.rolling:
        start = end = None
    else:
        start, end = period_span(line.period, today)
    return {"title": line.goal_title, "metric": line.metric.value, "target_low": target.low,
            "target_high": target.high, "period": line.period.value, "rolling": line.rolling,
            "starts_on": start, "ends_on": end, "where_filter": line.where,
            "manual_value": 0, "preset": name, "seed": line.quote.seed}  # fmt: skip


@dataclass(frozen=True)
class PresetView:
    name: str
    about: str
    lines: tuple[PresetLine, ...]


def presets() -> list[PresetView]:
    return [PresetView(name, about, lines) for name, (about, lines) in PRESETS.items()]
