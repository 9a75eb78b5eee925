"""``tasks`` and ``done``: follow-up tasks (seeds/002's 24-48-7 rule), and closing one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from netgarden.cli.context import (
    console,
    err_console,
    escape,
    guarded,
    parse_day,
    print_json,
    today,
    unit_of_work,
)

if TYPE_CHECKING:
    from netgarden.services.events import TaskView

# `tasks --json`: these fields, no other (an allowlist)
TASK_JSON = (
    "id", "kind", "rule", "contact_id", "name", "event_id", "event_name", "since", "due_on",
    "done_on", "done_by", "note", "about_id", "waiting",
)  # fmt: skip


def register(app: typer.Typer) -> None:
    app.command("tasks")(guarded(tasks))
    app.command("done")(guarded(done, {"task": "TASK"}))


def task_json(t: TaskView) -> dict[str, Any]:
    return {key: getattr(t, key) for key in TASK_JSON}


def tasks(
    ctx: typer.Context,
    open_only: bool = typer.Option(False, "--open", help="Only tasks not done yet."),
    contact: str | None = typer.Option(None, "--contact", help="Only this person's tasks."),
    event: str | None = typer.Option(None, "--event", help="Only this event's tasks."),
    as_of: str | None = typer.Option(None, "--as-of", help="Say what is late as of another day."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Follow-up tasks, by due day: seeds/002's 24-48-7 rule after meeting someone."""
    from netgarden.services.events import require_event, tasks_of
    from netgarden.services.lookup import resolve_contact

    day = parse_day(as_of, "as_of") or today()
    number = None
    if event is not None:
        from netgarden.cli.events import event_id

        number = event_id(event)
    with unit_of_work(ctx) as unit:
        if number is not None:
            require_event(unit, number)
        person = resolve_contact(unit, contact) if contact else None
        found = tasks_of(unit, open_only=open_only, contact_id=person, event_id=number)
    if json:
        print_json([task_json(t) for t in found])
        return
    if not found:
        console().print("No tasks. Meeting someone at an event makes three: "
                        "`netgarden event met ID NAME`.")  # fmt: skip
        return
    from netgarden.cli.event_render import render_tasks

    render_tasks(console(), found, day, title="tasks")


def done(
    ctx: typer.Context, task: str = typer.Argument(..., help="The task's number (see `tasks`).")
) -> None:
    """Mark a task done today (most close themselves when you log what they ask)."""
    from netgarden.domain.values import MAX_ID, parse_id
    from netgarden.errors import InvalidValue, NotFound
    from netgarden.services.followups import complete_task

    number = parse_id(task)
    if number is None:
        raise InvalidValue("task", f"{task!r} is not a task number; see `netgarden tasks`")
    if number > MAX_ID or number < 1:
        raise NotFound("task", number)
    with unit_of_work(ctx) as unit:
        finished = complete_task(unit, number, today())
    t = finished.task
    if finished.changed:
        err_console().print(f"Task #{t.id} ({t.kind}, {escape(t.name)}) is done")
    else:
        err_console().print(f"Task #{t.id} was already done on {t.done_on}; nothing changed")
