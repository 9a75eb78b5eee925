"""The network's numbers for the dashboard: circles against 150-50-15, touches per month,
overdue or lapsed by circle (every one of them, not only the few the agenda suggests)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from netgarden.domain.agenda import Reason
from netgarden.services.agenda import AgendaCache, agenda
from netgarden.services.database import Unit

CIRCLE_TARGETS = {"inner": 15, "middle": 50, "outer": 150}


@dataclass(frozen=True)
class Stats:
    circles: dict[str, int]
    targets: dict[str, int]
    touches_per_month: dict[str, int]
    overdue_by_circle: dict[str, int]
    contacts: int
    touches: int


def network_stats(
    unit: Unit, today: dt.date, months: int = 24, cache: AgendaCache | None = None
) -> Stats:
    """The dashboard's numbers; the agenda's counts come from ``cache`` when given (the web
    app's, which the Today page shares) instead of being computed again."""
    circles = {c: 0 for c in ("inner", "middle", "outer", "none")}
    circles.update(unit.contacts.circle_counts())
    start = (today.replace(day=1) - dt.timedelta(days=31 * (months - 1))).replace(day=1)
    per_month: Counter[str] = Counter()
    for day, count in unit.touches.per_day(start, today):
        per_month[day.strftime("%Y-%m")] += count
    labels = []
    month = start
    while month <= today:
        labels.append(month.strftime("%Y-%m"))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    overdue: Counter[str] = Counter()
    items = (
        cache.get(unit, today, every_lapsed=True)
        if cache is not None
        else agenda(unit, today, limit=None, every_lapsed=True)
    )
    for item in items:
        if item.reason in (Reason.OVERDUE, Reason.LAPSED):
            overdue[item.circle.value] += 1
    return Stats(
        circles=circles,
        targets=CIRCLE_TARGETS,
        touches_per_month={label: per_month.get(label, 0) for label in labels},
        overdue_by_circle={c: overdue.get(c, 0) for c in ("inner", "middle", "outer", "none")},
        contacts=sum(circles.values()),
        touches=unit.touches.count(),
    )
