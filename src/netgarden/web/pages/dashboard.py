"""The dashboard: the network's numbers."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from netgarden.web import deps
from netgarden.web.pages.common import UnitDep, page

router = APIRouter(include_in_schema=False)


@router.get("/dashboard")
def dashboard_page(request: Request, unit: UnitDep) -> Response:
    from netgarden.services.stats import network_stats

    return page(request, "dashboard.html", stats=network_stats(unit, deps.today()))
