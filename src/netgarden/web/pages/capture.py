"""Quick capture: a line of text proposes a touch; the user confirms who and what."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import htmx, in_transaction, page, show_again_on_error, text

router = APIRouter(include_in_schema=False)


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
    if errors:
        return _capture_page(request, 422, proposal=proposal, values=values, errors=errors)
    name, shown = _capture_context(request, proposal=proposal, values=values)
    show_again_on_error(request, name, **shown)
    data = TouchInput(kind, on or None, None, note)
    ids = [int(c) for c in chosen if c]
    logged = await in_transaction(
        request, lambda u: log_capture(u, ids, data, deps.now(), deps.today())
    )
    return _capture_page(request, logged=logged.summary())


CAPTURE_MAX = 2000  # characters: a line, not a diary


def _capture_problem(line: str) -> str:
    if line:
        return f"That is {len(line):,} characters; say it in {CAPTURE_MAX:,} or fewer."
    return "Type what happened, e.g. “coffee with Priya about evals”."


def _capture_page(request: Request, status: int = 200, **context: Any) -> Response:
    """The proposal (or what was logged) as a fragment for HTMX, else as a page."""
    name, shown = _capture_context(request, **context)
    return page(request, name, status=status, **shown)


def _capture_context(request: Request, **context: Any) -> tuple[str, dict[str, Any]]:
    for key in ("proposal", "error", "logged", "values"):
        context.setdefault(key, None)
    context.setdefault("errors", {})
    name = "_capture.html" if htmx(request) else "capture.html"
    return name, {"today": deps.today(), **context}
