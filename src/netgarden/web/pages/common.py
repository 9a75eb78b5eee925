"""What every page shares: rendering a template, HTMX, redirects, a transaction off the
event loop, and reading a form's fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import Path, Request, Response
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from netgarden.domain.values import Circle, TouchKind
from netgarden.errors import InvalidValue
from netgarden.services.database import Database, Unit
from netgarden.web import deps

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
