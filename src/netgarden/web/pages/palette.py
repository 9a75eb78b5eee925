"""The command palette's look-ups (static/app.js): people by a name as typed or close to it,
as a fragment of options (pages answer with HTML, the API with JSON)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request, Response

from netgarden.web.pages.common import UnitDep, page

router = APIRouter(include_in_schema=False)


@router.get("/palette/people")
def palette_people(request: Request, unit: UnitDep, q: str = Query("", max_length=200)) -> Response:
    from netgarden.services.palette import find_people

    return page(request, "_palette_people.html", people=find_people(unit, q))
