"""``event``: events I go to, the people I meet there, and their 24-48-7 follow-ups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from netgarden.cli.context import (
    console,
    err_console,
    escape,
    guarded,
    now,
    parse_day,
    print_json,
    today,
    unit_of_work,
    who,
)
from netgarden.cli.help import use_plain_help
from netgarden.domain.events import Access, EventFormat, EventRole
from netgarden.domain.values import choices

if TYPE_CHECKING:
    from netgarden.services.events import EventSummary, EventView

# `event list --json`: these fields, no other (an allowlist)
EVENT_JSON = (
    "id", "name", "on", "start", "series", "format", "virtual", "access", "size", "role",
    "goal", "status", "met", "targets",
)  # fmt: skip
SHOW_JSON = (
    "id", "name", "on", "start", "series", "organizer", "format", "virtual", "access", "size",
    "topics", "role", "goal", "status",
)  # fmt: skip
# a status error names the event the command was given
STATUS_WORDS = {"status": "ID"}

events = typer.Typer(
    help="Events: add, list, show, attend, skip, targets and the prep sheet, the people you "
    "met (met), and what events and series gave (roi).",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    events.command("add")(guarded(add))
    events.command("list")(guarded(list_))
    events.command("show")(guarded(show))
    events.command("attend")(guarded(attend, STATUS_WORDS))
    events.command("skip")(guarded(skip, STATUS_WORDS))
    events.command("met")(guarded(met))
    from netgarden.cli import event_prep

    event_prep.register(events)
    use_plain_help(events)
    app.add_typer(events, name="event")


def event_id(text: str) -> int:
    """An event's number (``12`` or ``#12``) as the user gave it."""
    from netgarden.domain.values import MAX_ID, parse_id
    from netgarden.errors import InvalidValue, NotFound

    number = parse_id(text)
    if number is None:
        raise InvalidValue("event", f"{text!r} is not an event number; see `netgarden event list`")
    if number > MAX_ID or number < 1:
        raise NotFound("event", number)
    return number


def add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="What the event is called."),
    on: str = typer.Option(..., "--on", help="Its day: YYYY-MM-DD, today or tomorrow."),
    start: str | None = typer.Option(None, "--start", help="When it starts: HH:MM (24-hour)."),
    series: str | None = typer.Option(None, "--series", help="The series it belongs to."),
    organizer: str | None = typer.Option(None, "--organizer", help="Who organises it."),
    format_: str | None = typer.Option(
        None, "--format", help=f"One of: {choices(EventFormat)} (default other)."
    ),
    virtual: bool = typer.Option(False, "--virtual", help="It happens online."),
    access: str | None = typer.Option(None, "--access", help=f"One of: {choices(Access)}."),
    size: str | None = typer.Option(None, "--size", help="About how many people come."),
    topics: str | None = typer.Option(None, "--topics", help="Its topics."),
    role: str | None = typer.Option(
        None, "--role", help=f"One of: {choices(EventRole)} (default attendee); hosting counts."
    ),
    goal: str | None = typer.Option(
        None, "--goal", help="How many people to meet (default 3: seeds/002, “meet 3 people”)."
    ),
) -> None:
    """Add an event; one still to come is planned, one already past was attended."""
    from netgarden.services.events import EventInput, add_event

    data = EventInput(name, on, start, series, organizer, format_, virtual, access, size,
                      topics, role, goal)  # fmt: skip
    with unit_of_work(ctx) as unit:
        made = add_event(unit, data, now(), today())
    err_console().print(f"Added {escape(made.name)} (#{made.id}) on {made.on.isoformat()}, "
                        f"{made.status}; goal: meet {made.goal} people")  # fmt: skip
    typer.echo(made.id)


