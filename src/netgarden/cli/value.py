"""The value ledger and relationship strength: give, receive, ask, ledger, strength."""

from __future__ import annotations

from typing import Annotated, Any

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
from netgarden.domain.ledger import ASK_KINDS
from netgarden.domain.ledger import KINDS as KINDS_GIVEN

SHOWN = 50  # ledger entries listed as text (JSON has them all)
KINDS = ", ".join(KINDS_GIVEN)
Contact = Annotated[str, typer.Argument(help="Id, email or name.")]
Kind = Annotated[str, typer.Option("--kind", "-k", help=f"One of: {KINDS}.")]
Note = Annotated[str | None, typer.Option("--note", "-n", help="What it was.")]
On = Annotated[str | None, typer.Option("--on", help="When: YYYY-MM-DD, today, yesterday.")]


def register(app: typer.Typer) -> None:
    app.command("give")(guarded(give))
    app.command("receive")(guarded(receive))
    app.command("ask")(guarded(ask))
    app.command("ledger")(guarded(ledger))
    app.command("strength")(guarded(strength))


def _record(ctx: typer.Context, entry_type: str, contact: str, kind: str | None,
            note: str | None, on: str | None) -> None:  # fmt: skip
    from netgarden.services.ledger import EntryInput, record_entry
    from netgarden.services.lookup import names_of, resolve_contact

    with unit_of_work(ctx) as unit:
        contact_id = resolve_contact(unit, contact)
        record_entry(unit, contact_id, EntryInput(entry_type, kind, note, on), now(), today())
        names = names_of(unit, [contact_id])
    what = f" ({kind})" if kind else ""
    err_console().print(f"Recorded {entry_type}{what} with {who(names[contact_id], contact_id)}")


def give(
    ctx: typer.Context, contact: Contact, kind: Kind, note: Note = None, on: On = None
) -> None:
    """Record value I gave (an introduction, advice, a resource…)."""
    _record(ctx, "give", contact, kind, note, on)


def receive(
    ctx: typer.Context, contact: Contact, kind: Kind, note: Note = None, on: On = None
) -> None:
    """Record value I received."""
    _record(ctx, "receive", contact, kind, note, on)


def ask(
    ctx: typer.Context,
    contact: Contact,
    kind: str | None = typer.Option(None, "--kind", "-k", help=f"One of: {', '.join(ASK_KINDS)}."),
    note: str | None = typer.Option(None, "--note", "-n", help="The ask, in your words."),
    on: On = None,
) -> None:
    """Record something I asked for (a kind, or free text with --note)."""
    _record(ctx, "ask", contact, kind, note, on)


def ledger(
    ctx: typer.Context,
    contact: str | None = typer.Argument(None, help="One person (default: everyone)."),
    since: str | None = typer.Option(None, "--since", help="Only entries on or after DATE."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Given, received and asked; the give/ask ratio (5-to-1) and the 70-20-10 mix."""
    from netgarden.services.ledger import ledger_report
    from netgarden.services.lookup import names_of, resolve_contact

    day = parse_day(since, "--since")
    with unit_of_work(ctx) as unit:
        contact_id = resolve_contact(unit, contact) if contact else None
        report = ledger_report(unit, contact_id, day)
        names = names_of(unit, [e.contact_id for e in report.entries[:SHOWN]])
    if json:
        from netgarden.cli.render import LEDGER_JSON, row_json

        entries = [row_json(entry, LEDGER_JSON) for entry in report.entries]
        print_json({**report.summary.as_dict(), "entries": entries})
        return
    s = report.summary
    out = console()
    ratio = "—" if s.give_ask_ratio is None else f"{s.give_ask_ratio:g} to 1"
    out.print(f"given {s.given} · received {s.received} · asked {s.asked} · give/ask {ratio} "
              f"(aim: 5 to 1)")  # fmt: skip
    out.print(f"mix: helping {s.mix['helping']}% · sharing {s.mix['sharing']}% · asking "
              f"{s.mix['asking']}% (aim: 70 · 20 · 10)")  # fmt: skip
    if s.asks_outrun_gives:
        out.print("[yellow]Asks outrun gives here: give before you ask again.[/]")
    for e in report.entries[:SHOWN]:
        note = f" — {escape(e.note)}" if e.note else ""
        person = who(names[e.contact_id], e.contact_id)
        out.print(f"{e.on.isoformat()}  {e.entry_type:<7} {e.kind:<12} {person}{note}")


def strength(
    ctx: typer.Context,
    contact: str = typer.Argument(..., help="Id, email or name."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """How strong a relationship is (0-100), and why: each touch and exchange's share."""
    from netgarden.services.lookup import names_of, resolve_contact
    from netgarden.services.strength import contact_strength

    with read_only(ctx) as unit:
        report = contact_strength(unit, resolve_contact(unit, contact), today())
        name = names_of(unit, [report.contact_id])[report.contact_id]
    result: dict[str, Any] = {
        "contact_id": report.contact_id,
        "score": report.strength.score,
        "band": report.strength.band.value,
        "contributions": [str(c) for c in report.strength.contributions],
        "half_life_days": report.strength.half_life_days,
        "years_known": report.years_known,
        "history": [{"on": day, "score": score} for day, score in report.history],
    }
    if json:
        print_json(result)
        return
    out = console()
    out.print(f"{who(name, report.contact_id)}: [bold]{result['score']}[/] ({result['band']})")
    for line in result["contributions"][:10]:
        out.print(f"  {line}")
    if report.strength.half_life_days is not None:
        from netgarden.words import count

        known = count(report.years_known, "whole year")
        out.print(f"[dim]each contribution halves every {report.strength.half_life_days:g} days "
                  f"(known {known})[/]")  # fmt: skip
    trend = " ".join(str(score) for _, score in report.history)
    out.print(f"[dim]last 12 months: {trend}[/]")
