"""The dashboard: the network's numbers."""

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
    from netgarden.services.stats import network_stats

    day = deps.today()
    stats = network_stats(unit, day, every_item=agenda(unit, day, every_lapsed=True))
    return page(request, "dashboard.html", stats=stats)
