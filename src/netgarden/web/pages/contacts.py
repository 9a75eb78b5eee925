"""Contacts: the list, a new contact, one contact's page and what is recorded from it."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

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
    sort: str = Query("", max_length=20),  # "": ranked with words to search, else by name
    due: str = Query("", max_length=3),
    archived: str = Query("", max_length=3),
    week: str = Query("", max_length=10),
    unanswered: str = Query("", max_length=3),
    ledger: str = Query("", max_length=10),
    page_number: int = Query(1, alias="page", ge=1, le=100_000),
    agenda: deps.Agenda = Depends(deps.agenda),
) -> Response:
    from netgarden.services.agenda import due_ids
    from netgarden.services.dashboard import people_behind
    from netgarden.services.listing import browse

    per_page = 50
    searches = request.app.state.searches
    flt = ListFilter(circle or None, tag or None, company or None, bool(archived), per_page)
    among = due_ids(agenda(unit, deps.today())) if due else None
    behind = people_behind(unit, deps.today(), week=week, unanswered=bool(unanswered),
                           ledger=ledger)  # fmt: skip
    if behind is not None:  # the people behind a figure of the dashboard
        among = [i for i in among if i in behind] if among is not None else sorted(behind)
    result = browse(unit, flt, q, sort or None, (page_number - 1) * per_page, among, searches)
    pages = max(1, -(-result.total // per_page))
    if page_number > pages:  # an old link, or a hand-typed number: show the last page
        page_number = pages
        result = browse(unit, flt, q, sort or None, (page_number - 1) * per_page, among, searches)
    context: dict[str, Any] = {
        "result": result, "q": q, "circle": circle, "tag": tag, "company": company,
        "sort": sort, "page_number": page_number, "due": due, "archived": archived,
        "pages": pages, "week": week, "unanswered": unanswered, "ledger": ledger,
    }  # fmt: skip
    if htmx(request) and request.headers.get("hx-target") == "results":
        return page(request, "_contacts_table.html", oob=True, **context)  # and the Sort select
    return page(request, "contacts.html", **context)


CONTACT_FIELDS = (
    "company", "title", "how_met", "met_on", "met_at", "birthday", "linkedin", "location",
    "industry", "function", "seniority", "personal", "interests", "help_them", "help_me",
    "notes", "circle",
)  # fmt: skip


def _lines(value: str) -> list[str]:
    return [v.strip() for v in value.replace(",", "\n").splitlines() if v.strip()]


def contact_input(form: FormData, fields: tuple[str, ...] | None = None) -> Any:
    """What the form asks. With ``fields`` (one section of the page) only those are read and
    every other field is left alone; without, the form is the whole contact."""
    from netgarden.services.contacts import ContactInput

    wanted = set(fields or ("name", *CONTACT_FIELDS, "every", "emails", "phones", "tags"))
    data = ContactInput()
    for key in ("name", *CONTACT_FIELDS):
        if key in wanted:
            setattr(data, key, text(form, key))
    if "circle" in wanted:
        data.circle = text(form, "circle") or None  # a form without the select changes nothing
    if "every" in wanted:
        data.every = text(form, "every").strip() or 0
    for key in ("emails", "phones", "tags"):  # the whole list as the user wants it
        if key in wanted:
            setattr(data, f"all_{key}", _lines(text(form, key)))
    if "anniversaries" in wanted and fields is not None:  # issue 15: the whole list wanted
        data.all_anniversaries = _lines(text(form, "anniversaries"))
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


SECTIONS: dict[str, tuple[str, ...]] = {
    "details": ("name", "company", "title", "circle", "every", "emails", "phones", "tags",
                "birthday", "linkedin", "location", "industry", "function", "seniority",
                "anniversaries"),
    "met": ("how_met", "met_on", "met_at"),
    "cares": ("personal", "interests"),
    "help": ("help_them", "help_me"),
    "notes": ("notes",),
}  # fmt: skip
SLOT_TAB = {"touch_error": "timeline", "ledger_error": "value", "link_error": "network"}
Tab = Annotated[str, Query(max_length=20)]


def contact_context(
    unit: Unit, contact_id: int, tab: str = "overview", paths: list[Any] | None = None
) -> dict[str, Any]:
    """The header and the one tab asked for; the other tabs are read when they are opened,
    the network tab's warm paths after it is shown (or ``paths``, already read)."""
    from netgarden.services.contact_tabs import contact_header, tab_data

    header = contact_header(unit, contact_id, deps.today())
    extra: dict[str, Any] = {}
    if tab == "overview":
        extra["role_history"] = _role_history(unit, contact_id)  # issue 16
    return {"header": header, "contact": header.contact, "tab": tab, **extra,
            **tab_data(unit, header, tab, deps.today(), deps.now(), paths)}  # fmt: skip


