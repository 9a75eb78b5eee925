"""``opp``: opportunities (a job, a referral, a collaboration…), moved through their stages
and shared with the people who could use them (issue 16). ``roi``: cli/roi.py."""

from __future__ import annotations

from typing import Annotated

import typer

from netgarden.cli.context import err_console, escape, guarded, now, print_json, today
from netgarden.cli.context import unit_of_work as unit_of
from netgarden.cli.help import use_plain_help

KINDS = "job, referral, collaboration, speaking, writing, client, partnership, investor, " \
    "mentoring, other"  # fmt: skip
STAGES = "open, pursuing, interviewing, offer, won, lost, withdrawn"
CHANNELS = "network, cold-application, inbound, event, recruiter"
# a field is named by this command's option or argument
WORDS = {"title": "TITLE", "event": "--event", "via": "--via", "on": "--on", "stage": "STAGE",
         "contact_id": "CONTACT", "opportunity": "ID"}  # fmt: skip


Id = Annotated[str, typer.Argument(help="The opportunity's number (see `opp list`).")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]

opps = typer.Typer(
    help="Opportunities: add, list, show, move (open → pursuing → interviewing → offer → "
    "won / lost / withdrawn), share with someone (a referral given), edit, rm.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    for name, command in (("add", add), ("list", list_), ("show", show), ("move", move),
                          ("share", share), ("edit", edit), ("rm", rm)):  # fmt: skip
        opps.command(name)(guarded(command, WORDS))
    use_plain_help(opps)
    app.add_typer(opps, name="opp")


def opp_id(text: str) -> int:
    """An opportunity's number (``3`` or ``#3``) as the user gave it."""
    from netgarden.domain.values import MAX_ID, parse_id
    from netgarden.errors import InvalidValue, NotFound

    number = parse_id(text)
    if number is None:
        raise InvalidValue("opportunity", f"{text!r} is not a number; see `netgarden opp list`")
    if not 1 <= number <= MAX_ID:
        raise NotFound("opportunity", number)
    return number


def add(
    ctx: typer.Context,
    title: str = typer.Argument(..., help="What it is: “Senior PM at Acme”."),
    kind: str = typer.Option(..., "--kind", "-k", help=f"One of: {KINDS}."),
    company: str | None = typer.Option(None, "--company", help="The company it is at."),
    role: str | None = typer.Option(None, "--role", help="The role, for a job."),
    via: str | None = typer.Option(None, "--via", help="Who it came through: id, email or name."),
    event: str | None = typer.Option(None, "--event", help="The event it was sourced at (ID)."),
    channel: str | None = typer.Option(
        None,
        "--channel",
        help=f"One of: {CHANNELS} (default: event with --event, network with --via).",
    ),
    reaches_hm: str | None = typer.Option(
        None, "--reaches-hm", help="yes or no: does it reach the hiring manager (seeds/004)?"
    ),
    note: str | None = typer.Option(None, "--note", "-n", help="Anything worth keeping."),
    on: str | None = typer.Option(None, "--on", help="The day it opened (default today)."),
) -> None:
    """Add an opportunity at `open`; a job or collaboration suggests up to five people to
    share it with (laid off and open to work first: seeds/002, crisis networking)."""
    from netgarden.cli.opp_render import render_added
    from netgarden.services.opportunities import OppInput, add_opportunity

    data = OppInput(title, kind, company, role, via, event, channel, reaches_hm, note, on)
    with unit_of(ctx) as unit:
        made = add_opportunity(unit, data, now(), today())
    render_added(made)
    typer.echo(made.opportunity.id)


def list_(
    ctx: typer.Context,
    stage: str | None = typer.Option(None, "--stage", help=f"Only one stage: {STAGES}."),
    company: str | None = typer.Option(None, "--company", help="Only at this company."),
    json: Json = False,
) -> None:
    """Every opportunity, the latest opened first, with its stage and where it came from."""
    from netgarden.cli.opp_render import opp_json, render_list
    from netgarden.services.opportunities import list_opportunities

    with unit_of(ctx) as unit:
        found = list_opportunities(unit, stage, company)
    if json:
        print_json([opp_json(o) for o in found])
        return
    render_list(found, today())


