"""People met at an event, and their 24-48-7 follow-up tasks (domain.followups): making
them, closing them when the matching action is logged or by hand, and putting the open ones
on the agenda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netgarden.domain.agenda import AgendaItem, subject_items
from netgarden.domain.events import EventStatus, PersonRole, status_after_meeting
from netgarden.domain.followups import (
    RULE_24_48_7,
    Action,
    OpenTask,
    TaskKind,
    closes,
    follow_ups,
    task_pending,
)
from netgarden.domain.normalize import clean_text
from netgarden.domain.values import TouchKind, check_length
from netgarden.errors import InvalidValue, NotFound
from netgarden.services.events import EventView, TaskView, show_event
from netgarden.services.lookup import names_of, require_contact, resolve_contact

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


TASK_KINDS = frozenset(kind.value for kind in TaskKind)
MOST_MET = 100  # people recorded as met at once


def check_people(count: int) -> None:
    """Refuse no one, or more people than are recorded at once."""
    if not count:
        raise InvalidValue("contact_ids", "name at least one person you met")
    if count > MOST_MET:
        raise InvalidValue("contact_ids", f"{count} people; record at most {MOST_MET} at once")


@dataclass(frozen=True)
class Met:
    """Someone recorded as met: ``created`` is False when they had been already (nothing
    was made again); ``task_ids`` are the follow-ups made for them."""

    contact_id: int
    name: str
    created: bool
    task_ids: tuple[int, ...]


@dataclass(frozen=True)
class MetAtEvent:
    event: EventView
    people: tuple[Met, ...]


def meet_named_at_event(
    unit: Unit, event_id: int, references: Sequence[str], note: str | None,
    today: dt.date, now: dt.datetime,
) -> MetAtEvent:  # fmt: skip
    """``meet_at_event`` for people given as the user typed them (an id, an email or a
    name): the event and the count are checked before anyone is looked up."""
    unit.events.require(event_id)
    check_people(len(references))
    ids = [resolve_contact(unit, reference) for reference in references]
    return meet_at_event(unit, event_id, ids, note, today, now)


def meet_at_event(
    unit: Unit, event_id: int, contact_ids: Sequence[int], note: str | None,
    today: dt.date, now: dt.datetime,
) -> MetAtEvent:  # fmt: skip
    """Record people as met at an event: each gets a touch of kind ``event`` on its day, the
    event as how we met (where nothing says otherwise) and the three 24-48-7 tasks. Once per
    person per event: someone met there already gets nothing new. The event is attended."""
    event = unit.events.require(event_id)
    people = tuple(dict.fromkeys(contact_ids))
    check_people(len(people))
    for contact_id in people:
        require_contact(unit, contact_id)
    text = check_length("note", clean_text(note))
    status = status_after_meeting(EventStatus(event.status), event.occurred_on, today)
    names = names_of(unit, people)
    met = []
    for contact_id in people:
        if unit.events.has_person(event_id, contact_id, PersonRole.MET.value):
            met.append(Met(contact_id, names[contact_id], False, ()))
            continue
        touch_id = unit.touches.insert(
            occurred_on=event.occurred_on, kind=TouchKind.EVENT.value, direction="mutual",
            note=text or f"Met at {event.name}", replied=None, contact_ids=[contact_id], now=now,
        )  # fmt: skip
        unit.events.add_person(event_id, contact_id, PersonRole.MET.value, text, touch_id, now)
        _remember_meeting(unit, contact_id, event.name, event.occurred_on, now)
        tasks = make_follow_ups(unit, contact_id, event_id, event.occurred_on, now)
        met.append(Met(contact_id, names[contact_id], True, tuple(tasks)))
    if status.value != event.status:
        unit.events.update(event_id, {"status": status.value}, now)
    made = [m.contact_id for m in met if m.created]
    if made:
        unit.search.reindex(made)
    return MetAtEvent(show_event(unit, event_id), tuple(met))


def _remember_meeting(
    unit: Unit, contact_id: int, event: str, on: dt.date, now: dt.datetime
) -> None:
    """How we met, where and when, unless the contact already says; a meeting answers the
    reminder a snooze postponed."""
    contact = require_contact(unit, contact_id)
    changes: dict[str, Any] = {"snoozed_until": None}
    if not contact.how_met:
        changes["how_met"] = f"Met at {event}"
    if not contact.met_at:
        changes["met_at"] = event
    if contact.met_on is None:
        changes["met_on"] = on
    unit.contacts.update(contact_id, changes, now)


def make_follow_ups(
    unit: Unit, contact_id: int, event_id: int | None, met_on: dt.date, now: dt.datetime,
    rule: str = RULE_24_48_7, touch_id: int | None = None,
) -> list[int]:  # fmt: skip
    """The three 24-48-7 tasks for meeting someone on ``met_on``; none when this person
    already has them for this event."""
    if unit.tasks.exists(contact_id, event_id, rule):
        return []
    rows = [
        {"kind": kind.value, "rule": rule, "contact_id": contact_id,
         "event_id": event_id, "since": met_on, "due_on": due, "touch_id": touch_id}
        for kind, due in follow_ups(met_on)
    ]  # fmt: skip
    return unit.tasks.insert_many(rows, now)


def close_matching(
    unit: Unit, contact_ids: Iterable[int], action: Action, by: str,
    done_on: dt.date | None = None,
) -> list[int]:  # fmt: skip
    """Close the open tasks of these people that ``action`` does (``by`` says what it was:
    ``touch #12``), done on ``done_on`` (the action's day unless given); returns their ids."""
    done = [
        row.id
        for row in unit.tasks.open_for(contact_ids)
        if row.kind in TASK_KINDS
        and not _waiting(row)
        and closes(TaskKind(row.kind), row.since, action)
    ]
    unit.tasks.close(done, done_on or action.on, by)
    return done


def _waiting(row: Any) -> bool:
    return bool(row.kind == TaskKind.REPORT_BACK.value and row.touch_id is None)


def touch_logged(
    unit: Unit, touch_id: int, contact_ids: Iterable[int], kind: str, direction: str,
    on: dt.date, now: dt.datetime | None = None, today: dt.date | None = None,
) -> list[int]:  # fmt: skip
    """A touch was logged: the tasks it does are done, and the tasks it asks for are made
    (``services.task_rules``: a first two-way meeting, an interview, a newcomer met)."""
    people = list(contact_ids)
    action = Action(on, "touch", kind, direction)
    closed = close_matching(unit, people, action, f"touch #{touch_id}")
    if now is not None:
        from netgarden.services.task_rules import tasks_after_touch

        tasks_after_touch(unit, touch_id, people, kind, direction, on, now, today or on)
    return closed


def gave(unit: Unit, entry_id: int, contact_id: int, kind: str, on: dt.date) -> list[int]:
    """Something was given: the tasks it does are done."""
    return close_matching(unit, [contact_id], Action(on, "give", kind), f"give #{entry_id}")


def touches_imported(
    unit: Unit, touches: Sequence[tuple[int, int, str | dt.date, str, str]]
) -> list[int]:
    """Touches an import wrote (touch id, contact id, day, kind, direction): the open tasks
    they do are done, as a logged touch's are (an outgoing message closes "connect")."""
    wanted = {contact_id for _, contact_id, *_ in touches}
    rows = unit.tasks.open_for(wanted) if wanted else []
    open_rows = [r for r in rows if r.kind in TASK_KINDS and not _waiting(r)]
    by_contact: dict[int, list[Any]] = {}
    for row in open_rows:
        by_contact.setdefault(row.contact_id, []).append(row)
    done: dict[int, tuple[dt.date, str]] = {}
    for touch_id, contact_id, on, kind, direction in touches:
        day = on if isinstance(on, dt.date) else dt.date.fromisoformat(on)
        action = Action(day, "touch", kind, direction)
        for row in by_contact.get(contact_id, []):
            if row.id not in done and closes(TaskKind(row.kind), row.since, action):
                done[row.id] = (day, f"touch #{touch_id}")
    for task_id, (day, by) in done.items():
        unit.tasks.close([task_id], day, by)
    return sorted(done)


def touch_undone(unit: Unit, touch_id: int) -> list[int]:
    """A touch was undone: the tasks it made (a first meeting's 24-48-7, an interview's
    thank-you) go, and the report-backs it started wait again; returns the removed ids."""
    from netgarden.domain.followups import RULE_FIRST_MEETING, RULE_INTERVIEW

    return unit.tasks.forget_touch(touch_id, (RULE_FIRST_MEETING, RULE_INTERVIEW))


@dataclass(frozen=True)
class Completed:
    task: TaskView
    changed: bool  # False: it was done already


def complete_task(unit: Unit, task_id: int, today: dt.date) -> Completed:
    """Mark a task done by hand, today."""
    task = unit.tasks.get(task_id)
    if task is None:
        raise NotFound("task", task_id)
    changed = task.done_on is None
    if changed:
        unit.tasks.close([task_id], today, "done")
    return Completed(task_view(unit, task_id), changed)


def task_view(unit: Unit, task_id: int) -> TaskView:
    for row in unit.tasks.listing(contact_id=_contact_of(unit, task_id)):
        if row.id == task_id:
            return TaskView(*row)
    raise NotFound("task", task_id)


def _contact_of(unit: Unit, task_id: int) -> int:
    task = unit.tasks.get(task_id)
    if task is None:
        raise NotFound("task", task_id)
    return task.contact_id


def task_items(unit: Unit | ReadUnit, as_of: dt.date) -> list[AgendaItem]:
    """The open follow-ups due by ``as_of``, one agenda item per person."""
    rows = unit.tasks.listing(open_only=True, active_only=True)
    open_tasks = [
        OpenTask(r.id, TaskKind(r.kind), r.contact_id, r.name, r.due_on, r.since, r.event_name,
                 r.note)
        for r in rows
        if r.kind in TASK_KINDS and not _waiting(r)
    ]  # fmt: skip
    return subject_items(task_pending(open_tasks, as_of), as_of)


def open_tasks_for(unit: Unit, contact_id: int) -> list[TaskView]:
    """A contact's open follow-ups, by due day (the contact page shows them)."""
    require_contact(unit, contact_id)
    return [TaskView(*row) for row in unit.tasks.listing(open_only=True, contact_id=contact_id)]
