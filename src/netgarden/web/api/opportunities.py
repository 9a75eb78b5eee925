"""/api/v1/opportunities and /api/v1/roi (issue 16): opportunities (create, list, read,
change, remove, move, share, who to share with) and networking ROI for a period."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Path, Query, status

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep
from netgarden.web.opp_schemas import (
    OppCreate,
    OppDetailRead,
    OppMove,
    OppRead,
    OppShare,
    OppUpdate,
    RoiRead,
    ShareRead,
    StageRead,
    SuggestionRead,
)

if TYPE_CHECKING:
    from netgarden.services.opportunities import OppDetail

router = APIRouter(prefix=PREFIX)
OppId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
# a request field → the service's word for it
FIELDS = {"via_id": "via", "event_id": "event"}


def detail_read(d: OppDetail) -> OppDetailRead:
    return OppDetailRead(
        **d.opportunity.__dict__,
        stages=[StageRead(stage=s.stage, on=s.on) for s in d.stages],
        shares=[ShareRead(contact_id=s.contact_id, name=s.name, on=s.on) for s in d.shares],
        suggestions=[SuggestionRead(**s.__dict__) for s in d.suggestions],
    )


@router.get("/opportunities", response_model=list[OppRead])
def list_opportunities(
    unit: UnitDep,
    stage: str | None = Query(None, max_length=20),
    company: str | None = Query(None, max_length=300),
) -> list[OppRead]:
    """Every opportunity, the latest opened first; ``stage`` and ``company`` keep some."""
    from netgarden.services.opportunities import list_opportunities as listed

    return [OppRead(**o.__dict__) for o in listed(unit, stage, company)]


@router.post("/opportunities", response_model=OppDetailRead, status_code=status.HTTP_201_CREATED)
def create_opportunity(unit: UnitDep, body: OppCreate) -> OppDetailRead:
    """Record an opportunity at ``open``; a job or collaboration comes back with up to five
    people to share it with (laid off and open to work first)."""
    from netgarden.services.opportunities import OppInput, add_opportunity

    channel, on = body.channel.value if body.channel else None, body.on
    data = OppInput(body.title, body.kind.value, body.company, body.role, body.via_id,
                    body.event_id, channel, body.reaches_hm, body.note,
                    on.isoformat() if on else None)  # fmt: skip
    return detail_read(add_opportunity(unit, data, deps.now(), deps.today()))


@router.get("/opportunities/{opp_id}", response_model=OppDetailRead)
def get_opportunity(unit: UnitDep, opp_id: OppId) -> OppDetailRead:
    """One opportunity with its stage history, shares and share suggestions."""
    from netgarden.services.opportunities import show_opportunity

    return detail_read(show_opportunity(unit, opp_id, deps.today()))


@router.patch("/opportunities/{opp_id}", response_model=OppDetailRead)
def update_opportunity(unit: UnitDep, opp_id: OppId, body: OppUpdate) -> OppDetailRead:
    """Change the fields given (null clears one); the stage changes with ``/move``."""
    from netgarden.services.opportunities import edit_opportunity

    changes: dict[str, Any] = {}
    for name, value in body.model_dump(exclude_unset=True).items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        changes[FIELDS.get(name, name)] = getattr(value, "value", value) if value else value
    return detail_read(edit_opportunity(unit, opp_id, changes, deps.today(), deps.now()))


@router.delete("/opportunities/{opp_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_opportunity(unit: UnitDep, opp_id: OppId) -> None:
    """Remove it with its stage history and shares (the referrals given stay)."""
    from netgarden.services.opportunities import delete_opportunity as delete

    delete(unit, opp_id)


@router.post("/opportunities/{opp_id}/move", response_model=OppDetailRead)
def move_opportunity(unit: UnitDep, opp_id: OppId, body: OppMove) -> OppDetailRead:
    """Move it to another stage on ``on`` (default today); each change is kept."""
    from netgarden.services.opportunities import move_opportunity as move

    on = body.on.isoformat() if body.on else None
    return detail_read(move(unit, opp_id, body.stage.value, deps.today(), deps.now(), on))


@router.post(
    "/opportunities/{opp_id}/share", response_model=OppDetailRead,
    status_code=status.HTTP_201_CREATED,
)  # fmt: skip
def share_opportunity(unit: UnitDep, opp_id: OppId, body: OppShare) -> OppDetailRead:
    """Pass it to a contact: a referral given in the ledger (seeds/001 "Opportunity
    alerting"); refused for someone who has it already."""
    from netgarden.services.opportunities import share_opportunity as share

    made, _ = share(unit, opp_id, body.contact_id, deps.today(), deps.now(), body.note)
    return detail_read(made)


@router.get("/opportunities/{opp_id}/suggestions", response_model=list[SuggestionRead])
def share_suggestions(unit: UnitDep, opp_id: OppId) -> list[SuggestionRead]:
    """Up to five people to share it with: none once closed or for kinds other than job and
    collaboration."""
    from netgarden.services.opportunities import show_opportunity

    found = show_opportunity(unit, opp_id, deps.today()).suggestions
    return [SuggestionRead(**s.__dict__) for s in found]


@router.get("/roi", response_model=RoiRead)
def networking_roi(
    unit: UnitDep, since: dt.date | None = None, until: dt.date | None = None
) -> RoiRead:
    """Networking ROI for a period (default: the 12 calendar months up to today)."""
    from netgarden.services.roi import roi_fields, roi_report

    return RoiRead(**roi_fields(roi_report(unit, deps.today(), since, until)))
