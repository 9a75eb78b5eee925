"""Planned meetings: a coffee, a call or a meeting set for a day to come (seeds/002:
"Schedule one coffee meeting"; seeds/001: "Calendar scheduling"). Pure: ``today`` is an
argument.

A plan is not a touch: it resets nobody's cadence until it is confirmed (a touch logged for
it). It reaches the agenda on its day (reason ``planned``); once its day has passed it asks
"did it happen?" until it is confirmed or cancelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from netgarden.domain.agenda_items import Reason, Subject, SubjectType
from netgarden.domain.agenda_subjects import Pending
from netgarden.domain.values import TouchKind
from netgarden.errors import InvalidValue

PLAN_KINDS = (
    TouchKind.COFFEE, TouchKind.MEETING, TouchKind.CALL, TouchKind.VIDEO,
    TouchKind.INFORMATIONAL_INTERVIEW, TouchKind.OTHER,
)  # fmt: skip
PERIOD = 7  # a passed plan presses harder for a week, then stays at its most pressing
MOST_PEOPLE = 50


class PlanStatus(StrEnum):
    PLANNED = "planned"
    HAPPENED = "happened"
    CANCELLED = "cancelled"


def check_plan_day(on: dt.date, today: dt.date, field: str = "on") -> dt.date:
    """A plan is for today or a day to come; a meeting that happened is logged instead."""
    if on < today:
        raise InvalidValue(
            field,
            f"{on.isoformat()} has passed; a plan is for a day to come (log a meeting that "
            "happened instead)",
        )
    return on


def check_plan_kind(kind: TouchKind, field: str = "kind") -> TouchKind:
    if kind not in PLAN_KINDS:
        accepted = ", ".join(k.value for k in PLAN_KINDS)
        raise InvalidValue(
            field, f"{kind.value!r} is not a meeting to plan; use one of: {accepted}"
        )
    return kind


def check_confirm(status: PlanStatus, planned_on: dt.date, on: dt.date) -> None:
    """A plan is confirmed once, on or after its day."""
    if status is not PlanStatus.PLANNED:
        raise InvalidValue("planned", f"that plan is {status.value} already; nothing to confirm")
    if on < planned_on:
        raise InvalidValue(
            "on", f"the plan is for {planned_on.isoformat()}; confirm it on or after that day"
        )


@dataclass(frozen=True, slots=True)
class OpenPlan:
    """A plan not yet confirmed or cancelled, as the agenda needs it (one per person)."""

    id: int
    kind: str
    planned_on: dt.date
    contact_id: int
    name: str
    others: int  # how many more people are in it
    note: str | None = None


def plan_pending(plans: Iterable[OpenPlan], as_of: dt.date) -> list[Pending]:
    """Plans on or before ``as_of`` that nobody confirmed: on the day, "planned"; after it,
    "did it happen?". One item per plan, about its first person."""
    pending = []
    for plan in plans:
        if plan.planned_on > as_of:
            continue
        with_whom = f" (and {plan.others} more)" if plan.others else ""
        if plan.planned_on == as_of:
            why = f"plan #{plan.id}: {plan.kind} today{with_whom}"
        else:
            why = (
                f"plan #{plan.id}: {plan.kind} on {plan.planned_on.isoformat()}{with_whom} — "
                f"did it happen? Confirm it (log it as plan {plan.id}) or cancel it"
            )
        if plan.note:
            why += f"; {plan.note}"
        pending.append(
            Pending(
                subject=Subject(SubjectType.MEETING, plan.id),
                contact_id=plan.contact_id,
                name=plan.name,
                due_on=plan.planned_on,
                period=PERIOD,
                why=why,
                reason=Reason.PLANNED,
            )
        )
    return pending


def plan_uid(plan_id: int, workspace_id: int) -> str:
    """The plan's UID in a calendar: the same on every export."""
    return f"plan-{workspace_id}-{plan_id}@netgarden"
