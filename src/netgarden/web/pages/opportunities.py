"""Opportunities and networking ROI on the web (issue 16): the board by stage (/opportunities,
a move form per card, keyboard operable, HTMX swaps the board), one opportunity with its
history and who to share it with, and /roi with its charts and tables."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import (
    UnitDep,
    back,
    contact_id_of,
    in_transaction,
    page,
    show_again_on_error,
    text,
)

router = APIRouter(include_in_schema=False)
Id = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
ADD_FIELDS = ("title", "kind", "company", "role", "via", "event", "channel", "reaches_hm",
              "on", "note")  # fmt: skip


def _board(unit: Unit, stage: str = "", company: str = "") -> dict[str, Any]:
    from netgarden.domain.opportunities import Channel, OppKind, Stage
    from netgarden.services.opportunities import list_opportunities

    found = list_opportunities(unit, stage or None, company or None)
    columns = [(s.value, [o for o in found if o.stage == s.value]) for s in Stage]
    return {"columns": columns, "count": len(found), "stages": [s.value for s in Stage],
            "kinds": [k.value for k in OppKind], "channels": [c.value for c in Channel],
            "stage": stage, "company": company, "today": deps.today(), "values": {},
            "errors": {}}  # fmt: skip


@router.get("/opportunities")
def board_page(
    request: Request,
    unit: UnitDep,
    stage: Annotated[str, Query(max_length=20)] = "",
    company: Annotated[str, Query(max_length=300)] = "",
) -> Response:
    """The opportunities board: a column per stage, each card with a move form."""
    return page(request, "opportunities.html", **_board(unit, stage.strip(), company.strip()))


@router.post("/opportunities")
async def add_page(request: Request) -> Response:
    from netgarden.services.opportunities import OppInput, add_opportunity

    form = await checked_form(request)
    values = {k: text(form, k) for k in ADD_FIELDS}

    def work(unit: Unit) -> int:
        data = OppInput(**{k: values[k] or None for k in ADD_FIELDS})  # type: ignore[arg-type]
        return add_opportunity(unit, data, deps.now(), deps.today()).opportunity.id

    show_again_on_error(request, "opportunities.html", read=_board, values=values,
                        fields=ADD_FIELDS, other="title")  # fmt: skip
    return back(f"/opportunities/{await in_transaction(request, work)}")


@router.get("/opportunities/{opp_id}")
def detail_page(request: Request, unit: UnitDep, opp_id: Id) -> Response:
    """One opportunity: its stages with their days, who has it, who else could use it."""
    from netgarden.domain.opportunities import Stage
    from netgarden.domain.seed_texts import HIRING_MANAGER, LAID_OFF_SUPPORT, OPPORTUNITY_ALERTING
    from netgarden.services.opportunities import show_opportunity

    detail = show_opportunity(unit, opp_id, deps.today())
    quotes = {"alerting": OPPORTUNITY_ALERTING, "laid_off": LAID_OFF_SUPPORT,
              "hm": HIRING_MANAGER}  # fmt: skip
    return page(request, "opportunity.html", d=detail, o=detail.opportunity,
                stages=[s.value for s in Stage], quotes=quotes, today=deps.today())  # fmt: skip


@router.post("/opportunities/{opp_id}/move")
async def move_page(request: Request, opp_id: Id) -> Response:
    """Move a card to another stage (today, or the day given); back where it was moved."""
    from netgarden.services.opportunities import move_opportunity

    form = await checked_form(request)
    stage, on = text(form, "stage"), text(form, "on") or None
    await in_transaction(
        request, lambda unit: move_opportunity(unit, opp_id, stage, deps.today(), deps.now(), on)
    )
    where = text(form, "back")
    return back(where if where in ("/opportunities", f"/opportunities/{opp_id}") else
                f"/opportunities/{opp_id}")  # fmt: skip


@router.post("/opportunities/{opp_id}/share")
async def share_page(request: Request, opp_id: Id) -> Response:
    """Share it with a suggested contact: a referral given in the ledger."""
    from netgarden.services.opportunities import share_opportunity

    form = await checked_form(request)
    contact_id = contact_id_of(form)
    await in_transaction(
        request, lambda unit: share_opportunity(unit, opp_id, contact_id, deps.today(), deps.now())
    )
    return back(f"/opportunities/{opp_id}#shares")


@router.post("/opportunities/{opp_id}/delete")
async def delete_page(request: Request, opp_id: Id) -> Response:
    from netgarden.services.opportunities import delete_opportunity

    await checked_form(request)
    await in_transaction(request, lambda unit: delete_opportunity(unit, opp_id))
    return back("/opportunities")


@router.get("/roi")
def roi_page(
    request: Request,
    unit: UnitDep,
    since: Annotated[str, Query(max_length=10)] = "",
    until: Annotated[str, Query(max_length=10)] = "",
) -> Response:
    """Networking ROI for a period: each figure as text, charts with their tables."""
    from netgarden.domain.values import parse_date
    from netgarden.services.roi import roi_fields, roi_report

    today = deps.today()
    start = parse_date(since, today, "since") if since.strip() else None
    end = parse_date(until, today, "until") if until.strip() else None
    fields = deps.kept(request, unit, ("roi", today, start, end),
                       lambda u: roi_fields(roi_report(u, today, start, end)))  # fmt: skip
    return page(request, "roi.html", r=fields, chart=_chart_data(fields))


def _chart_data(f: dict[str, Any]) -> dict[str, Any]:
    """What the charts draw (roi.js); the page's tables hold the same numbers."""
    per_month = 200 / 12
    months = f["quality_connections"]["months"]
    return {
        "months": [m["month"] for m in months],
        "quality_new": [m["new"] for m in months],
        "quality_total": [m["total"] for m in months],
        "quality_target": [round(per_month * (i + 1), 1) for i in range(len(months))],
        "contacts_new": [m["new"] for m in f["network_growth"]["months"]],
        "channels": [row["name"] for row in f["opportunities_by_channel"]],
        "channel_rates": [_pct(row["interview_rate"]) for row in f["opportunities_by_channel"]],
        "cold": 1.0,
    }


def _pct(rate: float | None) -> float | None:
    return None if rate is None else round(100 * rate, 1)
