"""``event target``, ``event prep`` and ``event roi``: the targets of an event, its prep
sheet (seeds/002's order), and what events and series gave (seeds/004)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from netgarden.cli.context import (
    console,
    err_console,
    escape,
    guarded,
    now,
    parse_day,
    print_json,
    read_only,
    today,
    unit_of_work,
    who,
)

if TYPE_CHECKING:
    from netgarden.services.event_roi import RoiReport


def register(events: typer.Typer) -> None:
    events.command("target")(guarded(target, {"source": "--from"}))
    events.command("prep")(guarded(prep))
    events.command("roi")(guarded(roi))


def target(
    ctx: typer.Context,
    event: str = typer.Argument(..., help="The event's number."),
    contact: str = typer.Argument(..., help="Whom you want to meet there: id, email or name."),
    source: str | None = typer.Option(
        None, "--from", help="Where you found them: attendee-list or speaker-list."
    ),
    starter: str | None = typer.Option(None, "--starter", help="What you will open with."),
) -> None:
    """Add someone you want to meet at an event (seeds/002: "Prepare 3-5 target
    connections", "Plan conversation starters for each")."""
    from netgarden.cli.events import event_id
    from netgarden.services.lookup import resolve_contact
    from netgarden.services.prep import add_target

    number = event_id(event)
    with unit_of_work(ctx) as unit:
        unit.events.require(number)
        person = resolve_contact(unit, contact)
        done = add_target(unit, number, person, source, starter, now())
    count = sum(1 for p in done.event.people if p.role == "target")
    said = "is now a target" if done.created else "was a target already; updated"
    where = f"{escape(done.event.name)} (#{done.event.id})"
    err_console().print(f"{who(done.name, done.contact_id)} {said} at {where}; {count} target(s)")


def prep(
    ctx: typer.Context,
    event: str = typer.Argument(..., help="The event's number."),
    md: bool = typer.Option(False, "--md", help="Print Markdown (to save or print)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Prepare as of another day."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """The prep sheet: research, goal, targets with starters, openers and exits before any
    pitch, your pitches, when to arrive, the follow-up dates."""
    from netgarden.cli.events import event_id
    from netgarden.cli.prep_render import sheet_markdown
    from netgarden.services.prep import prep_sheet, sheet_fields

    number = event_id(event)
    day = parse_day(as_of, "as_of") or today()
    with unit_of_work(ctx) as unit:
        found, sheet = prep_sheet(unit, number, day)
    if json:
        print_json(sheet_fields(found, sheet))
        return
    text = sheet_markdown(found, sheet)
    if md:
        typer.echo(text)
        return
    from rich.markdown import Markdown

    console().print(Markdown(text))


def roi(
    ctx: typer.Context,
    series: str | None = typer.Option(None, "--series", help="Only this series."),
    as_of: str | None = typer.Option(None, "--as-of", help="As of another day."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """What each attended event gave (seeds/002: contacts made, meetings scheduled) and a
    verdict per series (seeds/004): keep, keep exploring (n of 3 events), drop."""
    from netgarden.services.event_roi import roi_report

    day = parse_day(as_of, "as_of") or today()
    with read_only(ctx) as unit:  # issue 12: read without SQLAlchemy on a SQLite file
        report = roi_report(unit, day, series)
    if json:
        from netgarden.services.event_roi import roi_fields

        print_json(roi_fields(report))
        return
    _render_roi(report)


def _render_roi(report: RoiReport) -> None:
    from rich.table import Table

    out = console()
    if not report.events:
        out.print("No attended events yet. Record people met with `netgarden event met ID NAME`.")
        return
    table = Table(box=None, header_style="dim", title="events", title_justify="left")
    for column in ("id", "on", "event", "met", "targets met", "meetings", "follow-ups",
                   "alive", "opportunities"):  # fmt: skip
        table.add_column(column, overflow="fold")
    for e in report.events:
        comply = f"{e.tasks_on_time}/{e.tasks_due}" if e.tasks_due else "-"
        alive = "pending until " + e.ripe_on.isoformat() if e.alive is None else str(e.alive)
        row = [str(e.id), e.on.isoformat(), escape(e.name), str(e.people_met)]
        table.add_row(
            *row,
            f"{e.targets_met}/{e.targets}",
            str(e.meetings_scheduled),
            comply,
            alive,
            str(e.opportunities),
        )
    out.print(table)
    if not report.series:
        return
    table = Table(box=None, header_style="dim", title="series", title_justify="left")
    for column in ("series", "verdict", "events", "alive", "format", "access", "size"):
        table.add_column(column, overflow="fold")
    for s in report.series:
        sizes = ", ".join(map(str, s.sizes)) or "-"
        access = ", ".join(s.access) or "-"
        table.add_row(escape(s.series), s.label, str(s.events), str(s.alive),
                      ", ".join(s.formats), access, sizes)  # fmt: skip
    out.print(table)
    out.print(f"[dim]alive: in two-way contact within {report.window} days[/]")
    for quote in dict.fromkeys(s.why.cited() for s in report.series):
        out.print(f"[dim]{escape(quote)}[/]")
