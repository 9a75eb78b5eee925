"""/api/v1: targets and prep sheets of events, event ROI, planned meetings, my profile,
promises and trust, over the same services as the CLI."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Path, Query, status

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep
from netgarden.web.event_schemas import EventRead, TaskRead
from netgarden.web.plan_schemas import (
    PairRead,
    PlanConfirm,
    PlanCreate,
    PlanRead,
    PrepRead,
    ProfileRead,
    ProfileUpdate,
    PromiseCreate,
    RoiRead,
    TargetCreate,
    TrustRead,
)
from netgarden.web.schemas import Day

if TYPE_CHECKING:
    from netgarden.services.plans import PlanView

router = APIRouter(prefix=PREFIX)
ItemId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]


@router.post(
    "/events/{event_id}/targets", response_model=EventRead, status_code=status.HTTP_201_CREATED
)
def add_target(unit: UnitDep, event_id: ItemId, body: TargetCreate) -> EventRead:
    """Someone to meet at the event, where they were found and what to open with."""
    from netgarden.services.prep import add_target as add
    from netgarden.web.api.events import event_read

    done = add(unit, event_id, body.contact_id, body.source, body.starter, deps.now())
    return event_read(done.event)


@router.get("/events/{event_id}/prep", response_model=PrepRead)
def get_prep(unit: UnitDep, event_id: ItemId) -> PrepRead:
    """The prep sheet (seeds/002's order; openers before any pitch, seeds/004)."""
    from netgarden.services.prep import prep_sheet, sheet_fields

    event, sheet = prep_sheet(unit, event_id, deps.today())
    return PrepRead(**sheet_fields(event, sheet))


@router.get("/events/{event_id}/suggestions", response_model=list[PairRead])
def event_suggestions(
    unit: UnitDep, event_id: ItemId, limit: int = Query(20, ge=1, le=500)
) -> list[PairRead]:
    """Pairs among the people met at the event (seeds/001: connect them with each other)."""
    from netgarden.services.event_roi import suggest_at_event

    return [PairRead(**p.__dict__) for p in suggest_at_event(unit, event_id, limit)]


@router.get("/event-roi", response_model=RoiRead)
def event_roi(
    unit: UnitDep,
    as_of: Day | None = None,
    series: str | None = Query(None, max_length=200),
) -> RoiRead:
    """Per attended event and per series (the same fields as the CLI prints as JSON)."""
    from netgarden.services.event_roi import roi_fields, roi_report

    return RoiRead(**roi_fields(roi_report(unit, as_of or deps.today(), series)))


def plan_read(p: PlanView) -> PlanRead:
    fields = {f.name: getattr(p, f.name) for f in dataclasses.fields(p)}
    people = [{"contact_id": c, "name": n} for c, n in p.people]
    return PlanRead(**{**fields, "people": people,
                       "did_it_happen": p.asks_whether_it_happened(deps.today())})  # fmt: skip


@router.get("/plans", response_model=list[PlanRead])
def list_plans(
    unit: UnitDep, contact_id: int | None = Query(None, ge=1, le=deps.MAX_ID)
) -> list[PlanRead]:
    """Planned meetings by day."""
    from netgarden.services.lookup import require_contact
    from netgarden.services.plans import list_plans as listed

    if contact_id is not None:
        require_contact(unit, contact_id)
    return [plan_read(p) for p in listed(unit, contact_id=contact_id)]


@router.post("/plans", response_model=PlanRead, status_code=status.HTTP_201_CREATED)
def create_plan(unit: UnitDep, body: PlanCreate) -> PlanRead:
    """Plan a meeting on a day to come; it resets no cadence until confirmed."""
    from netgarden.services.plans import make_plan

    made = make_plan(unit, body.contact_ids, body.kind, body.on.isoformat(), body.note,
                     deps.today(), deps.now())  # fmt: skip
    return plan_read(made)


@router.post("/plans/{plan_id}/confirm", response_model=PlanRead)
def confirm_plan(unit: UnitDep, plan_id: ItemId, body: PlanConfirm) -> PlanRead:
    """It happened: a touch is logged with its people (their cadence resets now)."""
    from netgarden.services.plans import confirm_plan as confirm

    on = body.on.isoformat() if body.on else None
    done = confirm(unit, plan_id, body.kind, on, body.note, deps.today(), deps.now())
    return plan_read(done.plan)


@router.post("/plans/{plan_id}/cancel", response_model=PlanRead)
def cancel_plan(unit: UnitDep, plan_id: ItemId) -> PlanRead:
    """It did not happen, or will not."""
    from netgarden.services.plans import cancel_plan as cancel

    return plan_read(cancel(unit, plan_id, deps.now()))


@router.get("/profile", response_model=ProfileRead)
def get_profile(unit: UnitDep) -> ProfileRead:
    from netgarden.services.profile import show_profile

    return ProfileRead(**show_profile(unit))


@router.patch("/profile", response_model=ProfileRead)
def update_profile(unit: UnitDep, body: ProfileUpdate) -> ProfileRead:
    """Set the fields given (an empty text clears one)."""
    from netgarden.services.profile import set_profile

    return ProfileRead(**set_profile(unit, body.model_dump(exclude_unset=True), deps.now()))


@router.post(
    "/contacts/{contact_id}/promises", response_model=TaskRead,
    status_code=status.HTTP_201_CREATED,
)  # fmt: skip
def create_promise(unit: UnitDep, contact_id: ItemId, body: PromiseCreate) -> TaskRead:
    """A promise with a day: a task until it is done (seeds/002: reliability)."""
    from netgarden.services.task_rules import promise
    from netgarden.web.api.events import task_read

    made = promise(unit, contact_id, body.text, body.by.isoformat(), deps.today(), deps.now())
    return task_read(made)


@router.get("/contacts/{contact_id}/trust", response_model=TrustRead)
def get_trust(unit: UnitDep, contact_id: ItemId, as_of: Day | None = None) -> TrustRead:
    """Reliability and self-orientation (seeds/002's trust equation inputs)."""
    from netgarden.services.promises import trust_fields, trust_of

    return TrustRead(**trust_fields(trust_of(unit, contact_id, as_of or deps.today())))  # type: ignore[arg-type]
