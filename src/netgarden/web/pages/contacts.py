"""Contacts: the list, a new contact, one contact's page and what is recorded from it."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response
from starlette.datastructures import FormData

from netgarden.domain.views import ListFilter
from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import (
    ContactId,
    UnitDep,
    back,
    htmx,
    in_transaction,
    page,
    show_again_on_error,
    text,
)

router = APIRouter(include_in_schema=False)


@router.get("/contacts")
def contacts_page(
    request: Request,
    unit: UnitDep,
    q: str = Query("", max_length=200),
    circle: str = Query("", max_length=10),
    tag: str = Query("", max_length=100),
    company: str = Query("", max_length=300),
    sort: str = Query("name", max_length=20),
    due: str = Query("", max_length=3),
    archived: str = Query("", max_length=3),
    page_number: int = Query(1, alias="page", ge=1, le=100_000),
    agenda: deps.Agenda = Depends(deps.agenda),
) -> Response:
    from netgarden.services.agenda import due_ids
    from netgarden.services.listing import browse

    per_page = 50
    flt = ListFilter(circle or None, tag or None, company or None, bool(archived), per_page)
    among = due_ids(agenda(unit, deps.today())) if due else None
    result = browse(unit, flt, q, sort, (page_number - 1) * per_page, among)
    pages = max(1, -(-result.total // per_page))
    if page_number > pages:  # an old link, or a hand-typed number: show the last page
        page_number = pages
        result = browse(unit, flt, q, sort, (page_number - 1) * per_page, among)
    context: dict[str, Any] = {
        "result": result, "q": q, "circle": circle, "tag": tag, "company": company,
        "sort": sort, "page_number": page_number, "due": due, "archived": archived,
        "pages": pages,
    }  # fmt: skip
    if htmx(request) and request.headers.get("hx-target") == "results":
        return page(request, "_contacts_table.html", **context)
    return page(request, "contacts.html", **context)


CONTACT_FIELDS = (
    "company", "title", "how_met", "met_on", "met_at", "birthday", "linkedin", "location",
    "industry", "function", "seniority", "personal", "interests", "help_them", "help_me",
    "notes", "circle",
)  # fmt: skip


def _lines(value: str) -> list[str]:
    return [v.strip() for v in value.replace(",", "\n").splitlines() if v.strip()]


def contact_input(form: FormData) -> Any:
    from netgarden.services.contacts import ContactInput

    data = ContactInput(name=text(form, "name"))
    for key in CONTACT_FIELDS:
        setattr(data, key, text(form, key))
    data.circle = text(form, "circle") or None  # a form without the select changes nothing
    data.every = text(form, "every").strip() or 0
    for key in ("emails", "phones", "tags"):  # the whole list as the user wants it
        setattr(data, f"all_{key}", _lines(text(form, key)))
    return data


@router.get("/contacts/new")
def new_contact_page(request: Request) -> Response:
    return page(request, "contact_form.html", values={}, errors={}, contact=None)


@router.post("/contacts/new")
async def create_contact(request: Request) -> Response:
    from netgarden.services.contacts import add_contact

    form = await checked_form(request)
    show_again_on_error(request, "contact_form.html", values=dict(form), contact=None)
    data = contact_input(form)
    contact_id = await in_transaction(
        request, lambda u: add_contact(u, data, deps.now(), deps.today())
    )
    return back(f"/contacts/{contact_id}")


def contact_context(unit: Unit, contact_id: int) -> dict[str, Any]:
    from netgarden.domain.ledger import KINDS
    from netgarden.services.contacts import show_contact
    from netgarden.services.ledger import ledger_report
    from netgarden.services.links import known_by
    from netgarden.services.paths import warm_paths
    from netgarden.services.reviews import their_time
    from netgarden.services.strength import contact_strength

    contact = show_contact(unit, contact_id, deps.today())
    return {
        "contact": contact,
        "strength": contact_strength(unit, contact_id, deps.today()),
        "ledger": ledger_report(unit, contact_id),
        "ledger_kinds": KINDS,
        "known": known_by(unit, contact_id),
        "their_time": their_time(unit, contact_id, deps.now()),  # issue 13
        "paths": [p for p in warm_paths(unit, to=contact_id, limit=3, today=deps.today())
                  if len(p.ids) > 1],
    }  # fmt: skip


def contact_page_context(unit: Unit, contact_id: int) -> dict[str, Any]:
    """The contact page as it stands: its forms hold the contact's values, no mistakes."""
    context = contact_context(unit, contact_id)
    return {"values": contact_values(context["contact"]), "errors": {}, "touch_error": None,
            "ledger_error": None, "link_error": None, **context}  # fmt: skip


def show_contact_again_on_error(
    request: Request, contact_id: int, slot: str | None = None, **given: Any
) -> None:
    """A form of the contact page: on a mistake the page again, the message in ``slot``
    (the touch, ledger or link form) or beside the edit form's fields."""
    read = partial(contact_page_context, contact_id=contact_id)
    show_again_on_error(request, "contact.html", read=read, slot=slot, **given)


@router.get("/contacts/{contact_id}")
def contact_page(request: Request, unit: UnitDep, contact_id: ContactId) -> Response:
    return page(request, "contact.html", **contact_page_context(unit, contact_id))


@router.post("/contacts/{contact_id}/ledger")
async def record_ledger(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.ledger import EntryInput, record_entry

    form = await checked_form(request)
    data = EntryInput(text(form, "type"), text(form, "kind") or None, text(form, "note"),
                      text(form, "on") or None)  # fmt: skip
    show_contact_again_on_error(request, contact_id, "ledger_error")
    await in_transaction(
        request, lambda u: record_entry(u, contact_id, data, deps.now(), deps.today())
    )
    return back(f"/contacts/{contact_id}#ledger")


def contact_values(contact: Any) -> dict[str, Any]:
    values = {k: contact.get(k) or "" for k in CONTACT_FIELDS}
    values.update(
        name=contact.name, circle=contact.circle, linkedin=contact.get("linkedin_url") or "",
        every=contact.cadence_days if contact.cadence_source == "contact" else "",
        emails="\n".join(contact.emails), phones="\n".join(contact.phones),
        tags=", ".join(contact.tags),
    )  # fmt: skip
    return values


@router.post("/contacts/{contact_id}")
async def update_contact(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import edit_contact

    form = await checked_form(request)

    data = contact_input(form)
    show_contact_again_on_error(request, contact_id, values=dict(form))
    await in_transaction(
        request, lambda u: edit_contact(u, contact_id, data, deps.now(), deps.today())
    )
    return back(f"/contacts/{contact_id}")


@router.post("/contacts/{contact_id}/touches")
async def log_from_contact(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.touches import TouchInput, log_touch

    form = await checked_form(request)
    data = TouchInput(text(form, "kind"), text(form, "on") or None,
                      text(form, "direction") or None, text(form, "note"))  # fmt: skip
    show_contact_again_on_error(request, contact_id, "touch_error")
    await in_transaction(
        request, lambda u: log_touch(u, [contact_id], data, deps.now(), deps.today())
    )
    return back(f"/contacts/{contact_id}#timeline")


@router.post("/contacts/{contact_id}/archive")
async def archive_contact(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import set_archived

    form = await checked_form(request)
    archived = text(form, "archived") != "0"
    await in_transaction(request, lambda u: set_archived(u, contact_id, archived, deps.now()))
    return back(f"/contacts/{contact_id}")
