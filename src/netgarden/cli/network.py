"""Who knows whom: link, path, intro, suggest."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    app.command("intro")(guarded(intro, {"words": "intro"}))
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
    template: str | None = typer.Option(
        None, "--template", help="Draft the requests from this template (see `template list`)."
    ),
    set_: list[str] = typer.Option([], "--set", help='With --template: "placeholder=value".'),
) -> None:
    """Warm paths through people you know, warmest first, each with a drafted request."""
    from netgarden.services.lookup import resolve_contact
    from netgarden.services.paths import warm_paths

    with unit_of_work(ctx) as unit:
        target = resolve_contact(unit, to) if to else None
        found = warm_paths(unit, to=target, company=company, role=role, max_hops=max_hops,
                           limit=limit, today=today())  # fmt: skip
        if template:  # issue 14: the requests drafted through a template
            from netgarden.cli.templates import templated

            found = templated(unit, found, template, set_)
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
    from netgarden.services import introductions as service
    from netgarden.services.lookup import resolve_contact

    with unit_of_work(ctx) as unit:
        match words:
            case ["list"]:
                done: Any = service.introductions(unit)
            case ["move", number, state]:
                intro_id = _intro_number(number)
                done = service.advance_intro(unit, intro_id, state, outcome, today(), now())
            case ["received", introducer, newcomer]:
                x, y = resolve_contact(unit, introducer), resolve_contact(unit, newcomer)
                done = service.introduced_to_me(unit, x, y, today(), now())
            case [a, b]:
                x, y = resolve_contact(unit, a), resolve_contact(unit, b)
                done = (service.propose_intro(unit, x, y, why, today(), now()), (x, y))
            case _:
                usage = "use: intro A B · intro list · intro move ID STATE · intro received X Y"
                raise InvalidValue("words", usage)
    _said_intro(done, json)


def _intro_number(text: str) -> int:
    from netgarden.domain.values import MAX_ID, parse_id

    number = parse_id(text)
    if number is None:
        raise InvalidValue("intro", f"{text!r} is not an introduction number")
    if number > MAX_ID:
        raise NotFound("introduction", number)
    return number


def _said_intro(done: Any, json: bool) -> None:
    """What ``intro`` did, said once its transaction has committed."""
    from netgarden.services.introductions import Introduced, IntroView

    if isinstance(done, tuple):
        _said_proposal(*done)
    elif isinstance(done, IntroView):
        err_console().print(f"Introduction #{done.id} is now {done.state}")
    elif isinstance(done, Introduced):
        err_console().print(
            f"Noted: {who(done.introducer, done.introducer_id)} introduced you to "
            f"{who(done.newcomer, done.newcomer_id)}"
        )
    elif json:
        from netgarden.cli.render import intro_json

        print_json([intro_json(i, today()) for i in done])
    else:
        for i in done:
            due = " [yellow]follow up[/]" if i.follow_up_due(today()) else ""
            console().print(
                f"#{i.id} {escape(i.a_name)} ↔ {escape(i.b_name)}: {i.state} since "
                f"{i.updated_on}{due}"
            )


def _said_proposal(proposal: Proposal, typed: tuple[int, int]) -> None:
    """A new proposal, or the open one of the pair, naming the two in the order typed."""
    intro = proposal.intro
    names = {intro.a_id: intro.a_name, intro.b_id: intro.b_name}
    a, b = (who(names[i], i) for i in typed)
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
    event: str | None = typer.Option(
        None, "--event", help="Only pairs among the people met at this event."
    ),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Pairs of your contacts who would gain from knowing each other, with the reason."""
    from netgarden.services.suggestions import suggest_intros

    if what != "intros":
        raise InvalidValue("WHAT", f"{what!r}: only `suggest intros` exists")
    if event is not None:
        from netgarden.cli.events import event_id
        from netgarden.services.event_roi import suggest_at_event

        number = event_id(event)
    with unit_of_work(ctx) as unit:
        found: Any = (
            suggest_at_event(unit, number, limit) if event is not None
            else suggest_intros(unit, limit)
        )  # fmt: skip
    if json:
        from netgarden.cli.render import SUGGESTION_JSON, row_json

        print_json([row_json(s, SUGGESTION_JSON) for s in found])
        return
    for s in found:
        console().print(f"{who(s.a_name, s.a_id)} ↔ {who(s.b_name, s.b_id)}: {escape(s.reason)}")
