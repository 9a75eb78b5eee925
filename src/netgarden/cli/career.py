"""Career resilience (issue 16): companies and targets, job changes to review, and who
would I call (seeds/004)."""

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
    read_only,
    today,
    unit_of_work,
    who,
)
from netgarden.cli.options import Json

company = typer.Typer(help="Companies you track: target, hiring or not, size and type.",
                      no_args_is_help=True)  # fmt: skip
changes = typer.Typer(help="Job changes imports saw: accept or dismiss them.",
                      invoke_without_command=True)  # fmt: skip
AS_OF = typer.Option(None, "--as-of", help="Strength as of a day (YYYY-MM-DD); default today.")


def register(app: typer.Typer) -> None:
    company.command("set")(guarded(company_set, {"kind": "--type", "name": "NAME"}))
    company.command("list")(guarded(company_list))
    company.command("show")(guarded(company_show, {"name": "NAME"}))
    app.add_typer(company, name="company")
    changes.callback()(guarded(changes_list, {"state": "--state"}))
    changes.command("accept")(guarded(change_accept, {"id": "ID"}))
    changes.command("dismiss")(guarded(change_dismiss, {"id": "ID"}))
    app.add_typer(changes, name="changes")
    app.command("call-list")(guarded(call_list))


def company_set(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The company's name, e.g. 'Acme Analytics'."),
    target: bool | None = typer.Option(None, "--target/--no-target",
                                       help="A target company (or no longer one)."),
    hiring: str | None = typer.Option(None, "--hiring", help="yes, no or unknown (dated today)."),
    hiring_for: str | None = typer.Option(None, "--hiring-for",
                                          help="What they hire for, e.g. 'product managers'."),
    size: str | None = typer.Option(None, "--size", help="1-10, 11-50, 51-200, 201-1000, "
                                                         "1001-5000 or 5001+ ('' clears)."),
    kind: str | None = typer.Option(None, "--type", help="startup, scale-up, enterprise, agency, "
                                                         "nonprofit or public ('' clears)."),
) -> None:  # fmt: skip
    """Track a company, or change what you know of it; a hiring status records the day you
    checked. --target adds it to your target companies (the same list as `target add company`)."""
    from netgarden.cli.career_render import company_line
    from netgarden.services.companies import set_company

    with unit_of_work(ctx) as unit:
        view = set_company(unit, name, target=target, hiring=hiring, hiring_for=hiring_for,
                           size=size, kind=kind, today=today(), now=now())  # fmt: skip
    err_console().print(f"Saved #{view.id}: {company_line(view)}")


def company_list(ctx: typer.Context, json: Json = False) -> None:
    """Your target companies and the companies you track, with how many people you know there."""
    from netgarden.cli.career_render import render_companies
    from netgarden.services.career_fields import company_fields
    from netgarden.services.companies import list_companies

    with unit_of_work(ctx) as unit:
        views = list_companies(unit)
    if json:
        print_json([company_fields(v) for v in views])
    else:
        render_companies(console(), views)


def company_show(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The company's id or name."),
    json: Json = False,
) -> None:
    """A company: its hiring status, the people you know there (strongest first) and the
    warm paths in."""
    from netgarden.cli.career_render import render_detail
    from netgarden.services.career_fields import detail_fields
    from netgarden.services.companies import show_company

    with unit_of_work(ctx) as unit:
        detail = show_company(unit, name, today())
    if json:
        print_json(detail_fields(detail))
    else:
        render_detail(console(), detail)


def changes_list(
    ctx: typer.Context,
    state: str = typer.Option(
        "pending",
        "--state",
        show_default=False,
        help="pending (the default), accepted or dismissed.",
    ),
    json: Json = False,
) -> None:
    """Job changes imports saw (a new company or title), waiting for your say."""
    if ctx.invoked_subcommand is not None:
        return
    from netgarden.cli.career_render import render_changes
    from netgarden.services.career_fields import change_fields
    from netgarden.services.job_changes import list_changes

    with unit_of_work(ctx) as unit:
        found = list_changes(unit, state)
    if json:
        print_json([change_fields(c) for c in found])
    else:
        render_changes(console(), found, state)


def _change_id(text: str) -> int:
    from netgarden.domain.values import MAX_ID, parse_id
    from netgarden.errors import InvalidValue, NotFound

    number = parse_id(text)
    if number is None:
        raise InvalidValue("id", f"{text!r} is not a change number; see `netgarden changes`")
    if not 1 <= number <= MAX_ID:
        raise NotFound("job change", number)
    return number


def change_accept(
    ctx: typer.Context, id: str = typer.Argument(..., help="The change's number.")
) -> None:
    """Take the new role: the contact's company and title change, their role history grows,
    and the agenda says to congratulate them."""
    from netgarden.services.job_changes import accept_change

    with unit_of_work(ctx) as unit:
        done = accept_change(unit, _change_id(id), today(), now())
    out = err_console()
    out.print(f"Accepted: {who(done.name, done.contact_id)} is now "
              f"{escape(' at '.join(x for x in (done.new_title, done.new_company) if x))}; "
              "congratulate them (on today's agenda)")  # fmt: skip
    if done.suggested_status:
        out.print(f"Their line of work changed: if they switched careers, run "
                  f"netgarden edit {done.contact_id} --status {done.suggested_status}")  # fmt: skip


def change_dismiss(
    ctx: typer.Context, id: str = typer.Argument(..., help="The change's number.")
) -> None:
    """Keep what the contact has; the same change is not proposed again."""
    from netgarden.services.job_changes import dismiss_change

    with unit_of_work(ctx) as unit:
        done = dismiss_change(unit, _change_id(id), today())
    kept = " at ".join(x for x in (done.old_title, done.old_company) if x)
    err_console().print(f"Dismissed: {who(done.name, done.contact_id)} keeps {escape(kept)}")


def call_list(
    ctx: typer.Context,
    role: str | None = typer.Option(None, "--role", help="The role you would look for "
                                                         "(default: your profile's title)."),
    company_: list[str] = typer.Option([], "--company", help="Only people at this company "
                                                              "(repeat for more)."),
    limit: int = typer.Option(10, "--limit", help="People shown per class (--json: all)."),
    as_of: str | None = AS_OF,
    json: Json = False,
) -> None:  # fmt: skip
    """Who would I call if I lost my job today? Everyone in one class, first match wins:
    support them, referral only, not hiring now, warm up first, call first, can advise."""
    from netgarden.cli.career_render import call_list_json, render_call_list
    from netgarden.errors import InvalidValue
    from netgarden.services.career import who_would_i_call

    if limit < 1:
        raise InvalidValue("limit", f"{limit} is not a positive number")
    day = parse_day(as_of, "as_of") or today()
    with read_only(ctx) as unit:
        found = who_would_i_call(unit, day, role, company_)
    if json:
        print_json(call_list_json(found), one_line_each="contacts")
    else:
        render_call_list(console(), found, limit)
