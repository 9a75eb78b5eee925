"""Reviews on the web (issue 13): the triage page (proposals in batches, checkboxes, one
confirm) and the Reviews page (health, the audit with apply, diversity bars, the value matrix
as a clickable 2x2 scatter, the board)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request, Response

from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import (
    ContactId,
    UnitDep,
    back,
    in_transaction,
    page,
    show_again_on_error,
)

router = APIRouter(include_in_schema=False)
DIMENSIONS = ("industry", "function", "seniority", "location", "company")
CELL_SHOWN = 100  # the people of one matrix cell on a page
AUDIT_SHOWN = 20  # the audit's lines on a page (issue 11: every page at most 150 KB)


def _ids(values: list[Any], field: str) -> list[int]:
    from netgarden.errors import InvalidValue

    found = []
    for value in values:
        raw = value if isinstance(value, str) else ""
        if not (raw.isascii() and raw.isdigit() and len(raw) < 19):
            raise InvalidValue(field, f"{raw[:40]!r} is not a line of this review")
        found.append(int(raw))
    if not found:
        raise InvalidValue(field, "nothing chosen; tick at least one line")
    return found


TRIAGE_BATCHES = 5  # batches of 20 a page: 100 proposals, ~40 KB at 30,000 contacts


def _triage(unit: Unit, page_number: int = 1, found: Any = None) -> dict[str, Any]:
    """One page of the triage's batches (``found``: the triage as kept, when it is)."""
    from netgarden.domain.triage import BATCH, batches
    from netgarden.services.triage import triage

    found = triage(unit, deps.today()) if found is None else found
    per_page = TRIAGE_BATCHES * BATCH
    pages = max(1, -(-len(found.proposals) // per_page))
    page_number = min(page_number, pages)  # an old link after a batch was applied
    first = (page_number - 1) * per_page
    shown = batches(found.proposals[first : first + per_page])
    return {
        "found": found,
        "batches": shown,
        "first_batch": first // BATCH,
        "pages": pages,
        "all_batches": -(-len(found.proposals) // BATCH),
        "page_number": page_number,
    }


@router.get("/triage")
def triage_page(
    request: Request,
    unit: UnitDep,
    applied: int = Query(-1, ge=-1, le=10**6),
    page_number: int = Query(1, alias="page", ge=1, le=100_000),
) -> Response:
    from netgarden.services.triage import triage

    day = deps.today()
    found = deps.kept(request, unit, ("triage", day), lambda u: triage(u, day))
    return page(request, "triage.html", applied=applied, errors={},
                **_triage(unit, page_number, found))  # fmt: skip


@router.post("/triage")
async def apply_triage(request: Request) -> Response:
    from netgarden.services.triage import apply_triage as apply

    form = await checked_form(request)

    def work(unit: Unit) -> int:
        chosen = _ids(form.getlist("contacts"), "contact_ids")
        return len(apply(unit, chosen, deps.today(), deps.now()))

    show_again_on_error(request, "triage.html", read=_triage, applied=-1, fields=("contact_ids",),
                        other="contact_ids")  # fmt: skip
    done = await in_transaction(request, work)
    return back(f"/triage?applied={done}")


def _reviews(unit: Unit) -> dict[str, Any]:
    from netgarden.domain.diversity import Dimension
    from netgarden.domain.matrix import QUADRANTS, grid
    from netgarden.services.board import board_review
    from netgarden.services.diversity import diversity_of
    from netgarden.services.matrix import matrix
    from netgarden.services.reviews import audit_review, health_review, review_facts

    day = deps.today()
    people = review_facts(unit, day)  # read once, for every review on the page
    placed = matrix(unit, day, people=people)
    cells = grid(placed)
    members: dict[str, list[Any]] = {key: [] for key in QUADRANTS}
    for p in placed:
        members[p.quadrant].append(p)
    return {
        "health": health_review(unit, day, people),
        "audit": audit_review(unit, day, people),
        "diversity": diversity_of(unit, [Dimension(d) for d in DIMENSIONS], day, people),
        "placed": placed,
        "members": members,
        "quadrants": QUADRANTS,
        "board": board_review(unit, day, people),
        "cells": cells,
        "most_in_cell": max(c.people for c in cells) or 1,
    }


def _kept_reviews(request: Request, unit: Unit) -> dict[str, Any]:
    """Every review of the page, computed once per data version (seconds at 30,000)."""
    return deps.kept(request, unit, ("reviews", deps.today()), _reviews)


@router.get("/reviews")
def reviews_page(
    request: Request,
    unit: UnitDep,
    applied: int = Query(-1, ge=-1, le=10**6),
    audit_page: int = Query(1, ge=1, le=100_000),
) -> Response:
    found = _kept_reviews(request, unit)
    return page(request, "reviews.html", applied=applied, errors={}, audit_page=audit_page,
                audit_shown=AUDIT_SHOWN, **found)  # fmt: skip


@router.get("/reviews/matrix")
def matrix_cell(
    request: Request,
    unit: UnitDep,
    influence: int = Query(ge=1, le=5),
    accessibility: int = Query(ge=1, le=5),
    page_number: int = Query(1, alias="page", ge=1, le=100_000),
) -> Response:
    """The people on one point of the value matrix (a cell of the chart opens this)."""
    from netgarden.domain.matrix import QUADRANTS, quadrant_of

    placed = _kept_reviews(request, unit)["placed"]
    here = [p for p in placed if (p.influence, p.accessibility) == (influence, accessibility)]
    quadrant = quadrant_of(influence, accessibility)
    pages = max(1, -(-len(here) // CELL_SHOWN))
    page_number = min(page_number, pages)
    shown = here[(page_number - 1) * CELL_SHOWN : page_number * CELL_SHOWN]
    return page(request, "matrix_cell.html", people=shown, total=len(here), pages=pages,
                page_number=page_number, influence=influence, accessibility=accessibility,
                quadrant=QUADRANTS[quadrant][0])  # fmt: skip


@router.post("/reviews/audit")
async def apply_audit(request: Request) -> Response:
    from netgarden.services.reviews import apply_audit as apply

    form = await checked_form(request)

    def work(unit: Unit) -> int:
        chosen = _ids(form.getlist("numbers"), "numbers")
        return len(apply(unit, chosen, deps.today(), deps.now()))

    show_again_on_error(request, "reviews.html", read=_reviews, applied=-1, fields=("numbers",),
                        other="numbers", audit_page=1, audit_shown=AUDIT_SHOWN)  # fmt: skip
    done = await in_transaction(request, work)
    return back(f"/reviews?applied={done}#audit")


@router.post("/contacts/{contact_id}/review-facts")
async def save_review_facts(request: Request, contact_id: ContactId) -> Response:
    """The contact page's "For reviews" form: influence, accessibility, energy, board seat,
    decisions, time zone, mentee ("" clears)."""
    from netgarden.services.contacts import ContactInput, edit_contact
    from netgarden.web.pages.common import text
    from netgarden.web.pages.contacts import show_contact_again_on_error

    form = await checked_form(request)
    data = ContactInput(
        influence=text(form, "influence"), accessibility=text(form, "accessibility"),
        energy=text(form, "energy"), board=text(form, "board"), decides=text(form, "decides"),
        time_zone=text(form, "time_zone"), mentee=text(form, "mentee") == "1",
    )  # fmt: skip
    show_contact_again_on_error(request, contact_id, "review_error")
    await in_transaction(request, lambda u: edit_contact(u, contact_id, data, deps.now(),
                                                         deps.today()))  # fmt: skip
    return back(f"/contacts/{contact_id}#review-facts")