def list_(
    ctx: typer.Context,
    series: str | None = typer.Option(None, "--series", help="Only this series."),
    status: str | None = typer.Option(
        None, "--status", help="Only planned, attended or skipped events."
    ),
    as_of: str | None = typer.Option(None, "--as-of", help="Count days from another day."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Every event, the latest first, with the people met there."""
    from netgarden.services.events import list_events

    day = parse_day(as_of, "as_of") or today()
    with unit_of_work(ctx) as unit:
        found = list_events(unit, series, status)
    if json:
        print_json([_summary_json(e) for e in found])
        return
    _render_list(found, day)


def _summary_json(e: EventSummary) -> dict[str, Any]:
    return {key: getattr(e, key) for key in EVENT_JSON}


def _render_list(found: list[EventSummary], day: Any) -> None:
    from rich.table import Table

    out = console()
    if not found:
        out.print("No events yet. Add one with `netgarden event add NAME --on DATE`.")
        return
    table = Table(box=None, header_style="dim", pad_edge=False)
    for column in ("id", "on", "event", "series", "format", "status", "met"):
        table.add_column(column, overflow="fold")
    for e in found:
        when = e.on.isoformat() + (" (coming)" if e.on > day else "")
        table.add_row(str(e.id), when, escape(e.name), escape(e.series or ""),
                      e.format + (" · online" if e.virtual else ""), e.status,
                      f"{e.met} of {e.goal}")  # fmt: skip
    out.print(table)


def show(
    ctx: typer.Context,
    event: str = typer.Argument(..., help="The event's number (see `event list`)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Say what is late as of another day."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """One event: what it is, the people met there and their follow-ups."""
    from netgarden.services.events import show_event

    number = event_id(event)
    day = parse_day(as_of, "as_of") or today()
    with unit_of_work(ctx) as unit:
        found = show_event(unit, number)
    if json:
        print_json(event_json(found))
        return
    from netgarden.cli.event_render import render_event

    render_event(console(), found, day)


def event_json(e: EventView) -> dict[str, Any]:
    from netgarden.cli.tasks import task_json

    return {
        **{key: getattr(e, key) for key in SHOW_JSON},
        "people": [
            {"contact_id": p.contact_id, "name": p.name, "role": p.role, "note": p.note}
            for p in e.people
        ],
        "tasks": [task_json(t) for t in e.tasks],
    }


def attend(
    ctx: typer.Context, event: str = typer.Argument(..., help="The event's number.")
) -> None:
    """Mark an event attended (on or after its day)."""
    _set_status(ctx, event, "attended")


def skip(ctx: typer.Context, event: str = typer.Argument(..., help="The event's number.")) -> None:
    """Mark an event skipped (seeds/004: keep only the events that are worth it)."""
    _set_status(ctx, event, "skipped")


def _set_status(ctx: typer.Context, event: str, status: str) -> None:
    from netgarden.services.events import set_status

    number = event_id(event)
    with unit_of_work(ctx) as unit:
        changed = set_status(unit, number, status, today(), now())
    err_console().print(f"{escape(changed.name)} (#{changed.id}) is {changed.status}")


def met(
    ctx: typer.Context,
    event: str = typer.Argument(..., help="The event's number."),
    contacts: list[str] = typer.Argument(..., help="The people you met: id, email or name."),
    note: str | None = typer.Option(None, "--note", "-n", help="What you talked about."),
) -> None:
    """Record people met at an event: how you met, a touch, and seeds/002's 24-48-7
    follow-ups (connect in 24 hours, send resources in 48, schedule a meeting in 7 days).
    Running it again for someone already met creates nothing."""
    from netgarden.domain.followups import STEP, TaskKind
    from netgarden.services.followups import meet_named_at_event

    number = event_id(event)
    with unit_of_work(ctx) as unit:
        done = meet_named_at_event(unit, number, contacts, note, today(), now())
    out = err_console()
    where = f"{escape(done.event.name)} (#{done.event.id})"
    dues = {t.id: t for t in done.event.tasks}
    for person in done.people:
        if not person.created:
            out.print(f"{who(person.name, person.contact_id)} was already met at {where}; "
                      "nothing new")  # fmt: skip
            continue
        out.print(f"Met {who(person.name, person.contact_id)} at {where}; follow-ups:")
        for task_id in person.task_ids:
            task = dues[task_id]
            quote = STEP[TaskKind(task.kind)].quote
            out.print(f"  #{task_id} {task.due_on.isoformat()} {task.kind}: “{quote.text}”")
    if any(p.created for p in done.people):
        out.print(f"[dim](the 24-48-7 rule, {STEP[TaskKind.CONNECT].quote.seed}) · "
                  "close one with `netgarden done TASK`[/]")  # fmt: skip
