"""Introductions: the board, proposing one, moving one on."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import (
    UnitDep,
    back,
    in_transaction,
    page,
    show_again_on_error,
    text,
)

router = APIRouter(include_in_schema=False)


@router.get("/introductions")
def introductions_page(
    request: Request, unit: UnitDep, suggest: Annotated[str, Query(max_length=3)] = ""
) -> Response:
    """The board; the suggestions (seconds of work on a large network) come after it, asked
    for by HTMX once the page shows, or with it when ``?suggest=1`` (without JavaScript)."""
    found = board(unit, kept(request, unit))
    if suggest:
        found["suggestions"] = suggestions(request, unit)
    return page(request, "introductions.html", **found)


@router.get("/introductions/suggestions")
def introduction_suggestions(request: Request, unit: UnitDep) -> Response:
    return page(request, "_intro_suggestions.html", suggestions=suggestions(request, unit))


def suggestions(request: Request, unit: Unit) -> list[Any]:
    """The ten best introductions, computed once per data version."""
    from netgarden.services.suggestions import suggest_intros

    return deps.kept(request, unit, ("suggestions", 10), lambda u: suggest_intros(u, 10))


def kept(request: Request, unit: Unit) -> list[Any]:
    """Every introduction, read once per data version (the board is opened again and again;
    a move on it is a write, so what it shows after one is read afresh)."""
    from netgarden.services.introductions import introductions

    return deps.kept(request, unit, "introductions", introductions)


def board(unit: Unit, intros: list[Any] | None = None) -> dict[str, Any]:
    """The board's columns and the moves each state allows (the suggestions come after
    it); no mistake yet."""
    from netgarden.domain.network import NEXT_STATES, IntroState
    from netgarden.services.introductions import introductions

    intros = introductions(unit) if intros is None else intros
    columns = {state.value: [i for i in intros if i.state == state.value] for state in IntroState}
    nexts = {state.value: [n.value for n in NEXT_STATES[state]] for state in IntroState}
    return {"columns": columns, "nexts": nexts, "today": deps.today(),
            "suggestions": None, "error": None, "values": {}}  # fmt: skip


@router.post("/introductions")
async def propose_introduction(request: Request) -> Response:
    from netgarden.services.introductions import propose_intro
    from netgarden.services.lookup import resolve_contact

    form = await checked_form(request)

    def work(unit: Unit) -> int:
        a, b = resolve_contact(unit, text(form, "a")), resolve_contact(unit, text(form, "b"))
        return propose_intro(unit, a, b, text(form, "why"), deps.today(), deps.now()).id

    typed = {key: text(form, key) for key in ("a", "b", "why")}
    show_again_on_error(request, "introductions.html", read=board, slot="error", values=typed)
    await in_transaction(request, work)
    return back("/introductions")


@router.post("/introductions/{intro_id}")
async def move_introduction(
    request: Request, intro_id: Annotated[int, Path(ge=1, le=deps.MAX_ID)]
) -> Response:
    from netgarden.services.introductions import advance_intro

    form = await checked_form(request)
    state, outcome = text(form, "state"), text(form, "outcome")
    show_again_on_error(request, "introductions.html", read=board, slot="error")
    await in_transaction(
        request, lambda u: advance_intro(u, intro_id, state, outcome, deps.today(), deps.now())
    )
    return back("/introductions")
