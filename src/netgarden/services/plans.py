"""Planned meetings (domain.plans): making one, listing them, cancelling one, confirming
one with a logged touch, and their place on the agenda and in a calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netgarden.domain.agenda import AgendaItem, subject_items
from netgarden.domain.followups import Action
from netgarden.domain.normalize import clean_text
from netgarden.domain.plans import (
    MOST_PEOPLE,
    OpenPlan,
    PlanStatus,
    check_confirm,
    check_plan_day,
    check_plan_kind,
    plan_pending,
    plan_uid,
)
from netgarden.domain.values import check_day, check_length, parse_date, parse_kind
from netgarden.errors import InvalidValue, NotFound
from netgarden.services.lookup import require_contact

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


@dataclass(frozen=True)
class PlanView:
    """A planned meeting as every surface shows it."""

    id: int
    kind: str
    on: dt.date
    note: str | None
    status: str
    touch_id: int | None
    people: tuple[tuple[int, str], ...]  # (contact id, name)

    @property
    def names(self) -> str:
        return ", ".join(name for _, name in self.people)

    def asks_whether_it_happened(self, as_of: dt.date) -> bool:
        return self.status == PlanStatus.PLANNED.value and self.on < as_of


def make_plan(
    unit: Unit, contact_ids: Sequence[int], kind: str, on: str | None, note: str | None,
    today: dt.date, now: dt.datetime,
) -> PlanView:  # fmt: skip
    """Plan a meeting with these people on a day to come. It schedules the follow-up
    meeting a 24-48-7 rule asked for (the ``schedule-meeting`` tasks close today)."""
    people = list(dict.fromkeys(contact_ids))
    if not people:
        raise InvalidValue("contact_ids", "name at least one person to meet")
    if len(people) > MOST_PEOPLE:
        raise InvalidValue("contact_ids", f"{len(people)} people; plan with at most {MOST_PEOPLE}")
    for contact_id in people:
        require_contact(unit, contact_id)
    meeting = check_plan_kind(parse_kind(kind))
    if not on or not on.strip():
        raise InvalidValue("on", "a plan needs a day; use YYYY-MM-DD, today or tomorrow")
    day = check_plan_day(check_day(parse_date(on, today, "on"), "on"), today)
    text = check_length("note", clean_text(note))
    plan_id = unit.plans.insert(meeting.value, day, text, people, now)
    from netgarden.services.followups import close_matching

    close_matching(unit, people, Action(day, "plan", meeting.value), f"plan #{plan_id}", today)
    return plan_view(unit, plan_id)


def plan_view(unit: Unit, plan_id: int) -> PlanView:
    plan = unit.plans.get(plan_id)
    if plan is None:
        raise NotFound("plan", plan_id)
    people = unit.plans.people([plan_id]).get(plan_id, [])
    return PlanView(plan.id, plan.kind, plan.planned_on, plan.note, plan.status,
                    plan.touch_id, tuple(people))  # fmt: skip


def list_plans(
    unit: Unit, status: str | None = None, contact_id: int | None = None
) -> list[PlanView]:
    """Plans by day; ``status`` (planned, happened, cancelled) and a contact keep some."""
    wanted = _status(status).value if status else None
    rows = unit.plans.listing(wanted, contact_id)
    people = unit.plans.people([r.id for r in rows]) if rows else {}
    return [
        PlanView(r.id, r.kind, r.planned_on, r.note, r.status, r.touch_id,
                 tuple(people.get(r.id, [])))
        for r in rows
    ]  # fmt: skip


def cancel_plan(unit: Unit, plan_id: int, now: dt.datetime) -> PlanView:
    """It did not happen (or will not): off the agenda and the calendar."""
    plan = plan_view(unit, plan_id)
    if plan.status != PlanStatus.PLANNED.value:
        raise InvalidValue("planned", f"that plan is {plan.status} already; nothing to cancel")
    unit.plans.update(plan_id, {"status": PlanStatus.CANCELLED.value}, now)
    return plan_view(unit, plan_id)


@dataclass(frozen=True)
class Confirmed:
    plan: PlanView
    touch_id: int


def confirm_plan(
    unit: Unit, plan_id: int, kind: str | None, on: str | None, note: str | None,
    today: dt.date, now: dt.datetime,
) -> Confirmed:  # fmt: skip
    """It happened: a touch is logged with the plan's people (its kind and day unless
    given), which resets their cadence; the plan is ``happened``."""
    from netgarden.services.touches import TouchInput, log_touch

    plan = plan_view(unit, plan_id)
    day = parse_date(on, today, "on") if on else min(plan.on, today)
    check_confirm(PlanStatus(plan.status), plan.on, day)
    data = TouchInput(kind or plan.kind, day.isoformat(), None, note or plan.note, None)
    logged = log_touch(unit, [c for c, _ in plan.people], data, now, today)
    unit.plans.update(plan_id, {"status": PlanStatus.HAPPENED.value, "touch_id": logged.id}, now)
    return Confirmed(plan_view(unit, plan_id), logged.id)


def plan_items(unit: Unit | ReadUnit, as_of: dt.date) -> list[AgendaItem]:
    """Plans on their day, and passed ones asking whether they happened."""
    rows = unit.plans.planned_until(as_of)
    if not rows:
        return []
    people = unit.plans.people([r.id for r in rows])
    open_plans = []
    for r in rows:
        who = people.get(r.id, [])
        if who:
            first_id, first_name = who[0]
            open_plans.append(
                OpenPlan(r.id, r.kind, r.planned_on, first_id, first_name, len(who) - 1, r.note)
            )
    return subject_items(plan_pending(open_plans, as_of), as_of)


@dataclass(frozen=True)
class CalendarPlan:
    """A plan as a calendar shows it: a stable UID, its day, a title and a description."""

    uid: str
    on: dt.date
    title: str
    description: str


def calendar_plans(unit: Unit) -> list[CalendarPlan]:
    """Every plan still to happen or not yet confirmed (the ICS export and the calendar
    feed use it)."""
    return [
        CalendarPlan(
            plan_uid(p.id, unit.workspace_id),
            p.on,
            f"{p.kind.capitalize()} with {p.names}",
            p.note or f"Planned in netgarden (plan #{p.id})",
        )
        for p in list_plans(unit, PlanStatus.PLANNED.value)
    ]


def _status(value: str) -> PlanStatus:
    try:
        return PlanStatus(value.strip().lower())
    except ValueError:
        accepted = ", ".join(s.value for s in PlanStatus)
        raise InvalidValue("status", f"{value!r} is not accepted; use one of: {accepted}") from None
