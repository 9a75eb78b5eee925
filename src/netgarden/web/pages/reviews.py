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


def _triage(unit: Unit) -> dict[str, Any]:
    from netgarden.domain.triage import batches
    from netgarden.services.triage import triage

    found = triage(unit, deps.today())
    return {"found": found, "batches": batches(found.proposals)}


@router.get("/triage")
def triage_page(
    request: Request, unit: UnitDep, applied: int = Query(-1, ge=-1, le=10**6)
) -> Response:
    return page(request, "triage.html", applied=applied, errors={}, **_triage(unit))


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
    from netgarden.domain.matrix import QUADRANTS
    from netgarden.services.board import board_review
    from netgarden.services.diversity import diversity_of
    from netgarden.services.matrix import matrix
    from netgarden.services.reviews import audit_review, health_review, review_facts

    day = deps.today()
    people = review_facts(unit, day)  # read once, for every review on the page
    placed = matrix(unit, day, people=people)
    diversity = diversity_of(unit, [Dimension(d) for d in DIMENSIONS], day, people)
    return {
        "health": health_review(unit, day, people),
        "audit": audit_review(unit, day, people),
        "diversity": diversity,
        "diversity_data": {d.by: [[v.value, v.count] for v in d.values[:12]] for d in diversity},
        "placed": placed,
        "quadrants": QUADRANTS,
        "board": board_review(unit, day, people),
        "points": [{"x": p.accessibility, "y": p.influence, "id": p.contact_id,
                    "name": p.name, "quadrant": p.quadrant} for p in placed[:2000]],
    }  # fmt: skip


@router.get("/reviews")
def reviews_page(
    request: Request, unit: UnitDep, applied: int = Query(-1, ge=-1, le=10**6)
) -> Response:
    return page(request, "reviews.html", applied=applied, errors={}, **_reviews(unit))


@router.post("/reviews/audit")
async def apply_audit(request: Request) -> Response:
    from netgarden.services.reviews import apply_audit as apply

    form = await checked_form(request)

    def work(unit: Unit) -> int:
        chosen = _ids(form.getlist("numbers"), "numbers")
        return len(apply(unit, chosen, deps.today(), deps.now()))

    show_again_on_error(request, "reviews.html", read=_reviews, applied=-1, fields=("numbers",),
                        other="numbers")  # fmt: skip
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
