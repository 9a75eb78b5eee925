"""HTML pages (Jinja2 + HTMX). They read without JavaScript; HTMX only makes them quicker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from netgarden.domain.values import Circle, TouchKind
from netgarden.domain.views import ListFilter
from netgarden.errors import InvalidValue, UserError
from netgarden.services.database import Database, Unit
from netgarden.web import deps
from netgarden.web.app import checked_form
from netgarden.web.errors import form_errors, message_of

router = APIRouter(include_in_schema=False)
UnitDep = deps.UnitDep
ContactId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
KINDS = [k.value for k in TouchKind]
CIRCLES = [c.value for c in Circle]
T = TypeVar("T")


def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    templates = request.app.state.templates
    context.setdefault("kinds", KINDS)
    context.setdefault("circles", CIRCLES)
    context["csrf"] = request.state.csrf
    return templates.TemplateResponse(request, name, context, status_code=status)  # type: ignore[no-any-return]


def htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def back(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


async def in_transaction(request: Request, work: Callable[[Unit], T]) -> T:
    database: Database = request.app.state.database

    def run() -> T:
        with database.transaction() as unit:
            return work(unit)

    return await run_in_threadpool(run)


def text(form: FormData, key: str) -> str:
    value = form.get(key)
    return value if isinstance(value, str) else ""


def contact_id_of(form: FormData, key: str = "contact_id") -> int:
    """A form's contact id; anything else is a contact that does not exist."""
    from netgarden.errors import NotFound

    raw = text(form, key).strip().lstrip("#")
    if not (raw.isascii() and raw.isdigit() and len(raw) < 20 and 1 <= int(raw) <= deps.MAX_ID):
        raise NotFound("contact", repr(raw[:40]))
    return int(raw)


def whole_days(form: FormData, key: str, default: int, most: int = 3650) -> int:
    raw = text(form, key).strip()
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 5 and 1 <= int(raw) <= most):
        raise InvalidValue(key, f"{raw[:40]!r} is not a number of days from 1 to {most}")
    return int(raw)


# -- Today ---------------------------------------------------------------------------------


@router.get("/")
def today_page(
    request: Request, unit: UnitDep, agenda: Annotated[deps.Agenda, Depends(deps.agenda)]
) -> Response:
    from netgarden.services.agenda import unplaced

    day = deps.today()
    items = agenda(unit, day)
    return page(request, "today.html", items=items[:30], total=len(items), day=day,
                unplaced=0 if items else unplaced(unit))  # fmt: skip


@router.post("/touches")
async def log_from_agenda(request: Request) -> Response:
    from netgarden.services.touches import TouchInput, log_touch

    form = await checked_form(request)
    contact_id = contact_id_of(form)
    data = TouchInput(text(form, "kind"), text(form, "on") or None, None, text(form, "note"))

    def work(unit: Unit) -> Any:
        from netgarden.services.contacts import show_contact

        logged = log_touch(unit, [contact_id], data, deps.now(), deps.today())
        return logged, show_contact(unit, contact_id, deps.today())

    try:
        logged, person = await in_transaction(request, work)
    except InvalidValue as error:
        if htmx(request):
            return page(request, "_row_error.html", status=422, message=message_of(error))
        raise
    if htmx(request):
        return page(request, "_logged.html", logged=logged, person=person)
    return back("/")


