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
    contacts: list[str] | None = typer.Argument(
        None, help="One or more people: id, email or name (a plan's people with --planned)."
    ),
    kind: str | None = typer.Option(None, "--kind", "-k", help=f"One of: {KINDS}."),
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
    purpose: str | None = typer.Option(
        None,
        "--purpose",
        help="Which of the three touches it was (seeds/001): update (professional update or "
        "opportunity), personal (check-in or celebration) or value (introduction, resource, "
        "help).",
    ),
    planned: str | None = typer.Option(
        None, "--planned", help="Confirm plan ID happened (see `plan list`)."
    ),
) -> None:
    """Log a touch; it resets each person's cadence clock."""
    from netgarden.errors import InvalidValue

    if planned is not None:
        from netgarden.cli.plans import log_planned

        return log_planned(ctx, planned, contacts, kind, on, note)
    if not contacts:
        raise InvalidValue(
            "contact_ids", "name at least one person (or confirm a plan: --planned ID)"
        )
    if kind is None:
        raise InvalidValue("kind", f"say what kind of touch; one of: {KINDS}")
    try:
        _log(ctx, contacts, kind, on, direction, note, replied, purpose)
    except InvalidValue as problem:
        if problem.field == "on" and "in the future" in problem.message:
            raise InvalidValue("on", problem.message + "; for a meeting to come, `netgarden plan "
                               "NAME --kind K --on DATE`") from None  # fmt: skip
        raise


def _log(
    ctx: typer.Context, contacts: list[str], kind: str, on: str | None,
    direction: str | None, note: str | None, replied: bool | None, purpose: str | None = None,
) -> None:  # fmt: skip
    from netgarden.services.lookup import resolve_contact
    from netgarden.services.touches import TouchInput, log_touch

    with unit_of_work(ctx) as unit:
        ids = [resolve_contact(unit, reference) for reference in contacts]
        logged = log_touch(
            unit, ids, TouchInput(kind, on, direction, note, replied, purpose), now(), today()
        )
    out = err_console()
    for person in logged.people:
        due = f"; next due {person.next_due_on.isoformat()}" if person.next_due_on else ""
        out.print(
            f"Logged {logged.kind} with {escape(person.name)} (#{person.id}) "
            f"on {logged.occurred_on.isoformat()}{due}"
        )
    typer.echo(logged.id)