def _role_history(unit: Unit, contact_id: int) -> list[dict[str, Any]]:
    from netgarden.services.career import role_history

    return role_history(unit, contact_id)


def contact_page_context(
    unit: Unit, contact_id: int, tab: str = "overview", edit: str = "",
    paths: list[Any] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """The contact page as it stands: its forms hold the contact's values, no mistakes."""
    from netgarden.domain.ledger import KINDS

    context = contact_context(unit, contact_id, tab, paths)
    return {"values": contact_values(context["contact"]), "errors": {}, "touch_error": None,
            "ledger_error": None, "link_error": None, "edit": edit, "sections": SECTIONS,
            "ledger_kinds": KINDS, **context}  # fmt: skip


def show_contact_again_on_error(
    request: Request, contact_id: int, slot: str | None = None, **given: Any
) -> None:
    """A form of the contact page: on a mistake the page again, on the tab of that form, the
    message in ``slot`` (the touch, ledger or link form) or beside the edit form's fields."""
    tab = SLOT_TAB.get(slot or "", "overview")
    read = partial(contact_page_context, contact_id=contact_id, tab=tab)
    show_again_on_error(request, "contact.html", read=read, slot=slot, **given)


@router.get("/contacts/{contact_id}")
def contact_page(
    request: Request, unit: UnitDep, contact_id: ContactId, tab: Tab = "overview",
    edit: Tab = "", paths: Tab = "",
) -> Response:  # fmt: skip
    """One contact: the header and one tab (``?tab=``), a section open for editing
    (``?edit=``); the warm paths in the page itself with ``?paths=1`` (without JavaScript)."""
    from netgarden.services.contact_tabs import check_tab

    check_tab(tab)
    ways = _warm_paths(request, unit, contact_id) if tab == "network" and paths else None
    context = contact_page_context(unit, contact_id, tab, edit if edit in SECTIONS else "", ways)
    return page(request, "contact.html", **context)


def _warm_paths(request: Request, unit: Unit, contact_id: int) -> list[Any]:
    found: list[Any] = request.app.state.paths.get(unit, contact_id, deps.today())
    return found


@router.get("/contacts/{contact_id}/paths")
def contact_paths(request: Request, unit: UnitDep, contact_id: ContactId) -> Response:
    """The warm paths to a contact, for HTMX to swap into the network tab (issue 18): read
    after the page is shown, and kept until the next write."""
    from netgarden.services.lookup import require_contact

    contact = require_contact(unit, contact_id)
    paths = _warm_paths(request, unit, contact_id)
    return page(request, "_warm_paths.html", paths=paths, c=contact)


@router.get("/contacts/{contact_id}/tabs/{tab}")
def contact_tab(request: Request, unit: UnitDep, contact_id: ContactId, tab: str) -> Response:
    """One tab's panel, for HTMX to swap in when the tab is opened."""
    from netgarden.services.contact_tabs import check_tab

    context = contact_page_context(unit, contact_id, check_tab(tab))
    return page(request, "_contact_panel.html", **context)


def _section(section: str) -> tuple[str, ...]:
    from netgarden.errors import NotFound

    if section not in SECTIONS:
        raise NotFound("section", repr(section[:40]))
    return SECTIONS[section]


@router.get("/contacts/{contact_id}/sections/{section}")
def contact_section(
    request: Request, unit: UnitDep, contact_id: ContactId, section: str, edit: str = ""
) -> Response:
    """One section of the Overview, as shown or (``?edit=1``) as a small form."""
    _section(section)
    context = contact_page_context(unit, contact_id, edit=section if edit else "")
    return page(request, "_contact_section.html", section=section, **context)


@router.post("/contacts/{contact_id}/sections/{section}")
async def save_section(request: Request, contact_id: ContactId, section: str) -> Response:
    """Save one section's fields through the one edit service; a mistake shows beside its
    field in the section's form, what was typed kept."""
    from netgarden.services.contacts import edit_contact

    fields = _section(section)
    form = await checked_form(request)
    data = contact_input(form, fields)
    read = partial(contact_page_context, contact_id=contact_id, edit=section)
    if htmx(request):
        show_again_on_error(request, "_contact_section.html", read=read, section=section,
                            values=dict(form), fields=fields, other=fields[0])  # fmt: skip
    else:
        show_again_on_error(request, "contact.html", read=read, values=dict(form),
                            fields=fields, other=fields[0])  # fmt: skip
    await in_transaction(
        request, lambda u: edit_contact(u, contact_id, data, deps.now(), deps.today())
    )
    if htmx(request):
        shown = await in_transaction(request, lambda u: contact_page_context(u, contact_id))
        return page(request, "_contact_section.html", section=section, saved=True, **shown)
    return back(f"/contacts/{contact_id}#{section}")


@router.get("/contacts/{contact_id}/edit")
def edit_contact_page(request: Request, unit: UnitDep, contact_id: ContactId) -> Response:
    """Every field at once, for whoever wants the whole form."""
    from netgarden.services.contacts import show_contact

    contact = show_contact(unit, contact_id, deps.today())
    return page(request, "contact_form.html", values=contact_values(contact), errors={},
                contact=contact)  # fmt: skip


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
    return back(f"/contacts/{contact_id}?tab=value#ledger")


def contact_values(contact: Any) -> dict[str, Any]:
    values = {k: contact.get(k) or "" for k in CONTACT_FIELDS}
    values.update(
        name=contact.name, circle=contact.circle, linkedin=contact.get("linkedin_url") or "",
        every=contact.cadence_days if contact.cadence_source == "contact" else "",
        emails="\n".join(contact.emails), phones="\n".join(contact.phones),
        tags=", ".join(contact.tags),
        anniversaries="\n".join(contact.anniversaries),  # issue 15
    )  # fmt: skip
    return values


def _edit_form_context(unit: Unit, contact_id: int) -> dict[str, Any]:
    from netgarden.services.contacts import show_contact

    return {"contact": show_contact(unit, contact_id, deps.today()), "errors": {}}


@router.post("/contacts/{contact_id}")
async def update_contact(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import edit_contact

    form = await checked_form(request)

    data = contact_input(form)
    read = partial(_edit_form_context, contact_id=contact_id)
    show_again_on_error(request, "contact_form.html", read=read, values=dict(form))
    await in_transaction(
        request, lambda u: edit_contact(u, contact_id, data, deps.now(), deps.today())
    )
    return back(f"/contacts/{contact_id}")


@router.post("/contacts/{contact_id}/touches")
async def log_from_contact(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.touches import TouchInput, log_touch

    form = await checked_form(request)
    data = TouchInput(text(form, "kind"), text(form, "on") or None,
                      text(form, "direction") or None, text(form, "note"),
                      purpose=text(form, "purpose") or None)  # fmt: skip
    show_contact_again_on_error(request, contact_id, "touch_error")
    await in_transaction(
        request, lambda u: log_touch(u, [contact_id], data, deps.now(), deps.today())
    )
    return back(f"/contacts/{contact_id}?tab=timeline#timeline")


@router.post("/contacts/{contact_id}/archive")
async def archive_contact(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import set_archived

    form = await checked_form(request)
    archived = text(form, "archived") != "0"
    await in_transaction(request, lambda u: set_archived(u, contact_id, archived, deps.now()))
    return back(f"/contacts/{contact_id}")
