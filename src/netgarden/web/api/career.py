"""/api/v1 career resilience (issue 16): companies, job changes to review, the call list."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep
from netgarden.web.career_schemas import (
    CallListRead,
    ChangeRead,
    CompanyDetailRead,
    CompanyRead,
    CompanySet,
)
from netgarden.web.schemas import Day

router = APIRouter(prefix=PREFIX)
Id = Annotated[int, Path(ge=1, le=deps.MAX_ID)]


def _change(view: Any) -> ChangeRead:
    from netgarden.services.career_fields import change_fields

    return ChangeRead.model_validate(change_fields(view))


@router.get("/companies", response_model=list[CompanyRead])
def get_companies(unit: UnitDep) -> list[CompanyRead]:
    """Target companies and the companies you track, with how many people you know there."""
    from netgarden.services.companies import list_companies

    return [CompanyRead.model_validate(v.__dict__) for v in list_companies(unit)]


@router.post("/companies", response_model=CompanyRead)
def set_company(unit: UnitDep, body: CompanySet) -> CompanyRead:
    """Track a company or change it; a hiring status records today as the day checked."""
    from netgarden.services.companies import set_company as save

    view = save(unit, body.name, target=body.target, hiring=body.hiring,
                hiring_for=body.hiring_for, size=body.size, kind=body.type,
                today=deps.today(), now=deps.now())  # fmt: skip
    return CompanyRead.model_validate(view.__dict__)


@router.get("/companies/{company_id}", response_model=CompanyDetailRead)
def get_company(unit: UnitDep, company_id: Id) -> CompanyDetailRead:
    """A company: the people you know there (strongest first), warm paths in, opportunities."""
    from netgarden.services.career_fields import detail_fields
    from netgarden.services.companies import show_company

    detail = show_company(unit, str(company_id), deps.today())
    return CompanyDetailRead.model_validate(detail_fields(detail))


@router.get("/changes", response_model=list[ChangeRead])
def get_changes(
    unit: UnitDep, state: Annotated[str, Query(max_length=12)] = "pending"
) -> list[ChangeRead]:
    """Job changes imports saw: pending (default), accepted or dismissed."""
    from netgarden.services.job_changes import list_changes

    return [_change(c) for c in list_changes(unit, state)]


@router.post("/changes/{change_id}/accept", response_model=ChangeRead)
def accept(unit: UnitDep, change_id: Id) -> ChangeRead:
    """Take the new role: company and title, role history, a congratulation on the agenda."""
    from netgarden.services.job_changes import accept_change

    return _change(accept_change(unit, change_id, deps.today(), deps.now()))


@router.post("/changes/{change_id}/dismiss", response_model=ChangeRead)
def dismiss(unit: UnitDep, change_id: Id) -> ChangeRead:
    """Keep what the contact has; the same change is not proposed again."""
    from netgarden.services.job_changes import dismiss_change

    return _change(dismiss_change(unit, change_id, deps.today()))


@router.get("/call-list", response_model=CallListRead, response_model_by_alias=True)
def get_call_list(
    unit: UnitDep,
    role: Annotated[str | None, Query(max_length=300)] = None,
    company: Annotated[list[str] | None, Query(max_length=50)] = None,
    as_of: Day | None = None,
) -> Any:
    """Who would I call: every active contact in one class (first match wins) and the summary."""
    from netgarden.services.career import who_would_i_call
    from netgarden.services.career_fields import call_list_fields

    return call_list_fields(who_would_i_call(unit, as_of or deps.today(), role, company or []))
