"""Commands on people: add, edit, show, list, search, snooze, archive."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from netgarden.cli import options as o
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

if TYPE_CHECKING:
    from netgarden.services.contacts import ContactInput


def register(app: typer.Typer) -> None:
    for command in (add, edit, show, list_, search, snooze, archive, unarchive):
        name = command.__name__.rstrip("_").replace("_", "-")
        app.command(name)(guarded(command, {"name": "--name"} if command is edit else None))


# command parameter → ContactInput field, where the names differ
_RENAMES = {
    "email": "emails",
    "phone": "phones",
    "tag": "tags",
    "note": "notes",
    "remove_email": "remove_emails",
    "remove_phone": "remove_phones",
    "untag": "remove_tags",
    "anniversary": "anniversaries",  # issue 15
}


def _contact_input(parameters: dict[str, Any]) -> ContactInput:
    """Map a command's parameters (its ``locals()``) onto a ContactInput."""
    from dataclasses import fields

    from netgarden.services.contacts import ContactInput

    known = {f.name for f in fields(ContactInput)}
    values = {_RENAMES.get(k, k): v for k, v in parameters.items()}
    return ContactInput(**{k: v for k, v in values.items() if k in known})


def add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Full name, e.g. 'Priya Raman'."),
    company: o.Company = None,
    title: o.Title = None,
    email: o.Email = [],  # noqa: B006 (Typer reads the default, never mutates it)
    phone: o.Phone = [],  # noqa: B006
    circle: o.CircleOpt = None,
    every: o.Every = None,
    tag: o.Tag = [],  # noqa: B006
    how_met: o.HowMet = None,
    met_on: o.MetOn = None,
    met_at: o.MetAt = None,
    birthday: o.Birthday = None,
    linkedin: o.LinkedIn = None,
    location: o.Location = None,
    industry: o.Industry = None,
    function: o.Function = None,
    seniority: o.Seniority = None,
    personal: o.Personal = None,
    interests: o.Interests = None,
    help_them: o.HelpThem = None,
    help_me: o.HelpMe = None,
    note: o.Note = None,
    anniversary: o.Anniversary = [],  # noqa: B006 (issue 15)
) -> None:
    """Add a person; prints the new contact's id."""
    data = _contact_input(locals())
    from netgarden.services.contacts import add_contact
    from netgarden.services.merge import duplicates_of

    with unit_of_work(ctx) as unit:
        contact_id = add_contact(unit, data, now(), today())
        alike = duplicates_of(unit, contact_id)
    err_console().print(f"Added {escape(name)} (#{contact_id})")
    for other in alike:
        err_console().print(
            f"[yellow]#{other.id} {escape(other.name)} at {escape(other.company or '')} may be "
            "the same person[/]: see netgarden dupes"
        )
    typer.echo(contact_id)


def edit(
    ctx: typer.Context,
    contact: str = typer.Argument(..., help="Id, email or name."),
    name: str | None = typer.Option(None, "--name", help="Rename."),
    company: o.Company = None,
    title: o.Title = None,
    email: o.Email = [],  # noqa: B006
    phone: o.Phone = [],  # noqa: B006
    circle: o.CircleOpt = None,
    every: o.Every = None,
    tag: o.Tag = [],  # noqa: B006
    how_met: o.HowMet = None,
    met_on: o.MetOn = None,
    met_at: o.MetAt = None,
    birthday: o.Birthday = None,
    linkedin: o.LinkedIn = None,
    location: o.Location = None,
    industry: o.Industry = None,
    function: o.Function = None,
    seniority: o.Seniority = None,
    personal: o.Personal = None,
    interests: o.Interests = None,
    help_them: o.HelpThem = None,
    help_me: o.HelpMe = None,
    note: o.Note = None,
    remove_email: list[str] = typer.Option([], "--remove-email", help="Remove an email."),
    remove_phone: list[str] = typer.Option([], "--remove-phone", help="Remove a phone number."),
    untag: list[str] = typer.Option([], "--untag", help="Remove a tag."),
    influence: o.Influence = None, accessibility: o.Accessibility = None, board: o.Board = None,
    energy: o.EnergyOpt = None, decides: o.Decides = None, time_zone: o.TimeZone = None,
    mentee: o.Mentee = None,  # what reviews read (issue 13)
    anniversary: o.Anniversary = [],  # noqa: B006 (issue 15)
    status: o.Status = None, status_on: o.StatusOn = None,
    hiring_manager_for: o.HiringManagerFor = None,
    preferred_channel: o.PreferredChannel = None,  # career resilience (issue 16)
) -> None:  # fmt: skip
    """Change a contact's fields. An empty value ('') clears a field; --every 0 returns to
    the circle's cadence."""
    data = _contact_input(locals())
    from netgarden.services.contacts import edit_contact
    from netgarden.services.lookup import resolve_contact

    with unit_of_work(ctx) as unit:
        contact_id = resolve_contact(unit, contact)
        if data.asks_nothing():
            raise _nothing_to_change()
        edited = edit_contact(unit, contact_id, data, now(), today())
    err_console().print(f"Updated {who(edited.name, edited.id)}")


