"""``today``: the agenda, most valuable action first."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import typer

from netgarden.cli.context import (
    console,
    guarded,
    parse_day,
    print_json,
    read_only,
    today,
    unit_of_work,
)

if TYPE_CHECKING:
    from netgarden.domain.agenda import AgendaItem


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
    from netgarden.services.agenda import item_fields

    day = parse_day(as_of, "as_of") or today()
    items, outside = _agenda(ctx, day, limit, as_of is None, quadrant)
    if json:
        print_json([item_fields(item) for item in items])
        return
    from netgarden.cli.render import render_agenda

    render_agenda(console(), items, day, outside)


def _agenda(
    ctx: typer.Context, day: dt.date, limit: int, pick_week: bool, quadrant: str | None
) -> tuple[list[AgendaItem], int]:
    """The agenda, and how many people sit in no circle when it is empty. On a current
    SQLite file it is read without SQLAlchemy (issue 12), unless the week's first agenda
    must keep its dormant picks (issue 15: that writes) or a quadrant is asked for."""
    from netgarden.services.agenda import agenda, unplaced
    from netgarden.services.routines import week_picked

    if quadrant is None:
        with read_only(ctx, lambda bare: not pick_week or week_picked(bare, day)) as unit:
            items = agenda(unit, day, limit, pick_week=pick_week)  # issue 15: week picks
            return items, unplaced(unit) if not items else 0
    from netgarden.services.matrix import quadrant_ids  # issue 13: the value matrix

    with unit_of_work(ctx) as writing:
        agenda(writing, day, limit, pick_week=pick_week)  # the week's picks, as without one
        wanted = quadrant_ids(writing, day, quadrant)
        items = [i for i in agenda(writing, day, None) if i.contact_id in wanted][:limit]
        return items, unplaced(writing) if not items else 0
