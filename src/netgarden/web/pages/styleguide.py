"""/styleguide: every component of the design system in every state, in either theme."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request, Response

from netgarden.domain.agenda_items import Reason
from netgarden.domain.strength import Band
from netgarden.domain.values import Circle
from netgarden.web.pages.common import page

router = APIRouter(include_in_schema=False)

# each colour token group, as tokens.css names it (tests/web/test_contrast.py checks the pairs)
SAMPLE_PEOPLE = ["Priya Raman", "Ada Lovelace", "Grace Hopper", "Bo", "Dana Due", "Ōta Kenji",
                 "María José García", "Lin Chen"]  # fmt: skip


@router.get("/styleguide")
def styleguide(request: Request) -> Response:
    return page(
        request,
        "styleguide.html",
        reasons=[r.value for r in Reason],
        bands=[b.value for b in Band],
        circle_values=[c.value for c in Circle],
        people=SAMPLE_PEOPLE,
        sample_day=dt.date(2026, 12, 2),
        values={"name": "Grace Hopper", "met_on": "2026-12-02", "note": "", "circle": "inner"},
        errors={"note": "The note is longer than 2,000 characters; shorten it."},
    )
