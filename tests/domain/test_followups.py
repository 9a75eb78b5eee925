"""seeds/002's 24-48-7 rule, what closes each task, and how open tasks reach the agenda."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.agenda import build_agenda, subject_items
from netgarden.domain.agenda_items import Reason, Subject, SubjectType
from netgarden.domain.followups import (
    STEPS,
    Action,
    OpenTask,
    TaskKind,
    closes,
    follow_ups,
    late,
    task_pending,
)
from netgarden.domain.preferences import Preferences

FRIDAY = dt.date(2026, 11, 20)


def test_24_48_7_from_an_event_on_a_friday() -> None:
    assert FRIDAY.strftime("%A") == "Friday"
    assert follow_ups(FRIDAY) == [
        (TaskKind.CONNECT, dt.date(2026, 11, 21)),  # Saturday: 24 hours
        (TaskKind.SEND_RESOURCES, dt.date(2026, 11, 22)),  # Sunday: 48 hours
        (TaskKind.SCHEDULE_MEETING, dt.date(2026, 11, 27)),  # the next Friday: 7 days
    ]


def test_each_step_carries_the_seeds_own_words() -> None:
    words = [step.quote.text for step in STEPS]
    assert words == [
        "24 hours: Send connection requests with personalized messages",
        "48 hours: Email with promised resources or information",
        "7 days: Schedule follow-up meetings or calls",
    ]
    assert {step.quote.seed for step in STEPS} == {"seeds/002"}


def _touch(kind: str, direction: str, days: int = 1) -> Action:
    return Action(FRIDAY + dt.timedelta(days=days), "touch", kind, direction)


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (_touch("message", "out"), True),
        (_touch("email", "out"), True),
        (_touch("message", "out", days=0), True),  # that evening
        (_touch("message", "in"), False),  # an incoming message does not close "connect"
        (_touch("email", "in"), False),
        (_touch("message", "out", days=-1), False),  # before the event
        (_touch("coffee", "mutual"), False),
        (Action(FRIDAY, "give", "knowledge"), False),
    ],
)
def test_connect_closes_on_a_message_to_them(action: Action, expected: bool) -> None:
    assert closes(TaskKind.CONNECT, FRIDAY, action) is expected


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (Action(FRIDAY + dt.timedelta(days=2), "give", "knowledge"), True),
        (Action(FRIDAY + dt.timedelta(days=2), "give", "advice"), False),
        (Action(FRIDAY - dt.timedelta(days=1), "give", "knowledge"), False),
        (_touch("email", "out"), False),
    ],
)
def test_send_resources_closes_on_knowledge_given(action: Action, expected: bool) -> None:
    assert closes(TaskKind.SEND_RESOURCES, FRIDAY, action) is expected


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (_touch("coffee", "mutual", days=5), True),
        (_touch("call", "mutual", days=9), True),
        (_touch("informational-interview", "mutual"), True),
        (_touch("coffee", "mutual", days=0), False),  # the event day itself is not a follow-up
        (_touch("event", "mutual", days=3), False),
        (_touch("message", "out", days=3), False),
    ],
)
def test_schedule_meeting_closes_on_a_meeting_after_the_event(
    action: Action, expected: bool
) -> None:
    assert closes(TaskKind.SCHEDULE_MEETING, FRIDAY, action) is expected


def _task(task_id: int, kind: TaskKind, contact_id: int = 7, name: str = "Ana Lee") -> OpenTask:
    due = dict(follow_ups(FRIDAY))[kind]
    return OpenTask(task_id, kind, contact_id, name, due, FRIDAY, "AI Summit")


def test_one_agenda_item_per_person_listing_the_due_tasks() -> None:
    tasks = [
        _task(1, TaskKind.CONNECT),
        _task(2, TaskKind.SEND_RESOURCES),
        _task(3, TaskKind.SCHEDULE_MEETING),
        _task(4, TaskKind.CONNECT, 8, "Bo Chen"),
    ]
    as_of = dt.date(2026, 11, 23)
    items = subject_items(task_pending(tasks, as_of), as_of)
    assert [(i.contact_id, i.subject) for i in items] == [
        (7, Subject(SubjectType.TASK, 1)),
        (8, Subject(SubjectType.TASK, 4)),
    ]
    ana = items[0]
    assert ana.reason is Reason.FOLLOW_UP
    assert ana.due_on == dt.date(2026, 11, 21) and ana.days_overdue == 2
    assert "task #1 connect" in ana.why and "task #2 send-resources" in ana.why
    assert "task #3" not in ana.why  # not due until the 27th
    assert "after AI Summit on 2026-11-20" in ana.why
    assert "“24 hours: Send connection requests with personalized messages” (seeds/002)" in (
        ana.why
    )


def test_nothing_reaches_the_agenda_before_it_is_due() -> None:
    tasks = [_task(1, TaskKind.CONNECT)]
    assert task_pending(tasks, FRIDAY) == []
    assert len(task_pending(tasks, dt.date(2026, 11, 21))) == 1


def test_a_late_connect_presses_harder_and_ranks_with_the_rest() -> None:
    tasks = [_task(1, TaskKind.CONNECT)]
    on_the_day = subject_items(task_pending(tasks, dt.date(2026, 11, 21)), dt.date(2026, 11, 21))
    a_day_late = subject_items(task_pending(tasks, dt.date(2026, 11, 22)), dt.date(2026, 11, 22))
    assert on_the_day[0].score == 2.0  # the subject weight, on the day it falls due
    assert a_day_late[0].score == 4.0  # its 24-hour window run over once: the most pressing
    ranked = build_agenda([], dt.date(2026, 11, 22), Preferences(), others=a_day_late)
    assert ranked == a_day_late


def test_late_says_how_late() -> None:
    assert late(FRIDAY, FRIDAY) == "due today"
    assert late(FRIDAY, FRIDAY + dt.timedelta(days=1)) == "1 day late"
    assert late(FRIDAY, FRIDAY + dt.timedelta(days=3)) == "3 days late"
    assert late(FRIDAY, FRIDAY - dt.timedelta(days=2)) == "due in 2 days"
