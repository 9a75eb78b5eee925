"""The Today page: the agenda, one line per item, the week's focus on top; logging a touch
and snoozing from it, each undoable from the toast that says what happened."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from starlette.datastructures import FormData

from netgarden.domain.agenda import AgendaItem, Reason
from netgarden.services.database import Unit
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
TouchId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
ROW = re.compile(r"(item|task)-\d{1,12}")
SHOWN = 30  # the agenda's first items on the page
# the week's focus: follow-ups due, the few dormant ties worth reviving, birthdays
FOCUS = (
    Reason.FOLLOW_UP,
    Reason.LAPSED,
    Reason.BIRTHDAY,
    Reason.PLANNED,
    Reason.ANNIVERSARY,  # issue 15: anniversaries like birthdays
    Reason.CONGRATULATE,  # issue 16: a new role to congratulate on
)
GROUPS = {Reason.OVERDUE: "Overdue", Reason.DUE: "Due now", Reason.THREE_TOUCH: "New ties to warm"}


def sections(items: list[AgendaItem]) -> list[tuple[str, Reason | None, list[AgendaItem]]]:
    """The focus first, then the rest by reason; each keeps the agenda's order."""
    focus = [item for item in items if item.reason in FOCUS]
    found: list[tuple[str, Reason | None, list[AgendaItem]]] = []
    if focus:
        found.append(("This week's focus", None, focus))
    for reason, title in GROUPS.items():
        group = [item for item in items if item.reason is reason]
        if group:
            found.append((title, reason, group))
    return found


@router.get("/")
def today_page(
    request: Request, unit: UnitDep, agenda: Annotated[deps.Agenda, Depends(deps.agenda)]
) -> Response:
    from netgarden.services.agenda import unplaced

    day = deps.today()
    items = agenda(unit, day)
    shown = items[:SHOWN]
    grouped = sections(shown)
    lines = [item for _, _, group in grouped for item in group]
    first = next((i for i in lines if i.about.type.value not in ("introduction", "team-ask")),
                 None)  # fmt: skip
    return page(request, "today.html", items=shown, sections=grouped, total=len(items),
                first=first, day=day, unplaced=0 if items else unplaced(unit))  # fmt: skip


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
        return page(request, "_logged.html", logged=logged, person=logged.people[0],
                    dom=_row(form, contact_id))  # fmt: skip
    return back("/")


@router.post("/touches/{touch_id}/undo")
async def undo_log(request: Request, touch_id: TouchId) -> Response:
    from netgarden.services.undo import undo_touch

    await checked_form(request)

    def work(unit: Unit) -> tuple[str, AgendaItem | None]:
        undone = undo_touch(unit, touch_id)
        return ", ".join(undone.names), _item_of(unit, undone.people[0])

    names, item = await in_transaction(request, work)
    if htmx(request):
        return page(
            request, "_undone.html", item=item, message=f"Took back the touch with {names}."
        )
    return back("/")


@router.post("/contacts/{contact_id}/snooze")
async def snooze_page(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import snooze

    form = await checked_form(request)
    days = whole_days(form, "days", 7)
    until = deps.today() + dt.timedelta(days=days)

    def work(unit: Unit) -> str:
        snooze(unit, contact_id, until, deps.today(), deps.now())
        return unit.contacts.require(contact_id).name

    name = await in_transaction(request, work)
    if htmx(request):
        return page(request, "_snoozed.html", until=until, person=name, contact_id=contact_id,
                    dom=_row(form, contact_id))  # fmt: skip
    return back(request.headers.get("referer") or "/")


@router.post("/contacts/{contact_id}/unsnooze")
async def unsnooze_page(request: Request, contact_id: ContactId) -> Response:
    from netgarden.domain.values import parse_date
    from netgarden.services.undo import lift_snooze

    form = await checked_form(request)
    raw = text(form, "until").strip()
    until = parse_date(raw, deps.today(), "until") if raw else None

    def work(unit: Unit) -> tuple[bool, str, AgendaItem | None]:
        lifted = lift_snooze(unit, contact_id, until, deps.now())
        return lifted, unit.contacts.require(contact_id).name, _item_of(unit, contact_id)

    lifted, name, item = await in_transaction(request, work)
    if htmx(request):
        said = f"{name} is back on the agenda." if lifted else f"{name} was not snoozed."
        return page(request, "_undone.html", item=item, message=said)
    return back("/")


def _row(form: FormData, contact_id: int) -> str:
    """The line the answer replaces: the form's own (a task's line is ``task-N``)."""
    row = text(form, "row")
    return row if ROW.fullmatch(row) else f"item-{contact_id}"


def _item_of(unit: Unit, contact_id: int) -> AgendaItem | None:
    """The person's line on today's agenda, as it stands after the undo."""
    from netgarden.services.agenda import agenda

    found = [
        item for item in agenda(unit, deps.today(), limit=None) if item.contact_id == contact_id
    ]
    return found[0] if found else None
