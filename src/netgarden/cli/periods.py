"""``review week|month|quarter|year`` (issue 15): the seeds' practices of a calendar period,
each with its seed, done / target, status and next actions naming people."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from netgarden.cli.context import (
    console,
    escape,
    guarded,
    parse_day,
    print_json,
    read_only,
    today,
    unit_of_work,
)

if TYPE_CHECKING:
    from rich.console import Console

    from netgarden.domain.periods import PeriodReview

AsOf = Annotated[str | None, typer.Option("--as-of", help="Review the period of another day.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
MARKS = {"done": "[green]✓[/]", "on-pace": "[cyan]·[/]", "behind": "[red]![/]",
         "warn": "[yellow]![/]", "info": " "}  # fmt: skip


def register(app: typer.Typer) -> None:
    from netgarden.cli.reviews import review

    for command in (week, month, quarter, year):
        review.command(command.__name__)(guarded(command))


def _run(ctx: typer.Context, period: str, as_of: str | None, json: bool) -> None:
    from netgarden.services.periods import period_review

    day = parse_day(as_of, "as_of") or today()
    # the quarter reads bare (no SQLAlchemy), its goals' metrics included; the week's review
    # of today picks the week's dormant ties if no agenda has yet (a write)
    opened = read_only(ctx) if period == "quarter" else unit_of_work(ctx)
    with opened as unit:
        found = period_review(unit, period, day, pick_week=as_of is None and period == "week")
    if json:
        print_json(found.as_dict())
        return
    render_review(console(), found)


def render_review(out: Console, found: PeriodReview) -> None:
    """The title, then each line: mark, practice, done / target, status; its seed; next."""
    counts = found.counts()
    out.print(
        f"[bold]{escape(found.title)}[/] ({found.start:%a %d %b} to {found.end:%a %d %b %Y}), "
        f"as of {found.as_of.isoformat()}: {counts['done']} done, {counts['on-pace']} on pace, "
        f"{counts['behind']} behind, {counts['warn']} to look at"
    )
    for line in found.lines:
        target = f" / {line.target}" if line.target is not None else ""
        out.print(
            f"{MARKS[line.status]} {escape(line.practice)}: {line.done}{target} — "
            f"{escape(line.status_text)}"
            + (f" [dim]({escape(line.detail)})[/]" if line.detail else "")
        )
        for quote in line.quotes:
            out.print(f"    [dim]{quote.seed}: {escape(quote.text)}[/]")
        for action in line.next_actions:
            out.print(f"    → {escape(action)}")


def week(ctx: typer.Context, json: Json = False, as_of: AsOf = None) -> None:
    """This ISO week (Monday to Sunday): new outreach (3-5), this week's dormant picks,
    one coffee, five inner-circle touchpoints, follow-ups, content shared, value given vs
    asked."""
    _run(ctx, "week", as_of, json)


def month(ctx: typer.Context, json: Json = False, as_of: AsOf = None) -> None:
    """This month: informational interviews (3-5), events (2+ and one), two introductions,
    five resources, one article, the content mix, value-adds to the inner circle, 15
    check-ins, the database's hygiene."""
    _run(ctx, "month", as_of, json)


def quarter(ctx: typer.Context, json: Json = False, as_of: AsOf = None) -> None:
    """This quarter: goals, the audit's proposals, inner circle +1, five relationships
    deepened, giving before getting 10 times, conferences, content, 50 wider touches."""
    _run(ctx, "quarter", as_of, json)


def year(ctx: typer.Context, json: Json = False, as_of: AsOf = None) -> None:
    """This year: the full audit, the outer circle touched, holiday-greeting candidates,
    anniversaries, the three-touch system."""
    _run(ctx, "year", as_of, json)
