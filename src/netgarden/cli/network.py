"""Who knows whom: link, path, intro, suggest."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from netgarden.cli.context import (
    console,
    err_console,
    escape,
    guarded,
    now,
    print_json,
    today,
    unit_of_work,
    who,
)
from netgarden.errors import InvalidValue, NotFound

if TYPE_CHECKING:
    from netgarden.services.introductions import Proposal


def register(app: typer.Typer) -> None:
    app.command("link")(guarded(link))
    app.command("path")(guarded(path))
    app.command("intro")(guarded(intro))
    app.command("suggest")(guarded(suggest))


def link(
    ctx: typer.Context,
    a: str = typer.Argument(..., help="One person (id, email or name)."),
    b: str = typer.Argument(..., help="Someone they know."),
    how: str | None = typer.Option(None, "--how", help="How they know each other."),
    strength: str | None = typer.Option(
        None,
        "--strength",
        help="weak, medium or strong (a new link: medium). Changes an existing link's strength.",
    ),
) -> None:
    """Record that two contacts know each other, or change how strongly."""
    from netgarden.services.links import link_contacts
    from netgarden.services.lookup import names_of, resolve_contact

    with unit_of_work(ctx) as unit:
        first, second = resolve_contact(unit, a), resolve_contact(unit, b)
        done = link_contacts(unit, first, second, now(), how, strength)
        names = names_of(unit, [first, second])
    low, high = sorted((first, second))
    pair = f"{who(names[low], low)} and {who(names[high], high)}"
    if done.created:
        said = f"Linked {pair} ({done.strength})"
    elif done.changed:
        what = [f"was {done.was}, now {done.strength}"] if done.was else []
        what += [f"how: {escape(done.how)}"] if done.how else []
        said = f"Updated the link of {pair} ({'; '.join(what)})"
    else:
        said = f"{pair} are already linked ({done.strength}); nothing changed"
    err_console().print(said)


def path(
    ctx: typer.Context,
    to: str | None = typer.Option(None, "--to", help="A contact (id, email or name)."),
    company: str | None = typer.Option(None, "--company", help="Anyone at this company."),
    role: str | None = typer.Option(None, "--role", help="Anyone whose title says this."),
    max_hops: int = typer.Option(3, "--max-hops", help="People on a path at most (1-4)."),
    limit: int = typer.Option(5, "--limit", min=1, max=100, help="At most N paths."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Warm paths through people you know, warmest first, each with a drafted request."""
    from netgarden.services.lookup import resolve_contact
    from netgarden.services.paths import warm_paths

    with unit_of_work(ctx) as unit:
        target = resolve_contact(unit, to) if to else None
        found = warm_paths(unit, to=target, company=company, role=role, max_hops=max_hops,
                           limit=limit, today=today())  # fmt: skip
    if json:
        print_json([
            {"path": p.names, "ids": p.ids, "score": p.score, "warmth": p.warmth,
             "help": p.help, "why": p.why, "draft": p.draft}
            for p in found
        ])  # fmt: skip
        return
    out = console()
    if not found:
        out.print("No path found. Link people you know with `netgarden link A B`.")
    for number, p in enumerate(found, 1):
        out.print(f"[bold]{number}. {' → '.join(escape(n) for n in p.names)}[/]  score {p.score:g}")
        out.print(f"   [dim]warmth {p.warmth:g} times help {p.help:g}: {escape(p.why)}[/]")
        if number == 1:
            out.print(escape(p.draft))
            out.print()


def intro(
    ctx: typer.Context,
    words: list[str] = typer.Argument(
        ..., help="A B (propose) · list · move ID STATE · received INTRODUCER NEWCOMER"
    ),
    why: str | None = typer.Option(None, "--why", help="Why they should meet."),
    outcome: str | None = typer.Option(None, "--outcome", help="How it went (with `move`)."),
    json: bool = typer.Option(False, "--json", help="Print JSON (with `list`)."),
) -> None:
    """Double opt-in introductions: propose A B, then move ID through asked-a, asked-b, made
    and outcome (or declined); `received X Y` records that X introduced you to Y."""
    from netgarden.domain.values import MAX_ID, parse_id
    from netgarden.services import introductions as service
    from netgarden.services.lookup import names_of, resolve_contact

    with unit_of_work(ctx) as unit:
        if words == ["list"]:
            intros = service.introductions(unit)
        elif len(words) == 3 and words[0] == "move":
            number = parse_id(words[1])
            if number is None:
                raise InvalidValue("ID", f"{words[1]!r} is not an introduction number")
            if number > MAX_ID:
                raise NotFound("introduction", number)
            moved = service.advance_intro(unit, number, words[2], outcome, today(), now())
            err_console().print(f"Introduction #{number} is now {moved.state}")
            return
        elif len(words) == 3 and words[0] == "received":
            introducer, newcomer = resolve_contact(unit, words[1]), resolve_contact(unit, words[2])
            service.introduced_to_me(unit, introducer, newcomer, today(), now())
            names = names_of(unit, [introducer, newcomer])
            err_console().print(
                f"Noted: {who(names[introducer], introducer)} introduced you to "
                f"{who(names[newcomer], newcomer)}"
            )
            return
        elif len(words) == 2:
            a, b = resolve_contact(unit, words[0]), resolve_contact(unit, words[1])
            proposal = service.propose_intro(unit, a, b, why, today(), now())
            names = names_of(unit, [a, b])
            _said_proposal(proposal, who(names[a], a), who(names[b], b))
            return
        else:
            raise InvalidValue("intro", "use: intro A B · intro list · intro move ID STATE · "
                               "intro received X Y")  # fmt: skip
    if json:
        from netgarden.cli.render import intro_json

        print_json([intro_json(i, today()) for i in intros])
        return
    for i in intros:
        due = " [yellow]follow up[/]" if i.follow_up_due(today()) else ""
        out = console()
        out.print(
            f"#{i.id} {escape(i.a_name)} ↔ {escape(i.b_name)}: {i.state} since {i.updated_on}{due}"
        )


def _said_proposal(proposal: Proposal, a: str, b: str) -> None:
    if proposal.created:
        err_console().print(f"Introduction #{proposal.id} proposed: ask {a} first (double opt-in)")
    else:
        err_console().print(
            f"There is already an open introduction of {a} and {b}: #{proposal.id} "
            f"({proposal.state}); nothing was created. Move it on with "
            f"`netgarden intro move {proposal.id} STATE`."
        )
    typer.echo(proposal.id)


def suggest(
    ctx: typer.Context,
    what: str = typer.Argument(..., help="intros"),
    limit: int = typer.Option(20, "--limit", min=1, max=500, help="At most N suggestions."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Pairs of your contacts who would gain from knowing each other, with the reason."""
    from netgarden.services.suggestions import suggest_intros

    if what != "intros":
        raise InvalidValue("WHAT", f"{what!r}: only `suggest intros` exists")
    with unit_of_work(ctx) as unit:
        found = suggest_intros(unit, limit)
    if json:
        from netgarden.cli.render import SUGGESTION_JSON, row_json

        print_json([row_json(s, SUGGESTION_JSON) for s in found])
        return
    for s in found:
        console().print(f"{who(s.a_name, s.a_id)} ↔ {who(s.b_name, s.b_id)}: {escape(s.reason)}")
