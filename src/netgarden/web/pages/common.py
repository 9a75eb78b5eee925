"""What every page shares: rendering a template, HTMX, redirects, a transaction off the
event loop, reading a form's fields, and the one way a form is shown again with its mistakes.

A route that writes names its form page first (``show_again_on_error``); when the work then
raises a UserError, the app's error handler (``form_again``) renders that page once more, in
a fresh transaction (the failed one was rolled back), with each message beside its field."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Annotated, Any, TypeVar

from fastapi import Path, Request, Response
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from netgarden.domain.values import MAX_DAYS, Circle, TouchKind
from netgarden.errors import InvalidValue, UserError
from netgarden.services.database import Database, Unit
from netgarden.web import deps
from netgarden.web.errors import form_errors, message_of

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
    workspace = deps.workspace_of(request)  # the signed-in user's, in server mode

    def run() -> T:
        with database.transaction(workspace) as unit:
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


def whole_days(form: FormData, key: str, default: int, most: int = MAX_DAYS) -> int:
    raw = text(form, key).strip()
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 5 and 1 <= int(raw) <= most):
        raise InvalidValue(key, f"{raw[:40]!r} is not a number of days from 1 to {most}")
    return int(raw)


@dataclass(frozen=True)
class FormPage:
    """The page a form is on, to show again when what was sent cannot be used."""

    template: str
    given: dict[str, Any] = field(default_factory=dict)  # what the page shows as it is
    read: Callable[[Unit], dict[str, Any]] | None = None  # what it reads afresh
    slot: str | None = None  # one line for one form of several on a page ("touch_error")
    fields: Collection[str] | None = None  # the form's fields, when not every field is one
    other: str = ""  # ... and where a message for no field of the form goes


def show_again_on_error(
    request: Request,
    template: str,
    *,
    read: Callable[[Unit], dict[str, Any]] | None = None,
    slot: str | None = None,
    fields: Collection[str] | None = None,
    other: str = "",
    **given: Any,
) -> None:
    """Should this request's work raise a UserError, show ``template`` again (422) with
    ``given`` over what ``read`` finds, and the mistakes beside the fields (or in ``slot``)."""
    request.state.form_page = FormPage(template, given, read, slot, fields, other)


def form_page_of(request: Request) -> FormPage | None:
    found = getattr(request.state, "form_page", None)
    return found if isinstance(found, FormPage) else None


async def form_again(request: Request, form: FormPage, error: UserError) -> Response:
    """The form's page once more, saying what is wrong beside each field. A page that is
    itself gone (its contact deleted meanwhile) raises that error instead."""
    shown = await in_transaction(request, form.read) if form.read is not None else {}
    shown.update(form.given)
    if form.slot is not None:
        shown[form.slot] = message_of(error)
    else:
        shown["errors"] = {**shown.get("errors", {}), **_beside(form, error)}
    return page(request, form.template, status=422, **shown)


def _beside(form: FormPage, error: UserError) -> dict[str, str]:
    """Each message by the form field it belongs beside."""
    if not isinstance(error, InvalidValue):
        return {form.other: message_of(error)}
    found = form_errors(error)
    if form.fields is None:
        return found
    beside = {k: m for k, m in found.items() if k in form.fields}
    rest = [one for one in error.errors if form_errors(one).keys() - form.fields]
    if rest:
        messages = [beside.get(form.other, ""), *(message_of(one) for one in rest)]
        beside[form.other] = "; ".join(m for m in messages if m)
    return beside