@router.post("/contacts/{contact_id}/snooze")
async def snooze_page(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import snooze

    form = await checked_form(request)
    days = whole_days(form, "days", 7)
    until = deps.today() + dt.timedelta(days=days)
    await in_transaction(request, lambda u: snooze(u, contact_id, until, deps.today(), deps.now()))
    if htmx(request):
        return page(request, "_snoozed.html", until=until)
    return back(request.headers.get("referer") or "/")


@router.post("/capture")
async def capture(request: Request) -> Response:
    from netgarden.services.capture import propose

    form = await checked_form(request)
    line = text(form, "text").strip()
    if not line or len(line) > CAPTURE_MAX:
        return _capture_page(request, error=_capture_problem(line))
    proposal = await in_transaction(request, lambda u: propose(u, line, deps.today()))
    return _capture_page(request, proposal=proposal)


@router.post("/capture/confirm")
async def confirm_capture(request: Request) -> Response:
    """Log what the user confirmed; whoever a name may be is the user's choice, never ours."""
    from netgarden.services.capture import log_capture, propose, unchosen
    from netgarden.services.touches import TouchInput

    form = await checked_form(request)
    line = text(form, "text").strip()
    if not line or len(line) > CAPTURE_MAX:
        return _capture_page(request, status=422, error=_capture_problem(line))
    proposal = await in_transaction(request, lambda u: propose(u, line, deps.today()))
    chosen = [text(form, f"person-{i}") or None for i in range(len(proposal.people))]
    kind, on, note = text(form, "kind"), text(form, "on"), text(form, "note")
    values = {"kind": kind, "on": on, "note": note, "chosen": chosen}
    errors = {f"person-{i}": message for i, message in unchosen(proposal, chosen).items()}
    if "people" in proposal.problems:
        errors["people"] = proposal.problems["people"]
    if not errors:
        data = TouchInput(kind, on or None, None, note)
        ids = [int(c) for c in chosen if c]
        try:
            logged = await in_transaction(
                request, lambda u: log_capture(u, ids, data, deps.now(), deps.today())
            )
        except InvalidValue as error:
            # the template shows a date problem of the proposal and of the touch in one place
            errors.update(
                {{"on": "occurred_on"}.get(k, k): m for k, m in form_errors(error).items()}
            )
        else:
            return _capture_page(request, logged=logged.summary())
    return _capture_page(request, status=422, proposal=proposal, values=values, errors=errors)


CAPTURE_MAX = 2000  # characters: a line, not a diary


def _capture_problem(line: str) -> str:
    if line:
        return f"That is {len(line):,} characters; say it in {CAPTURE_MAX:,} or fewer."
    return "Type what happened, e.g. “coffee with Priya about evals”."


def _capture_page(request: Request, status: int = 200, **context: Any) -> Response:
    """The proposal (or what was logged) as a fragment for HTMX, else as a page."""
    for key in ("proposal", "error", "logged", "values"):
        context.setdefault(key, None)
    context.setdefault("errors", {})
    name = "_capture.html" if htmx(request) else "capture.html"
    return page(request, name, status=status, today=deps.today(), **context)


# -- Contacts ------------------------------------------------------------------------------


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
    from netgarden.services.contacts import browse

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


def contact_input(form: FormData, current: Any = None) -> Any:
    from netgarden.services.contacts import ContactInput

    data = ContactInput(name=text(form, "name"))
    for key in CONTACT_FIELDS:
        setattr(data, key, text(form, key))
    data.circle = text(form, "circle") or None  # a form without the select changes nothing
    data.every = text(form, "every").strip() or 0
    for key in ("emails", "phones", "tags"):
        wanted = _lines(text(form, key))
        have = getattr(current, key) if current is not None else []
        setattr(data, key, [v for v in wanted if v not in have])
        setattr(data, f"remove_{key}", [v for v in have if v not in wanted])
    return data


@router.get("/contacts/new")
def new_contact_page(request: Request) -> Response:
    return page(request, "contact_form.html", values={}, errors={}, contact=None)


@router.post("/contacts/new")
async def create_contact(request: Request) -> Response:
    from netgarden.services.contacts import add_contact

    form = await checked_form(request)
    try:
        data = contact_input(form)
        contact_id = await in_transaction(
            request, lambda u: add_contact(u, data, deps.now(), deps.today())
        )
    except InvalidValue as error:
        errors = form_errors(error)
        return page(request, "contact_form.html", status=422, values=dict(form), errors=errors,
                    contact=None)  # fmt: skip
    return back(f"/contacts/{contact_id}")


def _contact_context(unit: Unit, contact_id: int) -> dict[str, Any]:
    from netgarden.domain.ledger import KINDS
    from netgarden.services.contacts import show_contact
    from netgarden.services.ledger import ledger_report
    from netgarden.services.network import known_by, warm_paths
    from netgarden.services.strength import contact_strength

    contact = show_contact(unit, contact_id, deps.today())
    return {
        "contact": contact,
        "strength": contact_strength(unit, contact_id, deps.today()),
        "ledger": ledger_report(unit, contact_id),
        "ledger_kinds": KINDS,
        "known": known_by(unit, contact_id),
        "paths": [p for p in warm_paths(unit, to=contact_id, limit=3, today=deps.today())
                  if len(p.ids) > 1],
    }  # fmt: skip


@router.get("/contacts/{contact_id}")
def contact_page(request: Request, unit: UnitDep, contact_id: ContactId) -> Response:
    context = _contact_context(unit, contact_id)
    return page(request, "contact.html", values=_values(context["contact"]), errors={},
                touch_error=None, ledger_error=None, link_error=None, **context)  # fmt: skip


@router.post("/contacts/{contact_id}/links")
async def add_link(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import resolve_contact
    from netgarden.services.network import link_contacts

    form = await checked_form(request)

    def work(unit: Unit) -> None:
        other = resolve_contact(unit, text(form, "other"))
        link_contacts(unit, contact_id, other, deps.now(), text(form, "how"),
                      text(form, "strength") or "medium")  # fmt: skip

    try:
        await in_transaction(request, work)
    except UserError as error:
        context = await in_transaction(request, lambda u: _contact_context(u, contact_id))
        return page(request, "contact.html", status=422, values=_values(context["contact"]),
                    errors={}, touch_error=None, ledger_error=None, link_error=message_of(error),
                    **context)  # fmt: skip
    return back(f"/contacts/{contact_id}#network")


@router.get("/introductions")
def introductions_page(request: Request, unit: UnitDep) -> Response:
    from netgarden.domain.network import NEXT_STATES, IntroState
    from netgarden.services.network import introductions, suggest_intros

    intros = introductions(unit)
    columns = {state.value: [i for i in intros if i.state == state.value] for state in IntroState}
    nexts = {state.value: [n.value for n in NEXT_STATES[state]] for state in IntroState}
    return page(request, "introductions.html", columns=columns, nexts=nexts, today=deps.today(),
                suggestions=suggest_intros(unit, 10), error=None)  # fmt: skip


@router.post("/introductions")
async def propose_introduction(request: Request) -> Response:
    from netgarden.services.contacts import resolve_contact
    from netgarden.services.network import propose_intro

    form = await checked_form(request)

    def work(unit: Unit) -> int:
        a, b = resolve_contact(unit, text(form, "a")), resolve_contact(unit, text(form, "b"))
        return propose_intro(unit, a, b, text(form, "why"), deps.today(), deps.now()).id

    try:
        await in_transaction(request, work)
    except UserError as error:
        return page(request, "error.html", status=422, message=message_of(error))
    return back("/introductions")


@router.post("/introductions/{intro_id}")
async def move_introduction(
    request: Request, intro_id: Annotated[int, Path(ge=1, le=deps.MAX_ID)]
) -> Response:
    from netgarden.services.network import advance_intro

    form = await checked_form(request)
    state, outcome = text(form, "state"), text(form, "outcome")
    try:
        await in_transaction(
            request,
            lambda u: advance_intro(u, intro_id, state, outcome, deps.today(), deps.now()),
        )
    except InvalidValue as error:  # a missing introduction is the app's 404 page
        return page(request, "error.html", status=422, message=message_of(error))
    return back("/introductions")


@router.get("/network")
def network_page(
    request: Request,
    unit: UnitDep,
    center: str = Query("", max_length=300),
    circle: str = Query("", max_length=10),
    tag: str = Query("", max_length=100),
) -> Response:
    from netgarden.services.contacts import resolve_contact
    from netgarden.services.network import focused_graph

    center_id = resolve_contact(unit, center) if center.strip() else None
    graph = focused_graph(unit, center=center_id, circle=circle or None, tag=tag or None)
    names = {n["id"]: n["label"] for n in graph.nodes}
    return page(request, "network.html", graph=graph, names=names, center=center,
                circle=circle, tag=tag, center_id=center_id)  # fmt: skip


@router.post("/contacts/{contact_id}/ledger")
async def record_ledger(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.ledger import EntryInput, record_entry

    form = await checked_form(request)
    data = EntryInput(text(form, "type"), text(form, "kind") or None, text(form, "note"),
                      text(form, "on") or None)  # fmt: skip
    try:
        await in_transaction(
            request, lambda u: record_entry(u, contact_id, data, deps.now(), deps.today())
        )
    except (InvalidValue, ValueError) as error:
        context = await in_transaction(request, lambda u: _contact_context(u, contact_id))
        message = (
            message_of(error) if isinstance(error, InvalidValue) else "choose give, receive or ask"
        )
        return page(request, "contact.html", status=422, values=_values(context["contact"]),
                    errors={}, touch_error=None, ledger_error=message, link_error=None,
                    **context)  # fmt: skip
    return back(f"/contacts/{contact_id}#ledger")


def _values(contact: Any) -> dict[str, Any]:
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
    from netgarden.services.contacts import edit_contact, show_contact

    form = await checked_form(request)

    def work(unit: Unit) -> None:
        current = show_contact(unit, contact_id, deps.today())
        edit_contact(unit, contact_id, contact_input(form, current), deps.now(), deps.today())

    try:
        await in_transaction(request, work)
    except InvalidValue as error:
        context = await in_transaction(request, lambda u: _contact_context(u, contact_id))
        errors = form_errors(error)
        return page(request, "contact.html", status=422, values=dict(form), errors=errors,
                    touch_error=None, ledger_error=None, link_error=None, **context)  # fmt: skip
    return back(f"/contacts/{contact_id}")


@router.post("/contacts/{contact_id}/touches")
async def log_from_contact(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.touches import TouchInput, log_touch

    form = await checked_form(request)
    data = TouchInput(text(form, "kind"), text(form, "on") or None,
                      text(form, "direction") or None, text(form, "note"))  # fmt: skip
    try:
        await in_transaction(
            request, lambda u: log_touch(u, [contact_id], data, deps.now(), deps.today())
        )
    except InvalidValue as error:
        context = await in_transaction(request, lambda u: _contact_context(u, contact_id))
        return page(request, "contact.html", status=422, values=_values(context["contact"]),
                    errors={}, touch_error=message_of(error), ledger_error=None, link_error=None,
                    **context)  # fmt: skip
    return back(f"/contacts/{contact_id}#timeline")


@router.post("/contacts/{contact_id}/archive")
async def archive_contact(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import set_archived

    form = await checked_form(request)
    archived = text(form, "archived") != "0"
    await in_transaction(request, lambda u: set_archived(u, contact_id, archived, deps.now()))
    return back(f"/contacts/{contact_id}")


# -- Export (import: pages_import) ---------------------------------------------------------


@router.get("/export")
def export_page(request: Request) -> Response:
    return page(request, "export.html")


@router.get("/export/{fmt}")
def export_download(unit: UnitDep, fmt: str) -> Response:
    from netgarden.web.downloads import download

    return download(unit, fmt, "4.0", deps.today())


# -- Dashboard and settings ----------------------------------------------------------------


@router.get("/dashboard")
def dashboard_page(request: Request, unit: UnitDep) -> Response:
    from netgarden.services.stats import network_stats

    stats = network_stats(unit, deps.today(), cache=request.app.state.agenda)
    return page(request, "dashboard.html", stats=stats)


@router.get("/settings")
def settings_page(request: Request, unit: UnitDep) -> Response:
    from netgarden.domain.preferences import PREFERENCES
    from netgarden.services.preferences import get_preferences

    return page(request, "settings.html", prefs=get_preferences(unit).as_dict(), help=PREFERENCES,
                errors={}, saved=False)  # fmt: skip


@router.post("/settings")
async def save_settings(request: Request) -> Response:
    from netgarden.domain.preferences import PREFERENCES
    from netgarden.services.preferences import set_preferences

    form = await checked_form(request)
    values = {pref.key: text(form, pref.key) for pref in PREFERENCES}

    def work(unit: Unit) -> dict[str, int]:
        return set_preferences(unit, values).as_dict()

    try:
        prefs = await in_transaction(request, work)
    except InvalidValue as error:
        return page(request, "settings.html", status=422, prefs=dict(form), help=PREFERENCES,
                    errors=form_errors(error), saved=False)  # fmt: skip
    return page(request, "settings.html", prefs=prefs, help=PREFERENCES, errors={}, saved=True)
