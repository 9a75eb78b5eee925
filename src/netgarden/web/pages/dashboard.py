"""The dashboard: the network at a glance, each figure a link to the people behind it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from netgarden.web import deps
from netgarden.web.pages.common import UnitDep, page

router = APIRouter(include_in_schema=False)


@router.get("/dashboard")
def dashboard_page(
    request: Request, unit: UnitDep, agenda: Annotated[deps.Agenda, Depends(deps.agenda)]
) -> Response:
    from netgarden.services.dashboard import dashboard

    day = deps.today()  # issue 11: kept per data version, as the other pages that count everyone
    board = deps.kept(
        request, unit, ("dashboard", day),
        lambda u: dashboard(u, day, every_item=agenda(u, day, every_lapsed=True)),
    )  # fmt: skip
    most_week = max([n for _, n in board.weeks] + [1])
    most_circle = max([max(c.people, c.target or 0) for c in board.circles] + [1])
    return page(request, "dashboard.html", board=board, most_week=most_week,
                most_circle=most_circle)  # fmt: skip
