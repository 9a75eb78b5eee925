"""/api/v1: logging a touch, and quick capture's proposal."""

from __future__ import annotations

from fastapi import APIRouter, status

from netgarden.errors import InvalidValue
from netgarden.web import deps
from netgarden.web.api.common import PREFIX, ContactId, UnitDep, allowed
from netgarden.web.schemas import (
    CandidateRead,
    CaptureCreate,
    CaptureRead,
    ParticipantRead,
    TouchCreate,
    TouchRead,
)

router = APIRouter(prefix=PREFIX)


@router.post(
    "/contacts/{contact_id}/touches", response_model=TouchRead, status_code=status.HTTP_201_CREATED
)
def log_touch(unit: UnitDep, contact_id: ContactId, body: TouchCreate) -> TouchRead:
    from netgarden.services.touches import TouchInput
    from netgarden.services.touches import log_touch as log

    data = TouchInput(body.kind, body.on.isoformat() if body.on else None, body.direction,
                      body.note, body.replied, body.purpose)  # fmt: skip
    people = [contact_id, *body.with_contacts]  # 404 for a missing one, before anything is written
    logged = log(unit, people, data, deps.now(), deps.today())
    touch = logged.touch
    return TouchRead(
        id=touch.id,
        on=touch.occurred_on,
        kind=touch.kind,
        direction=touch.direction,
        note=touch.note,
        replied=touch.replied,
        purpose=logged.purpose,
        with_=list(touch.with_others),
    )


@router.post("/capture", response_model=CaptureRead)
def capture(unit: UnitDep, body: CaptureCreate) -> CaptureRead:
    """Quick capture: the people, kind, day and note a line of text proposes. Writes
    nothing; a name that fits several contacts has no contact_id: the user chooses."""
    from netgarden.services.capture import propose

    if not body.text.strip():
        raise InvalidValue("text", "type what happened, e.g. “coffee with Priya about evals”")
    proposal = propose(unit, body.text.strip(), deps.today())
    people = [
        ParticipantRead(said=p.said, contact_id=p.chosen, problem=p.problem,
                        candidates=[allowed(CandidateRead, c) for c in p.candidates])
        for p in proposal.people
    ]  # fmt: skip
    return CaptureRead(text=proposal.text, kind=proposal.kind, on=proposal.on,
                       note=proposal.note, people=people, problems=proposal.problems,
                       confirmable=proposal.confirmable)  # fmt: skip
