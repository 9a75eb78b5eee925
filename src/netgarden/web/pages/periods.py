"""The period reviews on the web (issue 15): /reviews/week, /month, /quarter, /year, each
line with its seed, done / target, status and next actions; a chart of done against target
and one of the period's touches, each with a table beside it."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Query, Request, Response

from netgarden.web import deps
from netgarden.web.pages.common import UnitDep, page

router = APIRouter(include_in_schema=False)
PERIODS = ("week", "month", "quarter", "year")


def period_page(
    request: Request,
    unit: UnitDep,
    as_of: dt.date | None = Query(None, description="Review the period of another day"),
) -> Response:
    """/reviews/week (…month, quarter, year): the period is the path's last part."""
    from netgarden.services.periods import period_review

    period = request.url.path.rstrip("/").rsplit("/", 1)[-1]
    day = as_of or deps.today()
    found = deps.kept(
        request, unit, ("period", period, day), lambda u: period_review(u, period, day)
    )
    bars = [
        {"label": line.practice, "done": line.done, "target": line.target.low}
        for line in found.lines
        if line.target is not None
    ]
    chart = {"bars": bars, "series": [[a, b] for a, b in found.series]}
    return page(request, "period_review.html", review=found, periods=PERIODS, chart=chart)


for _period in PERIODS:
    router.add_api_route(f"/reviews/{_period}", period_page, methods=["GET"])
