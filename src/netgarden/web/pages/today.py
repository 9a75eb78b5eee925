"""The Today page: the agenda, logging a touch from it, snoozing."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import (
    ContactId,
    UnitDep,
    back,
    contact_id_of,
    htmx,
    in_transaction,
    page,
    show_again_on_error,
    text,
    whole_days,
)

router = APIRouter(include_in_schema=False)


@router.get("/")
def today_page(
    request: Request, unit: UnitDep, agenda: Annotated[deps.Agenda, Depends(deps.agenda)]
) -> Response:
    from netgarden.services.agenda import unplaced

    day = deps.today()
    items = agenda(unit, day)
    return page(request, "today.html", items=items[:30], total=len(items), day=day,
                unplaced=0 if items else unplaced(unit))  # fmt: skip


@router.post("/touches")
async def log_from_agenda(request: Request) -> Response:
    from netgarden.services.touches import TouchInput, log_touch

    form = await checked_form(request)
    contact_id = contact_id_of(form)
    data = TouchInput(text(form, "kind"), text(form, "on") or None, None, text(form, "note"))

    if htmx(request):  # the row says what is wrong; a plain form gets the error page
        show_again_on_error(request, "_row_error.html", slot="message")
    logged = await in_transaction(
        request, lambda u: log_touch(u, [contact_id], data, deps.now(), deps.today())
    )
    if htmx(request):
        return page(request, "_logged.html", logged=logged, person=logged.people[0])
    return back("/")


@router.post("/contacts/{contact_id}/snooze")
async def snooze_page(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import snooze

    form = await checked_form(request)
    days = whole_days(form, "days", 7)
    until = deps.today() + dt.timedelta(days=days)
    await in_transaction(request, lambda u: snooze(u, contact_id, until, deps.today(), deps.now()))
    if htmx(request):
        return page(request, "_snoozed.html", until=until)
    return back(request.headers.get("referer") or "/")
