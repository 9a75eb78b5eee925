"""Follow-up tasks: seeds/002's 24-48-7 rule, when a task closes itself, and how open tasks
reach the agenda. Pure: days are arguments.

Meeting someone on day D (at an event) makes three tasks (seeds/002, "The 24-48-7 Rule"):

- ``connect``, due D+1: "24 hours: Send connection requests with personalized messages";
  closed by a message or an email to them (not one from them) on or after D;
- ``send-resources``, due D+2: "48 hours: Email with promised resources or information";
  closed by knowledge given to them (a give of kind ``knowledge``) on or after D;
- ``schedule-meeting``, due D+7: "7 days: Schedule follow-up meetings or calls"; closed by
  a meeting with them (coffee, meeting, call, video, informational interview) after D.

Any task also closes by hand (``done``). Open tasks that are due reach the agenda as one
``follow-up`` item per person, listing that person's due tasks; the item is about the
earliest task (``Subject(task, id)``) and scores by the agenda's one rule, its period the
step's own window (a missed 24-hour request presses twice as hard a day later).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from netgarden.domain.agenda_items import Reason, Subject, SubjectType
from netgarden.domain.agenda_subjects import Pending
from netgarden.domain.seed_texts import (
    FOLLOW_UP_CONNECT,
    FOLLOW_UP_RESOURCES,
    FOLLOW_UP_SCHEDULE,
    RELIABILITY,
    THANK_YOU,
    UPDATE_INTRODUCER,
    Quote,
)


class TaskKind(StrEnum):
    CONNECT = "connect"
    SEND_RESOURCES = "send-resources"
    SCHEDULE_MEETING = "schedule-meeting"
    PROMISE = "promise"  # something I promised someone, by a day (seeds/002: reliability)
    REPORT_BACK = "report-back"  # tell an introducer how it went (seeds/001)
    THANK_YOU = "thank-you"  # after an informational interview, within 48 hours (seeds/001)


# the rule that made a task (kept with it, so a later rule's tasks are told apart)
RULE_24_48_7 = "24-48-7"
RULE_FIRST_MEETING = "first-meeting"  # 24-48-7 after a first two-way meeting, no event
RULE_PROMISE = "promise"
RULE_INTRO = "intro-received"
RULE_INTERVIEW = "interview"
THANK_YOU_DAYS = 2  # seeds/001: "Within 48 hours"
REPORT_BACK_DAYS = 7  # a week after the first two-way touch with the newcomer


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the rule: its task, how many days after the meeting it is due, the
    seed's words for it, and what to do, as the agenda says it."""

    kind: TaskKind
    days: int
    quote: Quote
    action: str


STEPS = (
    Step(TaskKind.CONNECT, 1, FOLLOW_UP_CONNECT,
         "send a connection request with a personalised message"),
    Step(TaskKind.SEND_RESOURCES, 2, FOLLOW_UP_RESOURCES,
         "email the resources or information you promised"),
    Step(TaskKind.SCHEDULE_MEETING, 7, FOLLOW_UP_SCHEDULE,
         "schedule a follow-up meeting or call"),
)  # fmt: skip
STEP = {step.kind: step for step in STEPS}

MESSAGE_KINDS = frozenset({"message", "email"})
MEETING_KINDS = frozenset({"coffee", "meeting", "call", "video", "informational-interview"})


def follow_ups(met_on: dt.date) -> list[tuple[TaskKind, dt.date]]:
    """The tasks meeting someone on ``met_on`` makes, each with its due day."""
    return [(step.kind, met_on + dt.timedelta(days=step.days)) for step in STEPS]


@dataclass(frozen=True, slots=True)
class Action:
    """Something done with a person that may close a task: a touch (``kind`` a touch kind,
    ``direction`` out, in or mutual) or a give (``kind`` a ledger kind)."""

    on: dt.date
    source: str  # "touch" or "give"
    kind: str
    direction: str | None = None


