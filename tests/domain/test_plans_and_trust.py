"""Planned meetings on the agenda, the rules that close the new tasks, and the trust
equation's inputs (seeds/002), with exact dates."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.agenda_items import Reason, SubjectType
from netgarden.domain.followups import Action, TaskKind, closes, first_two_way
from netgarden.domain.plans import OpenPlan, check_plan_day, plan_pending, plan_uid
from netgarden.domain.trust import Promise, trust
from netgarden.errors import InvalidValue

FRI = dt.date(2026, 12, 4)  # a Friday


def test_a_plan_reaches_the_agenda_on_its_day_and_then_asks_whether_it_happened() -> None:
    plan = OpenPlan(3, "coffee", FRI, 7, "Ada", 1, "roadmap")
    assert plan_pending([plan], FRI - dt.timedelta(days=1)) == []
    (today,) = plan_pending([plan], FRI)
    assert (today.reason, today.subject.type, today.subject.id) == (
        Reason.PLANNED, SubjectType.MEETING, 3
    )  # fmt: skip
    assert today.why == "plan #3: coffee today (and 1 more); roadmap"
    (later,) = plan_pending([plan], FRI + dt.timedelta(days=2))
    assert "did it happen?" in later.why and later.due_on == FRI


def test_a_plan_is_for_a_day_to_come_and_keeps_its_uid() -> None:
    assert check_plan_day(FRI, FRI) == FRI
    with pytest.raises(InvalidValue) as caught:
        check_plan_day(FRI - dt.timedelta(days=1), FRI)
    assert caught.value.field == "on" and "has passed" in caught.value.message
    assert plan_uid(3, 1) == plan_uid(3, 1) == "plan-1-3@netgarden"


def test_an_incoming_message_does_not_close_connect_an_outgoing_one_does() -> None:
    assert not closes(TaskKind.CONNECT, FRI, Action(FRI, "touch", "message", "in"))
    assert closes(TaskKind.CONNECT, FRI, Action(FRI, "touch", "message", "out"))
    assert not closes(TaskKind.CONNECT, FRI, Action(FRI, "touch", "coffee", "mutual"))


def test_a_planned_meeting_after_the_day_closes_schedule_one_on_the_day_does_not() -> None:
    later = FRI + dt.timedelta(days=5)
    assert closes(TaskKind.SCHEDULE_MEETING, FRI, Action(later, "plan", "coffee"))
    assert not closes(TaskKind.SCHEDULE_MEETING, FRI, Action(FRI, "plan", "coffee"))
    assert not closes(TaskKind.SEND_RESOURCES, FRI, Action(later, "plan", "coffee"))


def test_a_promise_closes_only_by_hand_a_thank_you_by_a_message_out() -> None:
    for action in (Action(FRI, "touch", "email", "out"), Action(FRI, "give", "knowledge")):
        assert not closes(TaskKind.PROMISE, FRI, action)
    assert closes(TaskKind.THANK_YOU, FRI, Action(FRI, "touch", "email", "out"))
    assert not closes(TaskKind.THANK_YOU, FRI, Action(FRI, "touch", "email", "in"))
    assert closes(TaskKind.REPORT_BACK, FRI, Action(FRI, "touch", "call", "out"))


def test_a_first_two_way_meeting_logged_within_a_week() -> None:
    assert first_two_way("coffee", "mutual", 0, FRI, FRI)
    assert first_two_way("coffee", "mutual", 0, FRI, FRI + dt.timedelta(days=7))
    assert not first_two_way("coffee", "mutual", 0, FRI, FRI + dt.timedelta(days=8))
    assert not first_two_way("coffee", "mutual", 1, FRI, FRI)
    assert not first_two_way("message", "mutual", 0, FRI, FRI)
    assert not first_two_way("call", "out", 0, FRI, FRI)


def test_reliability_counts_promises_due_in_the_last_year_kept_on_time() -> None:
    promises = [
        Promise(dt.date(2026, 11, 1), dt.date(2026, 10, 30)),  # kept early
        Promise(dt.date(2026, 11, 10), dt.date(2026, 11, 12)),  # late
        Promise(dt.date(2026, 11, 20), None),  # broken
        Promise(dt.date(2025, 11, 1), dt.date(2025, 11, 1)),  # more than a year ago
        Promise(dt.date(2026, 12, 20), None),  # not due yet
    ]
    t = trust(promises, gives=3, asks=1, as_of=dt.date(2026, 12, 1))
    assert (t.promises_due, t.kept_on_time, t.reliability) == (3, 1, 0.333)
    assert t.self_orientation == 0.25
    assert t.composite is None  # no composite unless credibility and intimacy are rated


def test_no_promises_and_no_ledger_is_unknown_not_zero() -> None:
    t = trust([], 0, 0, dt.date(2026, 12, 1))
    assert (t.reliability, t.self_orientation, t.composite) == (None, None, None)


def test_a_composite_only_with_both_ratings() -> None:
    promises = [Promise(dt.date(2026, 11, 1), dt.date(2026, 11, 1))]
    assert trust(promises, 1, 1, dt.date(2026, 12, 1), credibility=8).composite is None
    rated = trust(promises, 1, 1, dt.date(2026, 12, 1), credibility=8, intimacy=6)
    assert rated.composite == round((8 + 10 + 6) / 5.5, 2)
