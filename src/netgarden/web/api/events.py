"""/api/v1/events and /api/v1/tasks: events, the people met at them, and their 24-48-7
follow-up tasks."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import APIRouter, Path, Query, status

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep
from netgarden.web.event_schemas import (
    EventCreate,
    EventPersonRead,
    EventRead,
    EventSummaryRead,
    EventUpdate,
    MetCreate,
    MetPersonRead,
    MetRead,
    TaskRead,
)

if TYPE_CHECKING:
    from netgarden.services.events import EventView, TaskView

router = APIRouter(prefix=PREFIX)
EventId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
TaskId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]


def event_read(e: EventView) -> EventRead:
    fields = {f.name: getattr(e, f.name) for f in dataclasses.fields(e)}
    return EventRead(
        **{**fields, "people": [EventPersonRead(**p.__dict__) for p in e.people],
           "tasks": [task_read(t) for t in e.tasks]}
    )  # fmt: skip


def task_read(t: TaskView) -> TaskRead:
    return TaskRead(**t.__dict__, waiting=t.waiting)


@router.get("/events", response_model=list[EventSummaryRead])
def list_events(
    unit: UnitDep,
    series: str | None = Query(None, max_length=200),
    status: Literal["planned", "attended", "skipped"] | None = None,
) -> list[EventSummaryRead]:
    """Every event, the latest first, with the people met there against its goal."""
    from netgarden.services.events import list_events as listed

    return [EventSummaryRead(**e.__dict__) for e in listed(unit, series, status)]


@router.post("/events", response_model=EventRead, status_code=status.HTTP_201_CREATED)
def create_event(unit: UnitDep, body: EventCreate) -> EventRead:
    """Record an event; one still to come is planned, one already past attended."""
    from netgarden.services.events import EventInput, add_event

    data = EventInput(body.name, body.on.isoformat(), body.start, body.series, body.organizer,
                      body.format.value, body.virtual, body.access.value if body.access else None,
                      body.size, body.topics, body.role.value, body.goal)  # fmt: skip
    return event_read(add_event(unit, data, deps.now(), deps.today()))


@router.get("/events/{event_id}", response_model=EventRead)
def get_event(unit: UnitDep, event_id: EventId) -> EventRead:
    """One event with its people and follow-up tasks."""
    from netgarden.services.events import show_event

    return event_read(show_event(unit, event_id))


@router.patch("/events/{event_id}", response_model=EventRead)
def update_event(unit: UnitDep, event_id: EventId, body: EventUpdate) -> EventRead:
    """Mark it attended (on or after its day) or skipped (not once someone was met)."""
    from netgarden.services.events import set_status

    return event_read(set_status(unit, event_id, body.status, deps.today(), deps.now()))


@router.post(
    "/events/{event_id}/people", response_model=MetRead, status_code=status.HTTP_201_CREATED
)
def add_people_met(unit: UnitDep, event_id: EventId, body: MetCreate) -> MetRead:
    """People met at the event: a touch, how-we-met, and seeds/002's 24-48-7 tasks (connect
    in 24 hours, send resources in 48, schedule a meeting in 7 days), once per person."""
    from netgarden.services.followups import meet_at_event

    done = meet_at_event(unit, event_id, body.contact_ids, body.note, deps.today(), deps.now())
    people = [MetPersonRead(contact_id=m.contact_id, name=m.name, created=m.created,
                            task_ids=list(m.task_ids)) for m in done.people]  # fmt: skip
    return MetRead(event=event_read(done.event), people=people)


@router.get("/tasks", response_model=list[TaskRead])
def list_tasks(
    unit: UnitDep,
    open_only: bool = Query(False, alias="open"),
    contact_id: int | None = Query(None, ge=1, le=deps.MAX_ID),
    event_id: int | None = Query(None, ge=1, le=deps.MAX_ID),
) -> list[TaskRead]:
    """Follow-up tasks by due day (the same objects the CLI prints as JSON)."""
    from netgarden.services.events import require_event, tasks_of
    from netgarden.services.lookup import require_contact

    if contact_id is not None:
        require_contact(unit, contact_id)
    if event_id is not None:
        require_event(unit, event_id)
    found = tasks_of(unit, open_only=open_only, contact_id=contact_id, event_id=event_id)
    return [task_read(t) for t in found]


@router.post("/tasks/{task_id}/done", response_model=TaskRead)
def complete_task(unit: UnitDep, task_id: TaskId) -> TaskRead:
    """Mark a task done today (most close themselves when what they ask is logged)."""
    from netgarden.services.followups import complete_task as complete

    return task_read(complete(unit, task_id, deps.today()).task)
