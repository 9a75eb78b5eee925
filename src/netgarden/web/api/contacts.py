"""/api/v1/contacts: list, create, read, change, delete; a contact's strength."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response, status

from netgarden.domain.views import ContactView, ListFilter
from netgarden.web import deps
from netgarden.web.api.common import PREFIX, ContactId, UnitDep, allowed
from netgarden.web.schemas import (
    ContactCreate,
    ContactRead,
    ContactSummaryRead,
    ContactUpdate,
    ContributionRead,
    StrengthPoint,
    StrengthRead,
    TouchRead,
)

router = APIRouter(prefix=PREFIX)
# what reviews read (issue 13)
REVIEW_FIELDS = ("influence", "accessibility", "energy", "board_seat", "decides", "time_zone",
                 "mentee")  # fmt: skip
CAREER_FIELDS = ("status", "status_on", "hiring_manager_for", "preferred_channel")  # issue 16


def contact_read(view: ContactView) -> ContactRead:
    return ContactRead(
        id=view.id,
        name=view.name,
        **{
            k: view.get(k)
            for k in (
                "company",
                "title",
                "how_met",
                "met_on",
                "met_at",
                "personal",
                "interests",
                "help_them",
                "help_me",
                "notes",
                "location",
                "industry",
                "function",
                "seniority",
                "birthday",
                "linkedin_url",
                "connected_on",
                *REVIEW_FIELDS,
                *CAREER_FIELDS,
            )
        },
        emails=view.emails,
        phones=view.phones,
        tags=view.tags,
        circle=view.circle,
        cadence_days=view.cadence_days,
        cadence_source=view.cadence_source,
        last_touch_on=view.last_touch_on,
        next_due_on=view.next_due_on,
        snoozed_until=view.snoozed_until,
        archived=view.archived,
        anniversaries=view.anniversaries,
        touches=[
            TouchRead(
                id=t.id,
                on=t.occurred_on,
                kind=t.kind,
                direction=t.direction,
                note=t.note,
                replied=t.replied,
                with_=list(t.with_others),
            )
            for t in view.touches
        ],
    )


def _input(body: ContactCreate | ContactUpdate) -> Any:
    from netgarden.services.contacts import ContactInput

    given = body.model_dump(exclude_unset=True)
    values: dict[str, Any] = {}
    for key, value in given.items():
        if key in ("emails", "phones", "tags"):
            continue
        if key in ("met_on", "status_on"):
            value = value.isoformat() if value else ""
        elif key == "every":
            value = value or 0
        elif key == "anniversaries":  # issue 15
            value = list(value or [])
        elif value is None:
            value = ""
        values[key] = value
    data = ContactInput(**values)
    for key in ("emails", "phones", "tags"):  # a list given is the whole list wanted
        if given.get(key) is not None:
            setattr(data, f"all_{key}", list(given[key]))
    return data


@router.get("/contacts", response_model=list[ContactSummaryRead])
def list_contacts(
    request: Request,
    unit: UnitDep,
    response: Response,
    q: str | None = Query(None, max_length=200, description="Full-text search"),
    circle: str | None = Query(None, max_length=10),
    tag: str | None = Query(None, max_length=100),
    company: str | None = Query(None, max_length=300),
    sort: str | None = Query(
        None,
        max_length=20,
        description="relevance (the default with q), name (the default without), recent, company",
    ),
    due: bool = Query(False, description="Only people due, overdue or lapsed today"),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10_000_000),
    agenda: deps.Agenda = Depends(deps.agenda),
) -> list[ContactSummaryRead]:
    from netgarden.services.agenda import due_ids
    from netgarden.services.listing import browse

    among = due_ids(agenda(unit, deps.today())) if due else None
    flt = ListFilter(circle, tag, company, False, limit)
    page = browse(unit, flt, q, sort, offset, among, request.app.state.searches)
    response.headers["X-Total-Count"] = str(page.total)
    return [allowed(ContactSummaryRead, row) for row in page.rows]


@router.post("/contacts", response_model=ContactRead, status_code=status.HTTP_201_CREATED)
def create_contact(unit: UnitDep, body: ContactCreate) -> ContactRead:
    from netgarden.services.contacts import add_contact, show_contact

    contact_id = add_contact(unit, _input(body), deps.now(), deps.today())
    return contact_read(show_contact(unit, contact_id, deps.today()))


@router.get("/contacts/{contact_id}", response_model=ContactRead)
def get_contact(unit: UnitDep, contact_id: ContactId) -> ContactRead:
    from netgarden.services.contacts import show_contact

    return contact_read(show_contact(unit, contact_id, deps.today()))


@router.patch("/contacts/{contact_id}", response_model=ContactRead)
def update_contact(unit: UnitDep, contact_id: ContactId, body: ContactUpdate) -> ContactRead:
    from netgarden.services.contacts import edit_contact

    return contact_read(edit_contact(unit, contact_id, _input(body), deps.now(), deps.today()))


@router.delete("/contacts/{contact_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_contact(unit: UnitDep, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import delete_contact as delete

    delete(unit, contact_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/contacts/{contact_id}/strength", response_model=StrengthRead)
def get_strength(unit: UnitDep, contact_id: ContactId) -> StrengthRead:
    """The 0-100 score, its band, what each touch and exchange contributed, and 12 months."""
    from netgarden.services.strength import contact_strength

    report = contact_strength(unit, contact_id, deps.today())
    return StrengthRead(
        contact_id=contact_id,
        score=report.strength.score,
        band=report.strength.band.value,
        contributions=[
            ContributionRead(on=c.on, label=c.label, points=round(c.points, 1))
            for c in report.strength.contributions
        ],
        history=[StrengthPoint(on=day, score=score) for day, score in report.history],
        half_life_days=report.strength.half_life_days,
        years_known=report.years_known,
    )
