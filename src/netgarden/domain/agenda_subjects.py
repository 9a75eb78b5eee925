"""Agenda items about subjects other than a contact: an introduction waiting too long in its
state, a task, a planned meeting. Each names the person to act with and scores by the same
rule as a contact's item (``domain.agenda_items``), weighing ``SUBJECT_WEIGHT``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from netgarden.domain.agenda_contacts import plural
from netgarden.domain.agenda_items import (
    SUBJECT_WEIGHT,
    AgendaItem,
    Reason,
    Subject,
    SubjectType,
    overdue_pressure,
    score,
)
from netgarden.domain.values import Circle


@dataclass(frozen=True, slots=True)
class Pending:
    """Something that asks for action from ``due_on``: it reaches the agenda that day and
    presses harder until it has waited ``period`` days more."""

    subject: Subject
    contact_id: int  # the person to act with
    name: str
    due_on: dt.date
    period: int
    why: str
    reason: Reason = Reason.FOLLOW_UP


def subject_items(pending: Iterable[Pending], as_of: dt.date) -> list[AgendaItem]:
    """The pending subjects due by ``as_of``, as agenda items."""
    items = []
    for thing in pending:
        over = (as_of - thing.due_on).days
        if over < 0:
            continue
        items.append(
            AgendaItem(
                contact_id=thing.contact_id,
                name=thing.name,
                company=None,
                circle=Circle.NONE,
                reason=thing.reason,
                why=thing.why,
                score=score(SUBJECT_WEIGHT, overdue_pressure(over, thing.period)),
                due_on=thing.due_on,
                days_overdue=over,
                subject=thing.subject,
            )
        )
    return items


@dataclass(frozen=True, slots=True)
class PendingIntro:
    """An introduction I am making that has not finished, as the agenda needs it."""

    id: int
    state: str
    waited_days: int  # since it entered its state
    wait_days: int  # how long that state may wait (FOLLOW_UP_AFTER)
    act_with: int  # the contact to act with now
    act_with_name: str
    other_name: str


_FOLLOW_UP_ACTION = {
    "proposed": "ask {who} whether they would like to meet {other}",
    "asked-a": "{who} has not answered about meeting {other}; follow up",
    "asked-b": "{other} said yes; {who} has not answered, follow up",
    "made": "ask {who} how meeting {other} went",
}


def follow_up_items(pending: Iterable[PendingIntro], as_of: dt.date) -> list[AgendaItem]:
    """Introductions that have waited past their state's limit, as agenda items."""
    return subject_items((_as_pending(intro, as_of) for intro in pending), as_of)


def _as_pending(intro: PendingIntro, as_of: dt.date) -> Pending:
    who, other = intro.act_with_name, intro.other_name
    action = _FOLLOW_UP_ACTION.get(intro.state, "follow up").format(who=who, other=other)
    why = (
        f"introduction #{intro.id} {intro.state} for {plural(intro.waited_days, 'day')} "
        f"(follow up after {intro.wait_days}): {action}"
    )
    since = as_of - dt.timedelta(days=intro.waited_days)
    return Pending(
        subject=Subject(SubjectType.INTRODUCTION, intro.id),
        contact_id=intro.act_with,
        name=who,
        due_on=since + dt.timedelta(days=intro.wait_days),
        period=intro.wait_days,
        why=why,
    )
