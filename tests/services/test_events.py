"""Events through the services: adding, listing, marking attended or skipped, people met and
their 24-48-7 follow-ups on the one agenda, closed by what is logged."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from netgarden.domain.agenda import Reason, SubjectType
from netgarden.errors import InvalidValue, NotFound
from netgarden.services.agenda import agenda, item_fields
from netgarden.services.contacts import ContactInput, add_contact, set_archived, show_contact
from netgarden.services.database import Database, Unit
from netgarden.services.events import (
    EventInput,
    add_event,
    list_events,
    set_status,
    show_event,
    tasks_of,
)
from netgarden.services.followups import complete_task, meet_at_event
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY, rolled_back

FRIDAY = dt.date(2026, 11, 20)  # TODAY is Sunday 2026-11-22


def person(unit: Unit, name: str, **fields: object) -> int:
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)  # type: ignore[arg-type]


def event(unit: Unit, name: str = "AI Summit", on: str = FRIDAY.isoformat(), **kw: object) -> int:
    return add_event(unit, EventInput(name, on, **kw), NOW, TODAY).id  # type: ignore[arg-type]


def test_an_event_is_planned_or_attended_by_its_day(unit: Unit) -> None:
    past = add_event(unit, EventInput("AI Summit", "2026-11-20", format="conference"), NOW, TODAY)
    coming = add_event(
        unit, EventInput("PM Mixer", "tomorrow", start="18:00", role="host", goal="5"), NOW, TODAY
    )
    assert (past.status, past.format, past.goal, past.role) == ("attended", "conference", 3,
                                                                "attendee")  # fmt: skip
    assert (coming.status, coming.on, coming.start, coming.goal) == (
        "planned", dt.date(2026, 11, 23), "18:00", 5,
    )  # fmt: skip
    assert coming.hosting and not past.hosting
    assert [e.name for e in list_events(unit)] == ["PM Mixer", "AI Summit"]


def test_every_mistake_is_named_by_its_field_at_once(unit: Unit) -> None:
    bad = EventInput(" ", "someday", start="25:00", format="gala", access="vip", size="many",
                     role="guest", goal="0", series="x" * 201)  # fmt: skip
    with pytest.raises(InvalidValue) as caught:
        add_event(unit, bad, NOW, TODAY)
    fields = [e.field for e in caught.value.errors]
    assert fields == ["name", "on", "start", "series", "format", "access", "size", "role", "goal"]
    assert list_events(unit) == []


def test_a_series_lists_its_events_in_any_case(unit: Unit) -> None:
    event(unit, "Lenny #1", series="Lenny's PM Community")
    event(unit, "Other", series="AI")
    assert [e.name for e in list_events(unit, series="lenny's pm community")] == ["Lenny #1"]
    assert [e.name for e in list_events(unit, status="attended")] == ["Other", "Lenny #1"]
    # the same day: the latest added first
    event(unit, "Stammtisch", series="Ärzte Treff")
    assert [e.name for e in list_events(unit, series="ärzte  treff")] == ["Stammtisch"]
    assert [e.name for e in list_events(unit, series="Arzte Treff")] == ["Stammtisch"]
    with pytest.raises(InvalidValue) as caught:
        list_events(unit, status="maybe")
    assert caught.value.field == "status"


def test_a_missing_event_is_not_found(unit: Unit) -> None:
    with pytest.raises(NotFound) as caught:
        show_event(unit, 99)
    assert (caught.value.kind, caught.value.id) == ("event", 99)


def test_attend_and_skip(unit: Unit) -> None:
    coming = event(unit, "Mixer", on="2026-11-30")
    assert set_status(unit, coming, "skipped", TODAY, NOW).status == "skipped"
    with pytest.raises(InvalidValue, match="on or after that day"):
        set_status(unit, coming, "attended", TODAY, NOW)


def test_meeting_people_records_how_we_met_a_touch_and_three_tasks(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    bo = person(unit, "Bo Chen", how_met="School friend", met_on="2010-09-01")
    summit = event(unit)
    done = meet_at_event(unit, summit, [ana, bo], "talked evals", TODAY, NOW)
    assert [(m.name, m.created, len(m.task_ids)) for m in done.people] == [
        ("Ana Lee", True, 3), ("Bo Chen", True, 3),
    ]  # fmt: skip
    ana_now = show_contact(unit, ana, TODAY)
    assert (ana_now.get("how_met"), ana_now.get("met_at"), ana_now.get("met_on")) == (
        "Met at AI Summit", "AI Summit", FRIDAY,
    )  # fmt: skip
    assert [(t.kind, t.occurred_on, t.note) for t in ana_now.touches] == [
        ("event", FRIDAY, "talked evals")
    ]
    bo_now = show_contact(unit, bo, TODAY)  # what the contact already says is kept
    assert (bo_now.get("how_met"), bo_now.get("met_on")) == ("School friend", dt.date(2010, 9, 1))
    tasks = [(t.name, t.kind, t.due_on) for t in tasks_of(unit, contact_id=ana)]
    assert tasks == [
        ("Ana Lee", "connect", dt.date(2026, 11, 21)),
        ("Ana Lee", "send-resources", dt.date(2026, 11, 22)),
        ("Ana Lee", "schedule-meeting", dt.date(2026, 11, 27)),
    ]
    assert [p.role for p in done.event.people] == ["met", "met"]


def test_meeting_someone_again_at_the_same_event_creates_nothing(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    summit = event(unit)
    meet_at_event(unit, summit, [ana], None, TODAY, NOW)
    again = meet_at_event(unit, summit, [ana, ana], None, TODAY, NOW)
    assert [(m.created, m.task_ids) for m in again.people] == [(False, ())]
    assert len(tasks_of(unit)) == 3
    assert len(show_contact(unit, ana, TODAY).touches) == 1


def test_meeting_at_an_event_still_to_come_is_refused(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    coming = event(unit, "Mixer", on="2026-12-01")
    with pytest.raises(InvalidValue) as caught:
        meet_at_event(unit, coming, [ana], None, TODAY, NOW)
    assert caught.value.field == "event"
    assert tasks_of(unit) == []


def test_a_missing_person_writes_nothing(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    summit = event(unit)
    with pytest.raises(NotFound):
        meet_at_event(unit, summit, [ana, 999], None, TODAY, NOW)
    assert tasks_of(unit) == [] and show_event(unit, summit).people == ()


def test_meeting_someone_at_a_planned_event_marks_it_attended(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    today_event = event(unit, "Today's meetup", on="today")
    assert show_event(unit, today_event).status == "planned"
    assert meet_at_event(unit, today_event, [ana], None, TODAY, NOW).event.status == "attended"
    with pytest.raises(InvalidValue, match="you met 1 person there"):
        set_status(unit, today_event, "skipped", TODAY, NOW)


def _open(unit: Unit, contact_id: int) -> list[str]:
    return [t.kind for t in tasks_of(unit, open_only=True, contact_id=contact_id)]


def test_tasks_close_on_the_matching_action_only(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    meet_at_event(unit, event(unit), [ana], None, TODAY, NOW)
    log_touch(unit, [ana], TouchInput("message", direction="in"), NOW, TODAY)
    assert _open(unit, ana) == ["connect", "send-resources", "schedule-meeting"]
    log_touch(unit, [ana], TouchInput("email"), NOW, TODAY)  # outgoing by default
    assert _open(unit, ana) == ["send-resources", "schedule-meeting"]
    record_entry(unit, ana, EntryInput("give", "advice"), NOW, TODAY)
    assert _open(unit, ana) == ["send-resources", "schedule-meeting"]
    record_entry(unit, ana, EntryInput("give", "knowledge", "the rubric"), NOW, TODAY)
    assert _open(unit, ana) == ["schedule-meeting"]
    log_touch(unit, [ana], TouchInput("coffee"), NOW, TODAY)
    assert _open(unit, ana) == []
    connect = tasks_of(unit, contact_id=ana)[0]
    assert (connect.done_on, connect.done_by.startswith("touch #")) == (TODAY, True)  # type: ignore[union-attr]


def test_a_task_closes_by_hand_once(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    first = meet_at_event(unit, event(unit), [ana], None, TODAY, NOW).people[0].task_ids[0]
    done = complete_task(unit, first, TODAY)
    assert (done.changed, done.task.done_on, done.task.done_by) == (True, TODAY, "done")
    assert complete_task(unit, first, TODAY).changed is False
    with pytest.raises(NotFound):
        complete_task(unit, 999, TODAY)


def test_due_follow_ups_are_on_the_one_agenda_until_done(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    tasks = meet_at_event(unit, event(unit), [ana], None, TODAY, NOW).people[0].task_ids
    items = [i for i in agenda(unit, TODAY) if i.reason is Reason.FOLLOW_UP]
    assert len(items) == 1
    fields = item_fields(items[0])
    assert fields["subject"] == {"type": SubjectType.TASK.value, "id": tasks[0]}
    assert (fields["contact_id"], fields["due_on"], fields["days_overdue"]) == (
        ana, dt.date(2026, 11, 21), 1,
    )  # fmt: skip
    for task_id in tasks[:2]:
        complete_task(unit, task_id, TODAY)
    assert [i for i in agenda(unit, TODAY) if i.reason is Reason.FOLLOW_UP] == []
    later = [i for i in agenda(unit, dt.date(2026, 11, 27)) if i.reason is Reason.FOLLOW_UP]
    assert [i.about.id for i in later] == [tasks[2]]


def test_an_archived_persons_tasks_leave_the_agenda(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    meet_at_event(unit, event(unit), [ana], None, TODAY, NOW)
    set_archived(unit, ana, True, NOW)
    assert [i for i in agenda(unit, TODAY) if i.reason is Reason.FOLLOW_UP] == []


def test_another_workspaces_event_is_not_found_and_cannot_be_referred_to(
    database: Database,
) -> None:
    with database.transaction() as unit:
        unit.session.execute(
            text("INSERT INTO workspaces (id, name, created_at) VALUES (2, 'Other', :now)"),
            {"now": NOW},
        )
        theirs = event(Unit(unit.session, 2), "Their summit")
        ana = person(unit, "Ana Lee")
    with rolled_back(database) as unit:
        with pytest.raises(NotFound):
            show_event(unit, theirs)
        assert list_events(unit) == []
        with pytest.raises(NotFound):
            meet_at_event(unit, theirs, [ana], None, TODAY, NOW)
    with rolled_back(database) as unit, pytest.raises(IntegrityError, match=r"(?i)foreign key"):
        unit.session.execute(
            text(
                "INSERT INTO event_people (event_id, contact_id, role, workspace_id, created_at)"
                " VALUES (:event, :ana, 'met', 1, :now)"
            ),
            {"event": theirs, "ana": ana, "now": NOW},
        )


def test_merging_keeps_the_events_and_follow_ups_of_both(unit: Unit) -> None:
    from netgarden.services.merge import merge_contacts

    keep, other = person(unit, "Ana Lee"), person(unit, "Ana Lee (work)")
    summit, mixer = event(unit), event(unit, "Mixer", on="2026-11-21")
    meet_at_event(unit, summit, [keep, other], None, TODAY, NOW)  # the same person, twice
    meet_at_event(unit, mixer, [other], "met again", TODAY, NOW)
    merge_contacts(unit, keep, other, NOW)
    assert [p.contact_id for p in show_event(unit, summit).people] == [keep]
    assert [(p.contact_id, p.note) for p in show_event(unit, mixer).people] == [(keep, "met again")]
    tasks = sorted((t.contact_id, t.event_id, t.kind) for t in tasks_of(unit))
    kinds = ["connect", "schedule-meeting", "send-resources"]
    assert tasks == [(keep, summit, k) for k in kinds] + [(keep, mixer, k) for k in kinds]
