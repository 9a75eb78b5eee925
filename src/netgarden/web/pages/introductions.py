"""Introductions: the board, proposing one, moving one on."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from netgarden.errors import InvalidValue, UserError
from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.errors import message_of
from netgarden.web.pages.common import UnitDep, back, in_transaction, page, text

router = APIRouter(include_in_schema=False)


@router.get("/introductions")
def introductions_page(request: Request, unit: UnitDep) -> Response:
    from netgarden.domain.network import NEXT_STATES, IntroState
    from netgarden.services.introductions import introductions
    from netgarden.services.suggestions import suggest_intros

    intros = introductions(unit)
    columns = {state.value: [i for i in intros if i.state == state.value] for state in IntroState}
    nexts = {state.value: [n.value for n in NEXT_STATES[state]] for state in IntroState}
    return page(request, "introductions.html", columns=columns, nexts=nexts, today=deps.today(),
                suggestions=suggest_intros(unit, 10), error=None)  # fmt: skip


@router.post("/introductions")
async def propose_introduction(request: Request) -> Response:
    from netgarden.services.introductions import propose_intro
    from netgarden.services.lookup import resolve_contact

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
    from netgarden.services.introductions import advance_intro

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
