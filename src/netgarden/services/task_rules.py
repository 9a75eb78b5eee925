"""Tasks made by rules other than meeting someone at an event: a first two-way meeting
(seeds/002's 24-48-7 again), a promise with a day (seeds/002: reliability), a report-back to
whoever introduced me (seeds/001), a thank-you after an informational interview (seeds/001:
within 48 hours)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from netgarden.domain.followups import (
    REPORT_BACK_DAYS,
    RULE_FIRST_MEETING,
    RULE_INTERVIEW,
    RULE_INTRO,
    RULE_PROMISE,
    THANK_YOU_DAYS,
    TaskKind,
    first_two_way,
    fresh,
)
from netgarden.domain.normalize import clean_text
from netgarden.domain.values import TouchKind, check_day, check_length, parse_date
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.events import TaskView
from netgarden.services.lookup import require_contact


def tasks_after_touch(
    unit: Unit, touch_id: int, people: Sequence[int], kind: str, direction: str,
    on: dt.date, now: dt.datetime, today: dt.date,
) -> list[int]:  # fmt: skip
    """The tasks a touch logged ``today`` asks for; their ids."""
    from netgarden.services.followups import make_follow_ups

    made: list[int] = []
    if direction == "mutual":
        earlier = unit.tasks.two_way_before(people, touch_id)
        for contact_id in people:
            if first_two_way(kind, direction, earlier[contact_id], on, today):
                made += make_follow_ups(
                    unit, contact_id, None, on, now, RULE_FIRST_MEETING, touch_id
                )
        for task_id, _ in unit.tasks.waiting_report_backs(people):
            unit.tasks.start(task_id, touch_id, on, on + dt.timedelta(days=REPORT_BACK_DAYS))
    if kind == TouchKind.INFORMATIONAL_INTERVIEW.value and fresh(on, today):
        rows = [
            {"kind": TaskKind.THANK_YOU.value, "rule": RULE_INTERVIEW, "contact_id": c,
             "event_id": None, "since": on, "due_on": on + dt.timedelta(days=THANK_YOU_DAYS),
             "touch_id": touch_id}
            for c in people
        ]  # fmt: skip
        made += unit.tasks.insert_many(rows, now)
    return made


def promise(
    unit: Unit, contact_id: int, text: str, by: str, today: dt.date, now: dt.datetime
) -> TaskView:
    """A promise to someone, kept by a day: a task that closes by hand (``done``)."""
    from netgarden.services.followups import task_view

    require_contact(unit, contact_id)
    words = check_length("text", clean_text(text, multiline=False))
    if not words:
        raise InvalidValue("text", "say what you promised")
    if not by.strip():
        raise InvalidValue("by", "a promise needs a day; use YYYY-MM-DD, today or tomorrow")
    due = check_day(parse_date(by, today, "by"), "by")
    if due < today:
        raise InvalidValue("by", f"{due.isoformat()} has passed; promise a day to come")
    row = {"kind": TaskKind.PROMISE.value, "rule": RULE_PROMISE, "contact_id": contact_id,
           "event_id": None, "since": today, "due_on": due, "note": words}  # fmt: skip
    (task_id,) = unit.tasks.insert_many([row], now)
    return task_view(unit, task_id)


def intro_received(
    unit: Unit, introducer: int, newcomer: int, newcomer_name: str, today: dt.date,
    now: dt.datetime,
) -> int:  # fmt: skip
    """X introduced me to Y: a ``receive introduction`` entry for X, and a report-back task
    for X that waits for my first two-way touch with Y (then it is due a week later)."""
    unit.ledger.insert(
        contact_id=introducer, entry_type="receive", kind="introduction",
        note=f"introduced me to {newcomer_name}", occurred_on=today, now=now,
    )  # fmt: skip
    row = {"kind": TaskKind.REPORT_BACK.value, "rule": RULE_INTRO, "contact_id": introducer,
           "event_id": None, "since": today,
           "due_on": today + dt.timedelta(days=REPORT_BACK_DAYS), "about_id": newcomer,
           "note": f"how meeting {newcomer_name} went"}  # fmt: skip
    (task_id,) = unit.tasks.insert_many([row], now)
    return task_id
