"""``today``: the agenda, most valuable action first."""

from __future__ import annotations

import typer

from netgarden.cli.context import (
    console,
    escape,
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
) -> None:
    """Who to reach out to today and why: overdue and due by cadence, birthdays this week,
    relationships short of three touches a year, and lapsed ties worth reviving."""
    from netgarden.services.agenda import agenda, unplaced
    from netgarden.services.network import introductions

    day = parse_day(as_of, "--as-of") or today()
    with unit_of_work(ctx) as unit:
        items = agenda(unit, day, limit)
        follow_ups = [i for i in introductions(unit) if i.follow_up_due(day)]
        outside = unplaced(unit) if not items else 0
    if json:
        print_json(
            [
                {
                    "contact_id": item.contact_id,
                    "name": item.name,
                    "company": item.company,
                    "circle": item.circle.value,
                    "reason": item.reason.value,
                    "why": item.why,
                    "due_on": item.due_on,
                    "days_overdue": item.days_overdue,
                    "last_touch_on": item.last_touch_on,
                    "also": [reason.value for reason in item.also],
                    "flags": list(item.flags),
                    "score": item.score,
                }
                for item in items
            ]
        )
        return
    from netgarden.cli.render import render_agenda

    out = console()
    render_agenda(out, items, day, outside)
    for intro in follow_ups:
        out.print(
            f"[magenta]introduction #{intro.id}[/] {escape(intro.a_name)} ↔ "
            f"{escape(intro.b_name)}: {intro.state} since {intro.updated_on} — follow up"
        )
