"""``plan`` and ``promise``: meetings planned for a day to come, and promises with a day."""

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
from netgarden.domain.plans import PLAN_KINDS

if TYPE_CHECKING:
    from netgarden.services.plans import PlanView

PLAN_JSON = ("id", "kind", "on", "note", "status", "touch_id")
KINDS = ", ".join(k.value for k in PLAN_KINDS)


def register(app: typer.Typer) -> None:
    app.command("plan")(guarded(plan, {"planned": "ID"}))
    app.command("promise")(guarded(promise, {"text": "TEXT"}))


def plan_json(p: PlanView, as_of: Any) -> dict[str, Any]:
    return {
        **{key: getattr(p, key) for key in PLAN_JSON},
        "people": [{"contact_id": c, "name": n} for c, n in p.people],
        "did_it_happen": p.asks_whether_it_happened(as_of),
    }


def plan(
    ctx: typer.Context,
    words: list[str] = typer.Argument(..., help="CONTACT... (plan a meeting) · list · cancel ID"),
    kind: str | None = typer.Option(None, "--kind", "-k", help=f"One of: {KINDS}."),
    on: str | None = typer.Option(None, "--on", help="Its day: YYYY-MM-DD, today or tomorrow."),
    note: str | None = typer.Option(None, "--note", "-n", help="What it is about."),
    as_of: str | None = typer.Option(None, "--as-of", help="With `list`: as of another day."),
    json: bool = typer.Option(False, "--json", help="With `list`: print JSON."),
) -> None:
    """Plan a meeting with people on a day to come (seeds/002: "Schedule one coffee
    meeting"). It is on the agenda that day and in the calendar export; it resets their
    cadence only once it happened: `log --planned ID`. `plan list`, `plan cancel ID`."""
    from netgarden.services import plans as service
    from netgarden.services.lookup import resolve_contact

    day = parse_day(as_of, "as_of") or today()
    with unit_of_work(ctx) as unit:
        found: list[PlanView] | None = None
        match words:
            case ["list"]:
                found = service.list_plans(unit)
            case ["cancel", number]:
                cancelled = service.cancel_plan(unit, plan_number(number), now())
            case _:
                if kind is None:
                    from netgarden.errors import InvalidValue

                    raise InvalidValue("kind", f"say what kind of meeting; one of: {KINDS}")
                ids = [resolve_contact(unit, reference) for reference in words]
                made = service.make_plan(unit, ids, kind, on, note, today(), now())
    if words == ["list"]:
        _said_list(found or [], day, json)
    elif words[:1] == ["cancel"]:
        err_console().print(f"Plan #{cancelled.id} is cancelled")
    else:
        names = ", ".join(who(n, c) for c, n in made.people)
        err_console().print(f"Planned {made.kind} with {names} on {made.on.isoformat()} "
                            f"(plan #{made.id}); confirm it after with "
                            f"`netgarden log --planned {made.id}`")  # fmt: skip
        typer.echo(made.id)


def plan_number(text: str) -> int:
    from netgarden.domain.values import MAX_ID, parse_id
    from netgarden.errors import InvalidValue, NotFound

    number = parse_id(text)
    if number is None:
        raise InvalidValue("planned", f"{text!r} is not a plan number; see `netgarden plan list`")
    if number > MAX_ID or number < 1:
        raise NotFound("plan", number)
    return number


def _said_list(found: list[PlanView], day: Any, json: bool) -> None:
    if json:
        print_json([plan_json(p, day) for p in found])
        return
    if not found:
        console().print("No plans. `netgarden plan NAME --kind coffee --on DATE` makes one.")
        return
    for p in found:
        ask = " [yellow]did it happen?[/]" if p.asks_whether_it_happened(day) else ""
        note = f" — {escape(p.note)}" if p.note else ""
        console().print(f"#{p.id} {p.on.isoformat()} {p.kind} with {escape(p.names)}: "
                        f"{p.status}{ask}{note}")  # fmt: skip


def promise(
    ctx: typer.Context,
    contact: str = typer.Argument(..., help="Whom you promised: id, email or name."),
    text: str = typer.Argument(..., help="What you promised."),
    by: str = typer.Option(..., "--by", help="By when: YYYY-MM-DD, today or tomorrow."),
) -> None:
    """Record a promise with a day (seeds/002's trust equation: reliability is "Follow
    through on commitments"); it is a task until `done TASK`."""
    from netgarden.services.lookup import resolve_contact
    from netgarden.services.task_rules import promise as make_promise

    with unit_of_work(ctx) as unit:
        person = resolve_contact(unit, contact)
        task = make_promise(unit, person, text, by, today(), now())
    err_console().print(f"Promised {who(task.name, task.contact_id)} by "
                        f"{task.due_on.isoformat()}: task #{task.id}")  # fmt: skip
    typer.echo(task.id)


def log_planned(
    ctx: typer.Context, planned: str, contacts: list[str] | None, kind: str | None,
    on: str | None, note: str | None,
) -> None:  # fmt: skip
    """``log --planned ID``: the plan happened; its people's cadence resets now."""
    from netgarden.errors import InvalidValue
    from netgarden.services.plans import confirm_plan

    if contacts:
        raise InvalidValue("contact_ids", "--planned logs the plan's own people; name nobody")
    number = plan_number(planned)
    with unit_of_work(ctx) as unit:
        done = confirm_plan(unit, number, kind, on, note, today(), now())
    names = ", ".join(who(n, c) for c, n in done.plan.people)
    err_console().print(f"Plan #{done.plan.id} happened: logged {done.plan.kind} with {names} "
                        f"(touch #{done.touch_id})")  # fmt: skip
    typer.echo(done.touch_id)
