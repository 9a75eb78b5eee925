"""An event's targets (added from a search box) and its printable prep sheet; the month
calendar of coming events the events page shows."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response

from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import UnitDep, back, in_transaction, page, text

router = APIRouter(include_in_schema=False)
EventId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
SOURCES = ("", "attendee-list", "speaker-list")


@router.post("/events/{event_id}/targets")
async def add_target(request: Request, event_id: EventId) -> Response:
    from netgarden.services.prep import add_named_target
    from netgarden.web.pages.events import again_on_error

    form = await checked_form(request)
    who, source, starter = text(form, "contact"), text(form, "source"), text(form, "starter")
    again_on_error(request, event_id, "target_error", values=dict(form))
    await in_transaction(
        request,
        lambda u: add_named_target(u, event_id, who, source or None, starter or None,
                                   deps.now()),
    )  # fmt: skip
    return back(f"/events/{event_id}#prep")


@router.get("/events/{event_id}/prep")
def printable_prep(request: Request, unit: UnitDep, event_id: EventId) -> Response:
    """The prep sheet alone, laid out for paper (print CSS)."""
    from netgarden.services.prep import prep_sheet

    event, sheet = prep_sheet(unit, event_id, deps.today())
    return page(request, "event_prep.html", event=event, sheet=sheet)


def months(events: Sequence[Any], today: dt.date, count: int = 2) -> list[dict[str, Any]]:
    """This month and the next ``count - 1``, as weeks of days, each day with its events."""
    by_day: dict[dt.date, list[Any]] = {}
    for e in events:
        by_day.setdefault(e.on, []).append(e)
    shown = []
    year, month = today.year, today.month
    for _ in range(count):
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
        shown.append({
            "title": dt.date(year, month, 1).strftime("%B %Y"),
            "weeks": [[{"day": d, "inside": d.month == month, "events": by_day.get(d, [])}
                       for d in week] for week in weeks],
        })  # fmt: skip
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return shown
