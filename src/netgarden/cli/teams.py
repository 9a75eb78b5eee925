"""``team``: who on my team knows someone at a company, by consent (server mode, issue 19).
Locally the commands act for an account of this database (``--user``, or the only one);
with ``netgarden --server URL --token T`` they act for the token's account on that server."""

from __future__ import annotations

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

USER = typer.Option(None, "--user", help="The account to act for (when there are several).")
TEAM = typer.Option(None, "--team", help="The team (when you are in several).")


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Teams: who on my team knows whom (server mode).", no_args_is_help=True
    )
    words = {
        "name": "NAME",
        "email": "EMAIL",
        "teammate": "TEAMMATE",
        "target": "--company/--person",
        "team": "--team",
        "user": "--user",
        "message": "--message",
        "note": "--note",
        "introduction request": "ID",
    }
    for name, command in (
        ("add", add),
        ("invite", invite),
        ("join", join),
        ("share", share),
        ("show", show),
        ("who", who),
        ("ask", ask),
        ("answer", answer),
    ):
        group.command(name)(guarded(command, words))
    app.add_typer(group, name="team")


def add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The team's name."),
    user: str | None = USER,
) -> None:
    """Make a team; you are its owner (invite people with team invite)."""
    from netgarden.services.teams import acting, add_team

    with unit_of_work(ctx) as unit:
        made = add_team(unit, acting(unit, user), name, now())
    err_console().print(
        f"team {escape(made.name)} made; invite people with: netgarden team invite EMAIL"
    )


def invite(
    ctx: typer.Context,
    email: str = typer.Argument(..., help="Their account's email."),
    team: str | None = TEAM,
    user: str | None = USER,
) -> None:
    """Invite someone to your team; they join with team join."""
    from netgarden.services.teams import acting
    from netgarden.services.teams import invite as invite_one

    with unit_of_work(ctx) as unit:
        made = invite_one(unit, acting(unit, user), email, team, now())
    err_console().print(f"invited {escape(email.strip())} to {escape(made.name)}")


def join(
    ctx: typer.Context,
    team: str | None = typer.Argument(None, help="The team (when invited to several)."),
    user: str | None = USER,
) -> None:
    """Accept an invitation to a team."""
    from netgarden.services.teams import acting
    from netgarden.services.teams import join as accept

    with unit_of_work(ctx) as unit:
        name = accept(unit, acting(unit, user), team, now())
    err_console().print(
        f"you are in {escape(name)}; share who you know with: netgarden team share on"
    )


def share(
    ctx: typer.Context,
    state: str = typer.Argument(..., help="on or off."),
    team: str | None = TEAM,
    user: str | None = USER,
) -> None:
    """Share who you know with your teammates (on) or stop (off). Shared: each contact's
    name, company, title and your tie's band; never notes, touches, ledger, emails or phones."""
    from netgarden.errors import InvalidValue
    from netgarden.services.teams import acting
    from netgarden.services.teams import share as set_sharing

    if state not in ("on", "off"):
        raise InvalidValue("STATE", f"{state!r} is not on or off")
    with unit_of_work(ctx) as unit:
        names = set_sharing(unit, acting(unit, user), state == "on", team)
    err_console().print(f"sharing {state} in {escape(', '.join(names))}")


def show(
    ctx: typer.Context,
    user: str | None = USER,
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Your teams and their members, invitations, and introduction requests to and from you."""
    from netgarden.cli.team_render import overview_fields, render_overview
    from netgarden.services.teams import acting, overview

    with unit_of_work(ctx) as unit:
        found = overview(unit, acting(unit, user))
    if json:
        print_json(overview_fields(found))
        return
    render_overview(console(), overview_fields(found))


def who(
    ctx: typer.Context,
    company: str | None = typer.Option(None, "--company", help="Someone at this company."),
    person: str | None = typer.Option(None, "--person", help="Someone of this name."),
    as_of: str | None = typer.Option(None, "--as-of", help="Ties as of this day (YYYY-MM-DD)."),
    user: str | None = USER,
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Who on your teams knows someone at a company (or by name), strongest tie first; ask
    one of them for an introduction with team ask."""
    from netgarden.cli.team_render import render_ties, tie_fields
    from netgarden.services.teams import acting
    from netgarden.services.teams import who as find

    day = parse_day(as_of, "as_of") or today()
    with unit_of_work(ctx) as unit:
        ties = find(unit, acting(unit, user), day, company=company, person=person)
    if json:
        print_json([tie_fields(t) for t in ties])
        return
    render_ties(console(), [tie_fields(t) for t in ties])


def ask(
    ctx: typer.Context,
    teammate: str = typer.Argument(..., help="The teammate's email."),
    contact: int = typer.Argument(..., help="Their contact's id, as team who shows it."),
    message: str | None = typer.Option(None, "--message", help="Why you would like to meet."),
    user: str | None = USER,
) -> None:
    """Ask a teammate for an introduction to someone they know: it is on their Today."""
    from netgarden.services.teams import acting
    from netgarden.services.teams import ask as ask_one

    with unit_of_work(ctx) as unit:
        made = ask_one(unit, acting(unit, user), teammate, contact, message, today())
    err_console().print(
        f"asked {escape(made.to_email)} for an introduction to "
        f"{escape(made.contact_name)} (request #{made.id})"
    )


def answer(
    ctx: typer.Context,
    request: int = typer.Argument(..., help="The request's number (team show lists them)."),
    reply: str = typer.Argument(..., help="yes or no."),
    note: str | None = typer.Option(None, "--note", help="A word for the one who asked."),
    user: str | None = USER,
) -> None:
    """Answer an introduction request: yes (you will introduce them) or no."""
    from netgarden.errors import InvalidValue
    from netgarden.services.teams import acting
    from netgarden.services.teams import answer as reply_to

    if reply not in ("yes", "no"):
        raise InvalidValue("REPLY", f"{reply!r} is not yes or no")
    with unit_of_work(ctx) as unit:
        done = reply_to(unit, acting(unit, user), request, reply == "yes", note, now())
    err_console().print(
        f"answered {done.state} to {escape(done.from_email)} about {escape(done.contact_name)}"
    )
