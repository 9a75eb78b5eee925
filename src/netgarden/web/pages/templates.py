"""Outreach templates and drafts: the Templates page (list, one template, copy, edit, with a
live preview that marks placeholders), and the draft page (``/draft?contact=&event=&key=``)
that fills a template for a contact, shows what is still missing, copies and logs it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response
from starlette.datastructures import FormData, QueryParams

from netgarden.domain.seed_templates import ASKS
from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.errors import message_of
from netgarden.web.pages.common import (
    UnitDep,
    back,
    in_transaction,
    page,
    show_again_on_error,
    text,
)

router = APIRouter(include_in_schema=False)
Key = Annotated[str, Path(min_length=1, max_length=40)]
SET = "set:"  # a draft form's field for a placeholder: ``set:specific point``


@router.get("/templates")
def templates_page(request: Request, unit: UnitDep) -> Response:
    from netgarden.services.templates import list_templates

    return page(request, "templates.html", templates=list_templates(unit))


@router.get("/templates/preview")
def template_preview(request: Request, body: str = "") -> Response:
    """The body with its placeholders marked (the edit form's live preview)."""
    from netgarden.domain.templates import placeholders, segments

    return page(request, "templates_preview.html", pieces=segments(body[:20_000], {}),
                placeholders=placeholders(body[:20_000]))  # fmt: skip


def template_context(unit: Unit, key: str) -> dict[str, Any]:
    from netgarden.domain.templates import segments
    from netgarden.services.templates import get_template

    found = get_template(unit, key)
    values = {"name": found.name, "purpose": found.purpose or "", "asks": found.asks,
              "body": found.body}  # fmt: skip
    return {"template": found, "pieces": segments(found.body, {}), "values": values,
            "errors": {}, "asks": ASKS}  # fmt: skip


@router.get("/templates/{key}")
def template_page(request: Request, unit: UnitDep, key: Key) -> Response:
    return page(request, "templates_show.html", **template_context(unit, key))


@router.post("/templates/{key}/copy")
async def copy_template_page(request: Request, key: Key) -> Response:
    from netgarden.services.templates import copy_template

    form = await checked_form(request)
    new = text(form, "key")
    show_again_on_error(request, "templates_show.html", read=lambda u: template_context(u, key),
                        copy_key=new)  # fmt: skip
    made = await in_transaction(request, lambda u: copy_template(u, key, new, deps.now()))
    return back(f"/templates/{made.key}")


@router.post("/templates/{key}")
async def edit_template_page(request: Request, key: Key) -> Response:
    from netgarden.services.templates import TemplateChange, edit_template

    form = await checked_form(request)
    change = TemplateChange(text(form, "body"), text(form, "name"), text(form, "purpose"),
                            text(form, "asks"))  # fmt: skip

    def again(unit: Unit) -> dict[str, Any]:
        return {**template_context(unit, key), "values": dict(form)}

    show_again_on_error(request, "templates_show.html", read=again)
    await in_transaction(request, lambda u: edit_template(u, key, change, deps.now()))
    return back(f"/templates/{key}")


@router.post("/templates/{key}/delete")
async def delete_template_page(request: Request, key: Key) -> Response:
    from netgarden.services.templates import remove_template

    await checked_form(request)
    show_again_on_error(request, "templates_show.html", read=lambda u: template_context(u, key),
                        slot="delete_error")  # fmt: skip
    await in_transaction(request, lambda u: remove_template(u, key))
    return back("/templates")


# -- the draft page ------------------------------------------------------------------------


def query_of(given: Mapping[str, str]) -> Any:
    """A draft page's fields as the service reads them (``set:NAME`` holds a placeholder)."""
    from netgarden.services.drafts import DraftQuery

    values = {k[len(SET) :]: v for k, v in given.items() if k.startswith(SET)}
    return DraftQuery(given.get("key") or "cold", given.get("contact", ""),
                      given.get("to", ""), given.get("event", ""), values)  # fmt: skip


def draft_context(unit: Unit, given: Mapping[str, str]) -> dict[str, Any]:
    """The draft page for what ``given`` (the query or the form) holds: the templates, the
    values typed, and the preview with what is missing marked."""
    from netgarden.domain.templates import segments
    from netgarden.services.drafts import draft_form
    from netgarden.services.templates import list_templates

    shown = draft_form(unit, query_of(given), deps.today())
    made = shown.draft
    context: dict[str, Any] = {
        "templates": list_templates(unit), "given": dict(given),
        "key": shown.template.key if shown.template else given.get("key"),
        "template": shown.template, "draft": made, "errors": {}, "fields": [],
        "error": message_of(shown.problem) if shown.problem else None,
    }  # fmt: skip
    if made is not None:
        context["pieces"] = segments(made.template.body, made.filled)
        context["fields"] = _fields(made.template.placeholders, made, given)
    return context


def _fields(names: list[str], made: Any, given: Mapping[str, str]) -> list[dict[str, Any]]:
    """One input per placeholder the user fills: those the facts did not fill, and those
    the user set."""
    typed = {k[len(SET) :] for k, v in given.items() if k.startswith(SET) and v.strip()}
    return [
        {"name": name, "field": SET + name, "value": given.get(SET + name, "")}
        for name in names
        if name in made.missing or name in typed
    ]  # fmt: skip


def _plain(params: QueryParams | FormData) -> dict[str, str]:
    return {k: v for k, v in params.items() if isinstance(v, str) and k != "csrf_token"}


@router.get("/draft")
def draft_page(request: Request, unit: UnitDep) -> Response:
    return page(request, "draft.html", **draft_context(unit, _plain(request.query_params)))


@router.get("/draft/preview")
def draft_preview(request: Request, unit: UnitDep) -> Response:
    """The preview alone, for the draft form's live update."""
    context = draft_context(unit, _plain(request.query_params))
    return page(request, "draft_preview.html", **context)


@router.post("/draft/log")
async def log_draft_page(request: Request) -> Response:
    """Log the draft as sent; what is still missing is shown beside its field (422)."""
    from netgarden.services.drafts import draft, log_draft, resolve_query

    given = _plain(await checked_form(request))
    via = given.get("via") or "message"
    show_again_on_error(request, "draft.html", read=lambda u: draft_context(u, given),
                        other="contact")  # fmt: skip

    def work(unit: Unit) -> dict[str, Any]:
        made = draft(unit, resolve_query(unit, query_of(given)), deps.today())
        logged = log_draft(unit, made, via, deps.now(), deps.today())
        return {**draft_context(unit, given), "logged": logged}

    return page(request, "draft.html", **await in_transaction(request, work))
