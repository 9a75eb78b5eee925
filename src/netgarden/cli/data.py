"""``demo`` and ``generate``: fill a database with a realistic network."""

from __future__ import annotations

import typer

from netgarden.cli.context import err_console, guarded, now, parse_day, today, unit_of_work


def register(app: typer.Typer) -> None:
    app.command("demo")(guarded(demo))
    app.command("generate")(guarded(generate))


def demo(
    ctx: typer.Context,
    seed: int = typer.Option(7, "--seed", help="Another seed gives another network."),
) -> None:
    """Fill an empty database with a demo network (~300 people, ~3,000 touches over two
    years, a dozen events past and coming, introductions in every state) so the agenda
    comes alive at once."""
    _fill(ctx, 300, 3000, seed, None, practice=True)


def generate(
    ctx: typer.Context,
    contacts: int = typer.Option(..., "--contacts", help="How many people."),
    touches: int = typer.Option(..., "--touches", help="How many touches."),
    seed: int = typer.Option(1, "--seed", help="The same seed always gives the same network."),
    end: str | None = typer.Option(None, "--end", help="Last day of the history (default today)."),
    links: int | None = typer.Option(
        None,
        "--links",
        min=0,
        help="Knows-links to add (default: one per contact), besides shared touches.",
    ),
) -> None:
    """Build a deterministic network of any size into an empty database (for benchmarks)."""
    _fill(ctx, contacts, touches, seed, end, links)


def _fill(
    ctx: typer.Context, contacts: int, touches: int, seed: int, end: str | None,
    links: int | None = None, *, practice: bool = False,
) -> None:  # fmt: skip
    """``practice``: the demo's events, ledger entries and introductions on top of the
    network."""
    import time

    from netgarden.services.demo_practice import add_practice
    from netgarden.services.generate import generate_network

    start = time.perf_counter()
    last_day = parse_day(end, "--end") or today()
    with err_console().status("Growing a network…"), unit_of_work(ctx) as unit:
        made = generate_network(
            unit, contacts=contacts, touches=touches, seed=seed, end=last_day, links=links
        )
        extra = add_practice(unit, last_day, seed, now()) if practice else None
    from netgarden.words import count

    and_events = f", {count(extra.events, 'event')}" if extra and extra.events else ""
    err_console().print(
        f"Created {count(made.contacts, 'contact')}{and_events} and "
        f"{count(made.touches, 'touch')} in {time.perf_counter() - start:.1f} s"
    )
    if extra is not None and extra.entries:
        err_console().print(
            f"and {count(extra.entries, 'ledger entry', 'ledger entries')} and "
            f"{count(extra.introductions, 'introduction')} in every state"
        )