def closes(task: TaskKind, since: dt.date, action: Action) -> bool:
    """Whether ``action`` does what ``task`` asks, for a task made by a meeting on ``since``.
    A planned meeting (``source`` "plan") schedules one; a promise closes only by hand."""
    if action.on < since:
        return False
    outgoing = action.source == "touch" and action.direction != "in"
    if task in (TaskKind.CONNECT, TaskKind.THANK_YOU):
        return outgoing and action.kind in MESSAGE_KINDS
    if task is TaskKind.SEND_RESOURCES:
        return action.source == "give" and action.kind == "knowledge"
    if task is TaskKind.SCHEDULE_MEETING:
        return (
            action.source in ("touch", "plan")
            and action.kind in MEETING_KINDS
            and action.on > since
        )
    if task is TaskKind.REPORT_BACK:
        return outgoing and action.kind != "event"
    return False


# a meeting logged this many days after it happened still makes its tasks; later, every
# step of 24-48-7 (and a 48-hour thank-you) has passed, and tasks would only be noise
FRESH_DAYS = 7


def fresh(on: dt.date, today: dt.date) -> bool:
    """Whether a touch on ``on``, logged ``today``, is recent enough to make tasks."""
    return (today - on).days <= FRESH_DAYS


def first_two_way(
    kind: str, direction: str, earlier_two_way: int, on: dt.date, today: dt.date
) -> bool:
    """Whether a touch is a first two-way meeting with someone, logged within a week (it
    makes the 24-48-7 tasks as meeting them at an event does)."""
    return (
        kind in MEETING_KINDS
        and direction == "mutual"
        and earlier_two_way == 0
        and fresh(on, today)
    )


@dataclass(frozen=True, slots=True)
class OpenTask:
    """An open follow-up task, as the agenda needs it."""

    id: int
    kind: TaskKind
    contact_id: int
    name: str
    due_on: dt.date
    since: dt.date  # the day of the meeting that made it
    event_name: str | None = None
    note: str | None = None


# what the agenda says of tasks no 24-48-7 step made: period (days), action, the seed
OTHER_TASKS = {
    TaskKind.PROMISE: (7, "keep your promise", RELIABILITY),
    TaskKind.REPORT_BACK: (7, "tell them how the introduction went", UPDATE_INTRODUCER),
    TaskKind.THANK_YOU: (2, "thank them for their time and insights", THANK_YOU),
}


def task_period(kind: TaskKind) -> int:
    step = STEP.get(kind)
    return step.days if step else OTHER_TASKS[kind][0]


def task_action(kind: TaskKind) -> str:
    step = STEP.get(kind)
    return step.action if step else OTHER_TASKS[kind][1]


def task_quote(kind: TaskKind) -> Quote:
    step = STEP.get(kind)
    return step.quote if step else OTHER_TASKS[kind][2]


def late(due_on: dt.date, as_of: dt.date) -> str:
    """``due today``, ``1 day late``, ``due in 2 days``."""
    days = (as_of - due_on).days
    if days == 0:
        return "due today"
    if days > 0:
        return f"{days} day{'s' if days != 1 else ''} late"
    return f"due in {-days} day{'s' if days != -1 else ''}"


def task_pending(tasks: Iterable[OpenTask], as_of: dt.date) -> list[Pending]:
    """One pending follow-up per person with tasks due by ``as_of`` (for ``subject_items``)."""
    by_person: dict[int, list[OpenTask]] = {}
    for task in tasks:
        if task.due_on <= as_of:
            by_person.setdefault(task.contact_id, []).append(task)
    pending = []
    for contact_id, due in sorted(by_person.items()):
        due.sort(key=lambda t: (t.due_on, t.id))
        first = due[0]
        pending.append(
            Pending(
                subject=Subject(SubjectType.TASK, first.id),
                contact_id=contact_id,
                name=first.name,
                due_on=first.due_on,
                period=task_period(first.kind),
                why=_why(due, as_of),
                reason=Reason.FOLLOW_UP,
            )
        )
    return pending


def _why(due: list[OpenTask], as_of: dt.date) -> str:
    first = due[0]
    steps = "; ".join(
        f"task #{t.id} {t.kind.value}: {_action(t)} ({late(t.due_on, as_of)})" for t in due
    )
    quote = task_quote(first.kind).cited()
    if first.kind not in STEP:
        return f"{steps} — {quote}"
    where = f"after {first.event_name}" if first.event_name else "after meeting"
    return f"24-48-7 {where} on {first.since.isoformat()}: {steps} — {quote}"


def _action(task: OpenTask) -> str:
    if task.kind is TaskKind.PROMISE and task.note:
        return f"{task_action(task.kind)}: {task.note}"
    return task_action(task.kind)
