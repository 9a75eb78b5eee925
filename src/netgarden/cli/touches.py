"""``log``: record a touch with one or more people."""

from __future__ import annotations

import typer

from netgarden.cli.context import err_console, escape, guarded, now, today, unit_of_work
from netgarden.domain.values import TouchKind, choices

KINDS = choices(TouchKind)


def register(app: typer.Typer) -> None:
    app.command("log")(guarded(log))


def log(
    ctx: typer.Context,
    contacts: list[str] = typer.Argument(..., help="One or more people: id, email or name."),
    kind: str = typer.Option(..., "--kind", "-k", help=f"One of: {KINDS}."),
    on: str | None = typer.Option(None, "--on", help="When: YYYY-MM-DD, today, yesterday."),
    direction: str | None = typer.Option(
        None,
        "--direction",
        help="out (I reached out), in (they did) or mutual. Default: mutual for meetings "
        "and calls, out for messages.",
    ),
    note: str | None = typer.Option(None, "--note", "-n", help="What it was about."),
    replied: bool | None = typer.Option(
        None, "--replied/--no-reply", help="Whether they replied (for outreach)."
    ),
) -> None:
    """Log a touch; it resets each person's cadence clock."""
    from netgarden.services.lookup import resolve_contact
    from netgarden.services.touches import TouchInput, log_touch

    with unit_of_work(ctx) as unit:
        ids = [resolve_contact(unit, reference) for reference in contacts]
        logged = log_touch(
            unit, ids, TouchInput(kind, on, direction, note, replied), now(), today()
        )
    out = err_console()
    for person in logged.people:
        due = f"; next due {person.next_due_on.isoformat()}" if person.next_due_on else ""
        out.print(
            f"Logged {logged.kind} with {escape(person.name)} (#{person.id}) "
            f"on {logged.occurred_on.isoformat()}{due}"
        )
    typer.echo(logged.id)
