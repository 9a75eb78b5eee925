"""``goals`` and ``goal``: goals computed from the data, with progress and pace (issue 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

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
)
from netgarden.domain.goals import METRICS, Period

if TYPE_CHECKING:
    from rich.console import Console

    from netgarden.services.goals import GoalView

# `goals --json`: these fields, no other (an allowlist)
GOAL_JSON = (
    "id", "title", "metric", "target", "target_low", "target_high", "value", "expected",
    "status", "behind_by", "pace", "period", "rolling", "period_start", "period_end", "where",
    "preset", "seed",
)  # fmt: skip
WORDS = {"goal_target": "--target", "title": "TITLE", "goal_id": "ID", "value": "--value",
         "name": "NAME"}  # fmt: skip
AsOf = Annotated[str | None, typer.Option("--as-of", help="Measure as of another day.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
PERIODS = ", ".join(period.value for period in Period)
METRIC_HELP = "\n\n".join(f"{metric.value}: {text}." for metric, text in METRICS.items())

goal = typer.Typer(
    help="Goals: add one (or a seed's preset), remove, renew for the next period, tick a "
    "manual one. `netgarden goals` shows them with their pace.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.command("goals")(guarded(goals))
    goal.command("list")(guarded(goals))  # the same as `netgarden goals`
    goal.command("add", help=_add_help())(guarded(add, WORDS))
    goal.command("rm")(guarded(rm, WORDS))
    goal.command("renew")(guarded(renew, WORDS))
    goal.command("tick")(guarded(tick, WORDS))
    goal.command("preset")(guarded(preset, WORDS))
    app.add_typer(goal, name="goal")


def _add_help() -> str:
    return (
        "Add a goal counted from the data (never ticked by hand, except the manual metric). "
        "Pace: expected = target x days elapsed / days in the period; a range (3-5) is done "
        "at its low end.\n\nMetrics, each counted over the period up to the day asked:\n\n"
        + METRIC_HELP
    )


def goal_id(text: str) -> int:
    from netgarden.domain.values import MAX_ID, parse_id
    from netgarden.errors import InvalidValue, NotFound

    number = parse_id(text)
    if number is None:
        raise InvalidValue("goal_id", f"{text!r} is not a goal number; see `netgarden goals`")
    if number > MAX_ID or number < 1:
        raise NotFound("goal", number)
    return number


def goals(ctx: typer.Context, as_of: AsOf = None, json: Json = False) -> None:
    """Every goal: its value counted from the data, the expected count by now, its status."""
    from netgarden.services.goals import goal_progress

    day = parse_day(as_of, "as_of") or today()
    with unit_of_work(ctx) as unit:
        found = goal_progress(unit, day)
    if json:
        print_json([goal_json(g) for g in found])
        return
    render_goals(console(), found, day)


def goal_json(g: GoalView) -> dict[str, Any]:
    return {key: getattr(g, key) for key in GOAL_JSON}


def bar(percent: int, width: int = 20) -> str:
    filled = round(width * percent / 100)
    return "█" * filled + "░" * (width - filled)


def render_goals(out: Console, found: list[GoalView], day: Any) -> None:
    from rich.table import Table

    if not found:
        out.print("No goals yet. Add one with `netgarden goal add TITLE --metric M --target N "
                  "--period quarter`, or a seed's with `netgarden goal preset para`.")  # fmt: skip
        return
    out.print(f"Goals as of {day.isoformat()}")
    table = Table(box=None, header_style="dim", pad_edge=False)
    for column in ("id", "goal", "progress", "value", "status", "period"):
        table.add_column(column, overflow="fold")
    for g in found:
        period = f"{g.period_start.isoformat()} to {g.period_end.isoformat()}"
        if g.rolling:
            period += f" (every {g.period})"
        title = escape(g.title) + (f" [dim]({g.seed})[/dim]" if g.seed else "")
        if g.where:
            title += f"\n[dim]{escape(g.metric)} where {escape(g.where)}[/dim]"
        else:
            title += f"\n[dim]{escape(g.metric)}[/dim]"
        style = {"done": "green", "on-pace": "cyan", "behind": "yellow"}[g.status]
        table.add_row(str(g.id), title, bar(g.percent), f"{g.value} of {g.target}",
                      f"[{style}]{g.pace}[/{style}]", period)  # fmt: skip
    out.print(table)


def add(
    ctx: typer.Context,
    title: str = typer.Argument(..., help="What the goal is, in your words."),
    metric: str = typer.Option(..., "--metric", help="What it counts: one of the metrics below."),
    target: str = typer.Option(..., "--target", help="How many: a number (20) or a range (3-5)."),
    period: str = typer.Option("quarter", "--period", help=f"One of: {PERIODS}."),
    from_: str | None = typer.Option(
        None, "--from", help="A day in the period to cover (default today); custom: its first."
    ),
    to: str | None = typer.Option(None, "--to", help="A custom period's last day."),
    where: str | None = typer.Option(
        None,
        "--where",
        help="Count only what matches: FIELD=VALUE[,VALUE] or 'company in "
        "targets', joined by 'and' (e.g. function=product and company in targets).",
    ),
    rolling: bool = typer.Option(
        False, "--rolling", help="Always cover the current period (a weekly practice)."
    ),
) -> None:
    from netgarden.services.goals import GoalInput, add_goal

    data = GoalInput(title, metric, target, period, from_, to, where, rolling)
    with unit_of_work(ctx) as unit:
        made = add_goal(unit, data, today(), now())
    err_console().print(f"Added goal #{made.id}: {escape(made.title)} — {made.value} of "
                        f"{made.target}, {made.pace}")  # fmt: skip
    typer.echo(made.id)


def rm(ctx: typer.Context, goal: str = typer.Argument(..., help="The goal's number.")) -> None:
    """Remove a goal."""
    from netgarden.services.goals import remove_goal

    number = goal_id(goal)
    with unit_of_work(ctx) as unit:
        gone = remove_goal(unit, number, today())
    err_console().print(f"Removed goal #{gone.id}: {escape(gone.title)}")


def renew(ctx: typer.Context, goal: str = typer.Argument(..., help="The goal's number.")) -> None:
    """Add the same goal for the period after this one (a quarter's goals for the next)."""
    from netgarden.services.goals import renew_goal

    number = goal_id(goal)
    with unit_of_work(ctx) as unit:
        made = renew_goal(unit, number, today(), now())
    err_console().print(f"Renewed as goal #{made.id}: {escape(made.title)}, "
                        f"{made.period_start} to {made.period_end}")  # fmt: skip
    typer.echo(made.id)


def tick(
    ctx: typer.Context,
    goal: str = typer.Argument(..., help="The manual goal's number."),
    value: str | None = typer.Option(None, "--value", help="Its count (default: its target)."),
) -> None:
    """Set a manual goal's count: what no data shows ("Update LinkedIn profile")."""
    from netgarden.services.goals import tick_goal

    number = goal_id(goal)
    with unit_of_work(ctx) as unit:
        found = tick_goal(unit, number, value, today())
    err_console().print(f"Goal #{found.id}: {found.value} of {found.target}, {found.pace}")


def preset(
    ctx: typer.Context,
    name: str | None = typer.Argument(None, help="The preset; without one, list them."),
    json: Json = False,
) -> None:
    """Add a seed's goals: para (seeds/000), workshop-plan and roadmap (seeds/002),
    maintenance and value-creation (seeds/001), rebuild (seeds/004)."""
    from netgarden.services.goals import apply_preset, presets

    if name is None:
        found = presets()
        if json:
            print_json([_preset_json(p) for p in found])
            return
        _render_presets(console(), found)
        return
    with unit_of_work(ctx) as unit:
        made = apply_preset(unit, name, today(), now())
    if json:
        print_json([goal_json(g) for g in made])
        return
    count = f"{len(made)} goal" + ("" if len(made) == 1 else "s")
    err_console().print(f"Added {count} from the {escape(name.strip().lower())} preset"
                        + ("" if made else " (all were already set)"))  # fmt: skip
    for g in made:
        span = (f"from {g.period_start} to {g.period_end}" if g.period == "custom"
                else f"{'every' if g.rolling else 'this'} {g.period}")  # fmt: skip
        console().print(f"  #{g.id} {escape(g.title)} ({g.seed}): {g.target}, {span}")


def _preset_json(p: Any) -> dict[str, Any]:
    return {"name": p.name, "about": p.about,
            "lines": [{"title": li.quote.text, "seed": li.quote.seed, "section": li.quote.section,
                       "metric": li.metric.value, "target": li.target, "period": li.period.value,
                       "rolling": li.rolling, "where": li.where} for li in p.lines]}  # fmt: skip


def _render_presets(out: Console, found: list[Any]) -> None:
    for p in found:
        out.print(f"[bold]{p.name}[/bold] — {escape(p.about)}")
        for li in p.lines:
            every = "every " if li.rolling else ""
            out.print(f"  {li.target:>4} {escape(li.metric.value)}, {every}{li.period.value}: "
                      f"“{escape(li.quote.text)}” ({li.quote.seed})")  # fmt: skip
