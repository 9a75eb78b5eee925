"""``today``: the agenda, most valuable action first."""

from __future__ import annotations

import typer

from netgarden.cli.context import (
    console,
    guarded,
    parse_day,
    print_json,
    today,
    unit_of_work,
)


def register(app: typer.Typer) -> None:
    app.command("today")(guarded(today_))


def today_(
    ctx: typer.Context,
    as_of: str | None = typer.Option(None, "--as-of", help="See the agenda of another day."),
    limit: int = typer.Option(20, "--limit", help="At most N items."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    quadrant: str | None = typer.Option(
        None, "--quadrant", help="Only people in a value-matrix quadrant (golden…; see matrix)."
    ),
) -> None:
    """Who to reach out to today and why: overdue and due by cadence, birthdays this week,
    relationships short of three touches a year, and lapsed ties worth reviving."""
    from netgarden.services.agenda import agenda, item_fields, unplaced

    day = parse_day(as_of, "as_of") or today()
    with unit_of_work(ctx) as unit:
        items = agenda(unit, day, limit, pick_week=as_of is None)  # issue 15: week picks
        if quadrant is not None:  # issue 13: the value matrix's quadrant
            from netgarden.services.matrix import quadrant_ids

            wanted = quadrant_ids(unit, day, quadrant)
            items = [i for i in agenda(unit, day, None) if i.contact_id in wanted][:limit]
        outside = unplaced(unit) if not items else 0
    if json:
        print_json([item_fields(item) for item in items])
        return
    from netgarden.cli.render import render_agenda

    render_agenda(console(), items, day, outside)