def _nothing_to_change() -> Exception:
    from netgarden.errors import UserError

    return UserError("nothing to change; give at least one option (see netgarden edit --help)")


def show(
    ctx: typer.Context,
    contact: str = typer.Argument(..., help="Id, email or name."),
    json: o.Json = False,
) -> None:
    """Everything about one person: fields, cadence, next due date and the touch timeline."""
    from netgarden.cli.contact_extras import contact_extras, render_extras
    from netgarden.services.contacts import show_contact
    from netgarden.services.lookup import resolve_contact

    with unit_of_work(ctx) as unit:
        detail = show_contact(unit, resolve_contact(unit, contact), today())
        extras = contact_extras(unit, detail.id, today())
    if json:
        from netgarden.cli.render import contact_json

        print_json(contact_json(detail, extras))
    else:
        from netgarden.cli.render import render_contact

        render_contact(console(), detail)
        render_extras(console(), extras)


def list_(
    ctx: typer.Context,
    circle: o.CircleOpt = None,
    tag: str | None = typer.Option(None, "--tag", help="Only contacts with this tag."),
    company: str | None = typer.Option(None, "--company", help="Company contains this text."),
    archived: bool = typer.Option(False, "--archived", help="List archived contacts instead."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="At most N contacts."),
    json: o.Json = False,
) -> None:
    """List contacts, by name, with their last touch and next due date."""
    from netgarden.domain.views import ListFilter
    from netgarden.services.listing import list_contacts

    with read_only(ctx) as unit:
        rows = list_contacts(unit, ListFilter(circle, tag, company, archived, limit))
    if json:
        from netgarden.cli.render import LIST_JSON, row_json

        print_json([row_json(row, LIST_JSON) for row in rows])
        return
    from netgarden.cli.render import render_list

    render_list(console(), rows)


def search(
    ctx: typer.Context,
    query: list[str] = typer.Argument(..., help="Words to find (each matches as a prefix)."),
    limit: int = typer.Option(20, "--limit", min=1, help="At most N results."),
    archived: bool = typer.Option(False, "--archived", help="Include archived contacts."),
    json: o.Json = False,
) -> None:
    """Find people across names, companies, titles, notes, interests and touch notes."""
    from netgarden.services.search import search as run_search

    with read_only(ctx) as unit:
        hits = run_search(unit, " ".join(query), limit, archived)
    if json:
        from netgarden.cli.render import SEARCH_JSON, row_json

        print_json([{**row_json(hit, SEARCH_JSON), "snippet": hit.marked()} for hit in hits])
        return
    from netgarden.cli.render import render_hits

    render_hits(console(), hits, " ".join(query))


def snooze(
    ctx: typer.Context,
    contact: str = typer.Argument(..., help="Id, email or name."),
    until: str | None = typer.Option(None, "--until", help="Hide from the agenda until DATE."),
    days: int | None = typer.Option(None, "--days", help="Hide from the agenda for N days."),
) -> None:
    """Keep someone off the agenda for a while (birthdays still show)."""
    import datetime as dt

    from netgarden.domain.values import parse_positive_days
    from netgarden.errors import InvalidValue
    from netgarden.services.contacts import snooze as snooze_contact
    from netgarden.services.lookup import names_of, resolve_contact

    if (until is None) == (days is None):
        raise InvalidValue("--until/--days", "give exactly one of --until DATE or --days N")
    span = 0 if days is None else parse_positive_days(days, "days")
    when = parse_day(until, "--until") or today() + dt.timedelta(days=span)
    with unit_of_work(ctx) as unit:
        contact_id = resolve_contact(unit, contact)
        snooze_contact(unit, contact_id, when, today(), now())
        names = names_of(unit, [contact_id])
    err_console().print(f"Snoozed {who(names[contact_id], contact_id)} until {when.isoformat()}")


def archive(
    ctx: typer.Context, contact: str = typer.Argument(..., help="Id, email or name.")
) -> None:
    """Take someone off the agenda and out of lists; nothing is deleted."""
    _set_archived(ctx, contact, True)


def unarchive(
    ctx: typer.Context, contact: str = typer.Argument(..., help="Id, email or name.")
) -> None:
    """Bring an archived contact back."""
    _set_archived(ctx, contact, False)


def _set_archived(ctx: typer.Context, contact: str, archived: bool) -> None:
    from netgarden.services.contacts import set_archived
    from netgarden.services.lookup import names_of, resolve_contact

    with unit_of_work(ctx) as unit:
        contact_id = resolve_contact(unit, contact)
        changed = set_archived(unit, contact_id, archived, now())
        person = who(names_of(unit, [contact_id])[contact_id], contact_id)
    if changed:
        err_console().print(f"{'Archived' if archived else 'Restored'} {person}")
    elif archived:
        err_console().print(f"{person} is already archived; nothing changed")
    else:
        err_console().print(f"{person} is not archived; nothing to restore")
