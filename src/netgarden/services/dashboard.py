"""The dashboard's overview: circles against their targets, touches per week, how often my
messages are answered, value given against asked, and who is overdue in each circle. Each
figure names the people behind it (``people``), so a chart can link through to them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netgarden.domain.agenda import AgendaItem, Reason
from netgarden.domain.values import CIRCLE_TARGETS, Circle
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit

WEEKS = 12
LEDGER_TYPES = ("give", "receive", "ask")
PEOPLE = ("week", "unanswered", "ledger")  # the filters /contacts takes from the dashboard


@dataclass(frozen=True)
class CircleFigure:
    circle: str
    people: int
    target: int | None
    overdue: int


@dataclass(frozen=True)
class Dashboard:
    circles: list[CircleFigure]
    weeks: list[tuple[dt.date, int]]  # each week's Monday and its touches, oldest first
    answered: int
    awaited: int
    ledger: dict[str, int]  # give, receive, ask over the same weeks
    contacts: int
    touches: int

    @property
    def response_rate(self) -> int | None:
        """Per cent of my outgoing touches answered, when any reply is known."""
        return round(100 * self.answered / self.awaited) if self.awaited else None


def first_week(today: dt.date, weeks: int = WEEKS) -> dt.date:
    """The Monday ``weeks - 1`` weeks before this week's."""
    return today - dt.timedelta(days=today.weekday() + 7 * (weeks - 1))


def dashboard(unit: Unit, today: dt.date, every_item: list[AgendaItem]) -> Dashboard:
    """``every_item``: the day's agenda with every lapsed tie (the overdue per circle)."""
    counts = {c.value: 0 for c in Circle}
    counts.update(unit.contacts.circle_counts())
    overdue = {c.value: 0 for c in Circle}
    for item in every_item:
        if item.reason in (Reason.OVERDUE, Reason.LAPSED):
            overdue[item.circle.value] += 1
    targets = {c.value: t for c, t in CIRCLE_TARGETS.items()}
    start = first_week(today)
    per_week = dict.fromkeys((start + dt.timedelta(weeks=n) for n in range(WEEKS)), 0)
    for day, count in unit.touches.per_day(start, today):
        per_week[day - dt.timedelta(days=day.weekday())] += count
    answered, awaited = unit.touches.replies(start, today)
    ledger = {t: 0 for t in LEDGER_TYPES}
    ledger.update(unit.ledger.type_counts(start))
    return Dashboard(
        circles=[CircleFigure(c, counts[c], targets.get(c), overdue[c]) for c in counts],
        weeks=list(per_week.items()),
        answered=answered,
        awaited=awaited,
        ledger=ledger,
        contacts=sum(counts.values()),
        touches=unit.touches.count(),
    )


def people_behind(unit: Unit, today: dt.date, *, week: str = "", unanswered: bool = False,
                  ledger: str = "") -> set[int] | None:  # fmt: skip
    """The people behind one figure of the dashboard: touched in the week starting ``week``
    (an ISO Monday), whose outgoing touch went unanswered these twelve weeks, or with a
    ``ledger`` entry (give, receive, ask) in them. ``None`` when no figure is asked."""
    start = first_week(today)
    if week:
        monday = _monday(week)
        return unit.touches.contacts_touched(monday, monday + dt.timedelta(days=6))
    if unanswered:
        return unit.touches.contacts_touched(start, today, unanswered=True)
    if ledger:
        if ledger not in LEDGER_TYPES:
            raise InvalidValue("ledger", f"{ledger[:20]!r}: use one of {', '.join(LEDGER_TYPES)}")
        return unit.ledger.contacts_with(ledger, start)
    return None


def _monday(week: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(week)
    except ValueError:
        raise InvalidValue("week", f"{week[:20]!r} is not a date; give the week's Monday") from None
    return day - dt.timedelta(days=day.weekday())
