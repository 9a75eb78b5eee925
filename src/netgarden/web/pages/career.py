"""Career resilience on the web (issue 16): who would I call (/call-list), companies and a
page per company, job changes to review, and a contact's status form."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import (
    ContactId,
    UnitDep,
    back,
    in_transaction,
    page,
    show_again_on_error,
    text,
)

router = APIRouter(include_in_schema=False)
CALLS_SHOWN = 50  # a class's strongest ties on the page (issue 11: at most 150 KB)
Id = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
COMPANY_FIELDS = ("name", "hiring", "hiring_for", "size", "type", "target")
OTHER_PAGES = ("/opportunities", "/roi")  # issue 16's other half, linked once it is there


def _links(request: Request) -> list[str]:
    paths = {getattr(route, "path", "") for route in request.app.routes}
    return [p for p in OTHER_PAGES if p in paths]


@router.get("/call-list")
def call_list_page(
    request: Request,
    unit: UnitDep,
    role: Annotated[str, Query(max_length=300)] = "",
    company: Annotated[list[str] | None, Query(max_length=20)] = None,
) -> Response:
    """Who would I call: the six classes, strongest first within each, and the summary."""
    from netgarden.domain.call_list import switched_note
    from netgarden.domain.career import CLASS_LABELS, CLASS_ORDER
    from netgarden.services.career import who_would_i_call

    wanted = [c for c in company or [] if c.strip()]
    day, asked = deps.today(), role.strip() or None
    found = deps.kept(request, unit, ("call list", day, asked, tuple(wanted)),
                      lambda u: who_would_i_call(u, day, asked, wanted))  # fmt: skip
    groups = [(k, CLASS_LABELS[k], [c for c in found.calls if c.klass is k]) for k in CLASS_ORDER]
    return page(request, "call_list.html", found=found, groups=groups, role=role,
                companies=wanted, switched=switched_note(found.summary),
                links=_links(request), shown=CALLS_SHOWN)  # fmt: skip


def _companies(unit: Unit, views: Any = None) -> dict[str, Any]:
    from netgarden.domain.career import SIZES, CompanyType
    from netgarden.services.companies import list_companies

    views = list_companies(unit) if views is None else views
    return {"views": views, "sizes": SIZES, "types": [t.value for t in CompanyType],
            "values": {}, "errors": {}}  # fmt: skip


@router.get("/companies")
def companies_page(request: Request, unit: UnitDep) -> Response:
    """Target companies and the companies you track; a form to track one."""
    from netgarden.services.companies import list_companies

    views = deps.kept(request, unit, "companies", list_companies)
    return page(request, "companies.html", **_companies(unit, views))


@router.post("/companies")
async def save_company(request: Request) -> Response:
    from netgarden.services.companies import set_company

    form = await checked_form(request)
    values = {k: text(form, k) for k in COMPANY_FIELDS}
    target = {"yes": True, "no": False}.get(values["target"])

    def work(unit: Unit) -> int | None:
        view = set_company(
            unit,
            values["name"],
            target=target,
            hiring=values["hiring"] or None,
            hiring_for=values["hiring_for"] or None,
            size=values["size"] or None,
            kind=values["type"] or None,
            today=deps.today(),
            now=deps.now(),
        )
        return view.id  # fmt: skip

    show_again_on_error(request, "companies.html", read=_companies, values=values,
                        fields=COMPANY_FIELDS, other="name")  # fmt: skip
    company_id = await in_transaction(request, work)
    return back(f"/companies/{company_id}")


@router.get("/companies/{company_id}")
def company_page(request: Request, unit: UnitDep, company_id: Id) -> Response:
    """One company: hiring status, the people you know there, warm paths in, opportunities."""
    from netgarden.services.companies import show_company

    detail = show_company(unit, str(company_id), deps.today())
    return page(request, "company.html", detail=detail, c=detail.company, links=_links(request))


@router.get("/changes")
def changes_page(
    request: Request,
    unit: UnitDep,
    state: Annotated[str, Query(max_length=12)] = "pending",
    done: Annotated[str, Query(max_length=40)] = "",
) -> Response:
    """Job changes imports saw, to accept or dismiss."""
    from netgarden.services.job_changes import list_changes

    number, _, decided = done.partition("-")
    return page(
        request,
        "changes.html",
        changes=list_changes(unit, state),
        state=state,
        done=(number, decided) if decided in ("accepted", "dismissed") else None,
    )


@router.post("/changes/{change_id}/{decision}")
async def decide_change(request: Request, change_id: Id, decision: str) -> Response:
    from netgarden.errors import NotFound
    from netgarden.services.job_changes import accept_change, dismiss_change

    await checked_form(request)
    if decision not in ("accept", "dismiss"):
        raise NotFound("decision", repr(decision[:20]))

    def work(unit: Unit) -> Any:
        if decision == "accept":
            return accept_change(unit, change_id, deps.today(), deps.now())
        return dismiss_change(unit, change_id, deps.today())

    done = await in_transaction(request, work)
    return back(f"/changes?done={done.id}-{done.state}")


@router.post("/contacts/{contact_id}/career")
async def save_career_facts(request: Request, contact_id: ContactId) -> Response:
    """The contact page's "Career" form: status (dated), hiring manager for, channel."""
    from netgarden.services.contacts import ContactInput, edit_contact
    from netgarden.web.pages.contacts import show_contact_again_on_error

    form = await checked_form(request)
    data = ContactInput(
        status=text(form, "status"), status_on=text(form, "status_on") or None,
        hiring_manager_for=text(form, "hiring_manager_for"),
        preferred_channel=text(form, "preferred_channel"),
    )  # fmt: skip
    show_contact_again_on_error(request, contact_id, "career_error")
    await in_transaction(request, lambda u: edit_contact(u, contact_id, data, deps.now(),
                                                         deps.today()))  # fmt: skip
    return back(f"/contacts/{contact_id}#career")
