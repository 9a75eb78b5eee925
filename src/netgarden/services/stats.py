"""The network's numbers for the dashboard: circles against 150-50-15, touches per month,
overdue or lapsed by circle (every one of them, not only the few the agenda suggests)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from netgarden.domain.agenda import AgendaItem, Reason
from netgarden.domain.values import CIRCLE_TARGETS, Circle
from netgarden.services.agenda import agenda
from netgarden.services.database import Unit


@dataclass(frozen=True)
class Stats:
    circles: dict[str, int]
    targets: dict[str, int]
    touches_per_month: dict[str, int]
    overdue_by_circle: dict[str, int]
    contacts: int
    touches: int


def network_stats(
    unit: Unit, today: dt.date, months: int = 24, every_item: list[AgendaItem] | None = None
) -> Stats:
    """``every_item``: the day's agenda with every lapsed tie, when a cache has it."""
    circles = {c.value: 0 for c in Circle}
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
    if every_item is None:
        every_item = agenda(unit, today, limit=None, every_lapsed=True)
    for item in every_item:
        if item.reason in (Reason.OVERDUE, Reason.LAPSED):
            overdue[item.circle.value] += 1
    return Stats(
        circles=circles,
        targets={c.value: target for c, target in CIRCLE_TARGETS.items()},
        touches_per_month={label: per_month.get(label, 0) for label in labels},
        overdue_by_circle={c.value: overdue.get(c.value, 0) for c in Circle},
        contacts=sum(circles.values()),
        touches=unit.touches.count(),
    )
