"""Planned meetings and the task rules beyond an event's 24-48-7, through the services on a
real database: a plan is on the agenda on its day, asks whether it happened after, resets
the cadence only once confirmed and sits in the ICS export with a stable UID; a first
two-way meeting makes the three tasks; an imported outgoing message closes "connect"; a
plan after the day closes "schedule"; a received introduction waits for the newcomer; an
interview makes a thank-you due in 48 hours; promises make reliability."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.errors import InvalidValue
from netgarden.services.agenda import agenda
from netgarden.services.contacts import ContactInput, add_contact, show_contact
from netgarden.services.database import Unit
from netgarden.services.events import tasks_of
from netgarden.services.followups import complete_task, open_tasks_for, touches_imported
from netgarden.services.introductions import introduced_to_me
from netgarden.services.plans import calendar_plans, cancel_plan, confirm_plan, make_plan
from netgarden.services.promises import trust_of
from netgarden.services.task_rules import promise
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY

DAY = dt.timedelta(days=1)


def _people(unit: Unit, *names: str) -> list[int]:
    return [add_contact(unit, ContactInput(name=n, circle="middle"), NOW, TODAY) for n in names]


def _reasons(unit: Unit, as_of: dt.date) -> list[tuple[str, str, int]]:
    return [(i.reason.value, i.about.type.value, i.about.id) for i in agenda(unit, as_of, None)
            if i.reason.value in ("planned", "follow-up")]  # fmt: skip


def test_a_plan_on_the_agenda_then_did_it_happen_then_confirmed(unit: Unit) -> None:
    ada, grace = _people(unit, "Ada Lovelace", "Grace Hopper")
    on = TODAY + 3 * DAY
    plan = make_plan(unit, [ada, grace], "coffee", on.isoformat(), "roadmap", TODAY, NOW)
    assert (plan.kind, plan.on, plan.status, [c for c, _ in plan.people]) == (
        "coffee", on, "planned", [ada, grace]
    )  # fmt: skip
    assert _reasons(unit, on - DAY) == []
    assert _reasons(unit, on) == [("planned", "meeting", plan.id)]
    (later,) = [i for i in agenda(unit, on + 2 * DAY, None) if i.reason.value == "planned"]
    assert "did it happen?" in later.why
    # not a touch: nobody's cadence moved
    assert show_contact(unit, ada, TODAY).last_touch_on is None
    with pytest.raises(InvalidValue) as early:
        confirm_plan(unit, plan.id, None, None, None, TODAY, NOW)
    assert early.value.field == "on"
    done = confirm_plan(unit, plan.id, None, None, None, on + DAY, NOW)
    assert done.plan.status == "happened" and done.plan.touch_id == done.touch_id
    assert show_contact(unit, ada, on + DAY).last_touch_on == on
    after = _reasons(unit, on + 2 * DAY)
    assert [r for r in after if r[0] == "planned"] == []
    assert after and {r[0] for r in after} == {"follow-up"}  # a first coffee: 24-48-7


def test_plans_in_the_calendar_with_a_stable_uid_until_cancelled(unit: Unit) -> None:
    (ada,) = _people(unit, "Ada Lovelace")
    plan = make_plan(unit, [ada], "call", (TODAY + DAY).isoformat(), None, TODAY, NOW)
    (first,) = calendar_plans(unit)
    (again,) = calendar_plans(unit)
    assert first.uid == again.uid == f"plan-{unit.workspace_id}-{plan.id}@netgarden"
    assert (first.on, first.title) == (TODAY + DAY, "Call with Ada Lovelace")
    cancel_plan(unit, plan.id, NOW)
    assert calendar_plans(unit) == []


@pytest.mark.parametrize(
    ("kind", "on", "field"),
    [("coffee", "2020-01-01", "on"), ("message", "tomorrow", "kind"), ("coffee", "", "on")],
)
def test_a_plan_refuses_a_past_day_and_a_touch_that_is_no_meeting(
    unit: Unit, kind: str, on: str, field: str
) -> None:
    (ada,) = _people(unit, "Ada Lovelace")
    with pytest.raises(InvalidValue) as caught:
        make_plan(unit, [ada], kind, on, None, TODAY, NOW)
    assert caught.value.field == field


def test_a_first_two_way_meeting_makes_the_three_tasks_once(unit: Unit) -> None:
    (ada,) = _people(unit, "Ada Lovelace")
    log_touch(unit, [ada], TouchInput("message", direction="in"), NOW, TODAY)
    assert tasks_of(unit) == []  # one-way: not a meeting
    log_touch(unit, [ada], TouchInput("coffee", on=(TODAY - DAY).isoformat()), NOW, TODAY)
    made = tasks_of(unit)
    assert [(t.kind, t.due_on - t.since, t.rule) for t in made] == [
        ("connect", DAY, "first-meeting"), ("send-resources", 2 * DAY, "first-meeting"),
        ("schedule-meeting", 7 * DAY, "first-meeting"),
    ]  # fmt: skip
    log_touch(unit, [ada], TouchInput("coffee"), NOW, TODAY)
    assert len(tasks_of(unit)) == 3  # the second meeting makes nothing (and schedules one)
    assert [t.kind for t in open_tasks_for(unit, ada)] == ["connect", "send-resources"]


def test_undoing_a_first_meeting_takes_its_tasks_away(unit: Unit) -> None:
    from netgarden.services.undo import undo_touch

    x, y = _people(unit, "Xavier Introducer", "Yara Newcomer")
    introduced_to_me(unit, x, y, TODAY, NOW)
    coffee = log_touch(unit, [y], TouchInput("coffee"), NOW, TODAY)
    assert {t.kind for t in tasks_of(unit)} == {"connect", "send-resources",
                                                "schedule-meeting", "report-back"}  # fmt: skip
    undo_touch(unit, coffee.id)
    (waiting,) = tasks_of(unit)
    assert (waiting.kind, waiting.waiting) == ("report-back", True)


def test_an_imported_outgoing_message_closes_connect_an_incoming_one_does_not(
    unit: Unit,
) -> None:
    (ada,) = _people(unit, "Ada Lovelace")
    log_touch(unit, [ada], TouchInput("coffee"), NOW, TODAY)
    assert touches_imported(unit, [(900, ada, TODAY.isoformat(), "message", "in")]) == []
    (closed,) = touches_imported(unit, [(901, ada, TODAY + DAY, "message", "out")])
    task = next(t for t in tasks_of(unit) if t.id == closed)
    assert (task.kind, task.done_on, task.done_by) == ("connect", TODAY + DAY, "touch #901")


def test_a_plan_after_the_day_closes_schedule_meeting(unit: Unit) -> None:
    (ada,) = _people(unit, "Ada Lovelace")
    log_touch(unit, [ada], TouchInput("coffee"), NOW, TODAY)
    plan = make_plan(unit, [ada], "call", (TODAY + 4 * DAY).isoformat(), None, TODAY, NOW)
    schedule = next(t for t in tasks_of(unit) if t.kind == "schedule-meeting")
    assert (schedule.done_on, schedule.done_by) == (TODAY, f"plan #{plan.id}")


def test_a_received_introduction_waits_for_the_newcomer_then_is_due_a_week_later(
    unit: Unit,
) -> None:
    x, y = _people(unit, "Xavier Introducer", "Yara Newcomer")
    introduced_to_me(unit, x, y, TODAY, NOW)
    (task,) = tasks_of(unit, contact_id=x)
    assert (task.kind, task.about_id, task.waiting) == ("report-back", y, True)
    assert _reasons(unit, TODAY + 30 * DAY) == []  # waiting: not on the agenda
    log_touch(unit, [x], TouchInput("call", direction="out"), NOW, TODAY)
    assert tasks_of(unit, contact_id=x)[0].done_on is None  # waiting: not closed either
    met = TODAY + 2 * DAY
    log_touch(unit, [y], TouchInput("coffee", on=met.isoformat()), NOW, met)
    (task,) = tasks_of(unit, contact_id=x)
    assert (task.since, task.due_on, task.waiting) == (met, met + 7 * DAY, False)
    assert ("follow-up", "task", task.id) in _reasons(unit, met + 7 * DAY)
    received = [e for e in unit.ledger.entries(x) if e.entry_type == "receive"]
    assert [e.kind for e in received] == ["introduction"]


def test_an_informational_interview_makes_a_thank_you_due_in_48_hours(unit: Unit) -> None:
    (ada,) = _people(unit, "Ada Lovelace")
    log_touch(unit, [ada], TouchInput("informational-interview"), NOW, TODAY)
    (thanks,) = [t for t in tasks_of(unit) if t.kind == "thank-you"]
    assert thanks.due_on == TODAY + 2 * DAY
    log_touch(unit, [ada], TouchInput("email", direction="out"), NOW, TODAY)
    assert next(t for t in tasks_of(unit) if t.id == thanks.id).done_on == TODAY


def test_promises_make_reliability_and_the_ledger_self_orientation(unit: Unit) -> None:
    (ada,) = _people(unit, "Ada Lovelace")
    kept = promise(unit, ada, "send the deck", (TODAY + DAY).isoformat(), TODAY, NOW)
    promise(unit, ada, "intro to Grace", (TODAY + 2 * DAY).isoformat(), TODAY, NOW)
    assert (kept.kind, kept.note, kept.due_on) == ("promise", "send the deck", TODAY + DAY)
    complete_task(unit, kept.id, TODAY)
    t = trust_of(unit, ada, TODAY + 5 * DAY)
    assert (t.promises_due, t.kept_on_time, t.reliability, t.composite) == (2, 1, 0.5, None)
    with pytest.raises(InvalidValue) as caught:
        promise(unit, ada, "late", (TODAY - DAY).isoformat(), TODAY, NOW)
    assert caught.value.field == "by"
