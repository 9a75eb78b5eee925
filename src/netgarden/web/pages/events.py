"""Events: the list, a new event, one event with the people met and their 24-48-7
follow-ups; marking it attended or skipped; closing a follow-up."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response
from starlette.datastructures import FormData

from netgarden.domain.events import DEFAULT_GOAL, GOAL_QUOTE, Access, EventFormat, EventRole
from netgarden.domain.followups import STEPS
from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import (
    UnitDep,
    back,
    in_transaction,
    page,
    show_again_on_error,
    text,
)

router = APIRouter(include_in_schema=False)
EventId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
TaskId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
EVENT_FIELDS = ("name", "on", "start", "series", "organizer", "format", "access", "size",
                "topics", "role", "goal")  # fmt: skip
CHOICES = {
    "formats": [f.value for f in EventFormat],
    "accesses": [a.value for a in Access],
    "roles": [r.value for r in EventRole],
}


@router.get("/events")
def events_page(request: Request, unit: UnitDep) -> Response:
    from netgarden.services.events import list_events
    from netgarden.web.pages.event_prep import months

    found = list_events(unit)
    day = deps.today()
    coming = sorted((e for e in found if e.on >= day), key=lambda e: (e.on, e.id))
    past = [e for e in found if e.on < day]
    return page(request, "events.html", coming=coming, past=past, today=day,
                months=months(coming, day))  # fmt: skip


@router.get("/events/new")
def new_event_page(request: Request) -> Response:
    values = {"goal": str(DEFAULT_GOAL)}
    return page(request, "event_form.html", values=values, errors={}, goal=GOAL_QUOTE,
                choices=CHOICES)  # fmt: skip


def event_input(form: FormData) -> Any:
    from netgarden.services.events import EventInput

    values = {key: text(form, key) for key in EVENT_FIELDS}
    return EventInput(**values, virtual=bool(text(form, "virtual")))


@router.post("/events/new")
async def create_event(request: Request) -> Response:
    from netgarden.services.events import add_event

    form = await checked_form(request)
    data = event_input(form)
    show_again_on_error(request, "event_form.html", values=dict(form), goal=GOAL_QUOTE,
                        choices=CHOICES)  # fmt: skip
    made = await in_transaction(request, lambda u: add_event(u, data, deps.now(), deps.today()))
    return back(f"/events/{made.id}")


def event_context(unit: Unit, event_id: int) -> dict[str, Any]:
    """The event with its tabs' data: the prep sheet, its people and follow-ups, its ROI
    and its series' verdict, and pairs among the people met."""
    from netgarden.domain.followups import task_action
    from netgarden.services.event_roi import roi_of_event, suggest_at_event
    from netgarden.services.prep import prep_sheet

    day = deps.today()
    event, sheet = prep_sheet(unit, event_id, day)
    roi, verdict = roi_of_event(unit, event_id, day)
    return {"event": event, "today": day, "goal": GOAL_QUOTE, "sheet": sheet, "roi": roi,
            "verdict": verdict, "pairs": suggest_at_event(unit, event_id, 10),
            "window": unit.preferences().roi_window, "action_of": task_action,
            "steps": {step.kind.value: step for step in STEPS}}  # fmt: skip


@router.get("/events/{event_id}")
def event_page(request: Request, unit: UnitDep, event_id: EventId) -> Response:
    return page(request, "event.html", error=None, met_error=None, target_error=None,
                values={}, **event_context(unit, event_id))  # fmt: skip


def again_on_error(request: Request, event_id: int, slot: str = "error", **given: Any) -> None:
    """Should the work fail, the event page again, with what went wrong in ``slot`` beside
    the form that was sent and what was typed in ``given`` (a missing event: the 404 page)."""
    show_again_on_error(
        request, "event.html", read=lambda u: event_context(u, event_id), slot=slot, **given
    )


@router.post("/events/{event_id}/people")
async def add_people_met(request: Request, event_id: EventId) -> Response:
    from netgarden.services.followups import meet_named_at_event

    form = await checked_form(request)
    names = [n.strip() for n in text(form, "contacts").replace(",", "\n").splitlines()]
    names = [name for name in names if name]
    note = text(form, "note")

    again_on_error(request, event_id, "met_error", values=dict(form))
    await in_transaction(
        request,
        lambda u: meet_named_at_event(u, event_id, names, note, deps.today(), deps.now()),
    )
    return back(f"/events/{event_id}#people")


@router.post("/events/{event_id}/status")
async def set_event_status(request: Request, event_id: EventId) -> Response:
    from netgarden.services.events import set_status

    form = await checked_form(request)
    wanted = text(form, "status")
    again_on_error(request, event_id)
    await in_transaction(
        request, lambda u: set_status(u, event_id, wanted, deps.today(), deps.now())
    )
    return back(f"/events/{event_id}")


@router.post("/tasks/{task_id}/done")
async def complete_task(request: Request, task_id: TaskId) -> Response:
    from netgarden.services.followups import complete_task as complete

    form = await checked_form(request)
    done = await in_transaction(request, lambda u: complete(u, task_id, deps.today()))
    event_id = done.task.event_id
    if text(form, "from") == "today" or not event_id:  # marked done on Today: back there
        return back("/")
    return back(f"/events/{event_id}#follow-ups")