def show(ctx: typer.Context, opportunity: Id, json: Json = False) -> None:
    """One opportunity: its stage history, who it was shared with, who else to share it with."""
    from netgarden.cli.opp_render import detail_json, render_detail
    from netgarden.services.opportunities import show_opportunity

    number = opp_id(opportunity)
    with unit_of(ctx) as unit:
        found = show_opportunity(unit, number, today())
    if json:
        print_json(detail_json(found))
        return
    render_detail(found, today())


def move(
    ctx: typer.Context,
    opportunity: Id,
    stage: str = typer.Argument(..., help=f"The stage it moved to: {STAGES}."),
    on: str | None = typer.Option(None, "--on", help="The day it moved (default today)."),
) -> None:
    """Move an opportunity to another stage; each change is kept with its day (ROI counts
    the ones that reached interviews)."""
    from netgarden.services.opportunities import move_opportunity

    number = opp_id(opportunity)
    with unit_of(ctx) as unit:
        moved = move_opportunity(unit, number, stage, today(), now(), on).opportunity
    err_console().print(f"#{moved.id} {escape(moved.title)} is {moved.stage} since "
                        f"{moved.stage_on.isoformat()}")  # fmt: skip


def share(
    ctx: typer.Context,
    opportunity: Id,
    contact: str = typer.Argument(..., help="Who you passed it to: id, email or name."),
    note: str | None = typer.Option(
        None, "--note", "-n", help="What you said (default: the opportunity's title)."
    ),
) -> None:
    """Pass an opportunity to someone: recorded as `give --kind referral` in the ledger
    (seeds/001: “Opportunity alerting”)."""
    from netgarden.cli.context import who
    from netgarden.services.opportunities import share_opportunity

    number = opp_id(opportunity)
    with unit_of(ctx) as unit:
        detail, made = share_opportunity(unit, number, contact, today(), now(), note)
    title = escape(detail.opportunity.title)
    err_console().print(
        f"Shared #{number} {title} with {who(made.name, made.contact_id)}; a referral given"
    )


def edit(
    ctx: typer.Context,
    opportunity: Id,
    title: str | None = typer.Option(None, "--title", help="A new title."),
    kind: str | None = typer.Option(None, "--kind", "-k", help=f"One of: {KINDS}."),
    company: str | None = typer.Option(None, "--company", help='The company ("" clears).'),
    role: str | None = typer.Option(None, "--role", help='The role ("" clears).'),
    via: str | None = typer.Option(None, "--via", help='Who it came through ("" clears).'),
    event: str | None = typer.Option(None, "--event", help='The event ("" clears).'),
    channel: str | None = typer.Option(None, "--channel", help=f"One of: {CHANNELS}."),
    reaches_hm: str | None = typer.Option(None, "--reaches-hm", help="yes, no or unknown."),
    note: str | None = typer.Option(None, "--note", "-n", help='A note ("" clears).'),
    on: str | None = typer.Option(None, "--on", help="The day it opened."),
) -> None:
    """Change what is recorded of an opportunity (its stage changes with `opp move`)."""
    from netgarden.services.opportunities import edit_opportunity

    number = opp_id(opportunity)
    given = {"title": title, "kind": kind, "company": company, "role": role, "via": via,
             "event": event, "channel": channel, "reaches_hm": reaches_hm, "note": note,
             "on": on}  # fmt: skip
    changes = {k: v for k, v in given.items() if v is not None}
    with unit_of(ctx) as unit:
        changed = edit_opportunity(unit, number, changes, today(), now()).opportunity
    err_console().print(f"Changed #{changed.id} {escape(changed.title)}")


def rm(ctx: typer.Context, opportunity: Id) -> None:
    """Remove an opportunity and its history (the referrals given stay in the ledger)."""
    from netgarden.services.opportunities import delete_opportunity

    number = opp_id(opportunity)
    with unit_of(ctx) as unit:
        gone = delete_opportunity(unit, number)
    err_console().print(f"Removed #{gone.id} {escape(gone.title)}")
