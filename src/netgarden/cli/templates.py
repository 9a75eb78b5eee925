"""``template``, ``draft``, ``outreach`` and ``reply``: outreach messages from the seeds'
scripts, filled from what is known, logged, and how each template does."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    visible,
)
from netgarden.cli.help import use_plain_help

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.drafts import Draft
    from netgarden.services.paths import WarmPath
    from netgarden.services.templates import Template

templates = typer.Typer(
    help="Outreach templates: list, show, copy, edit, rm (built-ins are the seeds' text).",
    no_args_is_help=True,
)
# `draft`'s arguments, by the services' field names
DRAFT_WORDS = {
    "contact": "CONTACT",
    "to": "--to",
    "set": "--set",
    "via": "--via",
    "event": "--event",
}


def register(app: typer.Typer) -> None:
    templates.command("list")(guarded(list_))
    templates.command("show")(guarded(show))
    templates.command("copy")(guarded(copy, {"key": "NEW"}))
    templates.command("edit")(guarded(edit))
    templates.command("rm")(guarded(rm))
    use_plain_help(templates)
    app.add_typer(templates, name="template")
    app.command("draft")(guarded(draft, DRAFT_WORDS))
    app.command("outreach")(guarded(outreach))
    app.command("reply")(guarded(reply, {"replied": "ANSWER"}))


def template_json(t: Template) -> dict[str, Any]:
    return {"key": t.key, "name": t.name, "purpose": t.purpose, "body": t.body,
            "placeholders": t.placeholders, "asks": t.asks, "builtin": t.builtin,
            "based_on": t.based_on, "seed": t.seed}  # fmt: skip


def list_(
    ctx: typer.Context, json: bool = typer.Option(False, "--json", help="Print JSON.")
) -> None:
    """The templates: built-ins first (read-only), then your own."""
    from netgarden.services.templates import list_templates

    with unit_of_work(ctx) as unit:
        found = list_templates(unit)
    if json:
        print_json([template_json(t) for t in found])
        return
    out = console()
    for t in found:
        mark = "built-in" if t.builtin else f"yours{f', from {t.based_on}' if t.based_on else ''}"
        out.print(f"[bold]{escape(t.key)}[/]  {escape(t.name)}  [dim]({mark}; asks {t.asks})[/]")
        if t.purpose:
            out.print(f"    {escape(t.purpose)}")


def show(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The template's key (see `template list`)."),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """A template's text and its placeholders."""
    from netgarden.services.templates import get_template

    with unit_of_work(ctx) as unit:
        t = get_template(unit, key)
    if json:
        print_json(template_json(t))
        return
    _print_template(t)


def _print_template(t: Template) -> None:
    out = console()
    out.print(f"[bold]{escape(t.name)}[/] ({escape(t.key)}) asks: {t.asks}")
    if t.seed:
        out.print(f"[dim]From {escape(t.seed)}; built in: copy it to change it[/]")
    elif t.based_on:
        out.print(f"[dim]Your copy of {escape(t.based_on)}[/]")
    out.print()
    out.print(escape(t.body))
    out.print()
    out.print("Placeholders: " + ", ".join(f"[{escape(p)}]" for p in t.placeholders))


def copy(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The template to copy."),
    new: str = typer.Argument(..., help="The new template's key (lowercase, digits, dashes)."),
) -> None:
    """Make an editable copy of a template."""
    from netgarden.services.templates import copy_template

    with unit_of_work(ctx) as unit:
        made = copy_template(unit, key, new, now())
    err_console().print(f"Copied {escape(key)} to {escape(made.key)}; change it with: "
                        f"netgarden template edit {escape(made.key)} --file FILE")  # fmt: skip
    typer.echo(made.key)


def edit(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="One of your own templates."),
    file: Path | None = typer.Option(
        None, "--file", "-f", help="The new text, from this file ('-' reads standard input)."
    ),
    name: str | None = typer.Option(None, "--name", help="A new name."),
    purpose: str | None = typer.Option(None, "--purpose", help="What it is for."),
    asks: str | None = typer.Option(
        None, "--asks", help="What it asks for: meeting, introduction or nothing."
    ),
    json: bool = typer.Option(False, "--json", help="Print the template as JSON."),
) -> None:
    """Change one of your own templates (built-ins are read-only: copy them first)."""
    from netgarden.services.templates import TemplateChange, edit_template

    body = _read(file) if file is not None else None
    with unit_of_work(ctx) as unit:
        changed = edit_template(unit, key, TemplateChange(body, name, purpose, asks), now())
    if json:
        print_json(template_json(changed))
        return
    err_console().print(f"Saved {escape(changed.key)}")
    _print_template(changed)


def _read(file: Path) -> str:
    import sys

    from netgarden.errors import InvalidValue

    if str(file) == "-":
        return sys.stdin.read()
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InvalidValue("file", f"{file} is not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise InvalidValue("file", f"cannot read {file}: {exc.strerror}") from None


def rm(
    ctx: typer.Context, key: str = typer.Argument(..., help="One of your own templates.")
) -> None:
    """Delete one of your own templates (touches logged from it keep its key)."""
    from netgarden.services.templates import remove_template

    with unit_of_work(ctx) as unit:
        gone = remove_template(unit, key)
    err_console().print(f"Removed template {escape(gone.key)}")


def draft(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The template (see `template list`)."),
    contact: str = typer.Argument(..., help="Whom it is to: id, email or name."),
    to: str | None = typer.Option(
        None, "--to", help="The person to be introduced to: fills [Person], [Company]."
    ),
    event: str | None = typer.Option(None, "--event", help="An event's number: fills [event]."),
    set_: list[str] = typer.Option(
        [], "--set", help='A placeholder\'s value: "topic=AI ethics" (repeat it).'
    ),
    log: bool = typer.Option(False, "--log", help="Record it as sent (a touch, direction out)."),
    via: str = typer.Option("message", "--via", help="With --log: message or email."),
    as_of: str | None = typer.Option(None, "--as-of", help="Word dates as if today were this."),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Print a message filled from a template; an unfilled placeholder is an error."""
    from netgarden.cli.events import event_id
    from netgarden.domain.templates import MissingPlaceholders, parse_sets
    from netgarden.services.drafts import DraftRequest, draft_and_log
    from netgarden.services.drafts import draft as make_draft
    from netgarden.services.lookup import resolve_contact

    day = parse_day(as_of, "as_of") or today()
    values = parse_sets(set_)
    logged = None
    try:
        with unit_of_work(ctx) as unit:
            request = DraftRequest(key, resolve_contact(unit, contact),
                                   resolve_contact(unit, to) if to else None,
                                   event_id(event) if event else None, values)  # fmt: skip
            if log:
                made, logged = draft_and_log(unit, request, via, now(), day)
            else:
                made = make_draft(unit, request, day)
    except MissingPlaceholders as missing:
        _say_missing(missing.missing)
        raise typer.Exit(2) from None
    _print_draft(made, logged.id if logged else None, json)


def _say_missing(missing: tuple[str, ...]) -> None:
    listed = ", ".join(f"[{name}]" for name in missing)
    example = " ".join(f"--set {shlex.quote(f'{name}=…')}" for name in missing)
    typer.echo(f"error: nothing filled {listed}; give each a value with --set", err=True)
    typer.echo(visible(f"  add to the command, e.g.: {example}"), err=True)


def templated(unit: Unit, paths: list[WarmPath], key: str, sets: list[str]) -> list[WarmPath]:
    """``path --template KEY``: each path's request drafted through the template; an
    unfilled placeholder says what to --set and exits 2."""
    import dataclasses

    from netgarden.domain.templates import MissingPlaceholders, parse_sets
    from netgarden.services.drafts import warm_path_drafts

    try:
        made = warm_path_drafts(unit, paths, key, parse_sets(sets), today())
    except MissingPlaceholders as missing:
        _say_missing(missing.missing)
        raise typer.Exit(2) from None
    for warning in dict.fromkeys(w for one in made if one for w in one.warnings):
        typer.echo(f"warning: {visible(warning)}", err=True)
    return [dataclasses.replace(p, draft=d.text) if d else p
            for p, d in zip(paths, made, strict=True)]  # fmt: skip


def _print_draft(made: Draft, touch_id: int | None, json: bool) -> None:
    for warning in made.warnings:
        typer.echo(f"warning: {visible(warning)}", err=True)
    if json:
        print_json({"key": made.template.key, "contact": made.contact_id, "text": made.text,
                    "filled": made.filled, "asks": made.template.asks,
                    "warnings": list(made.warnings), "touch": touch_id})  # fmt: skip
        return
    typer.echo(visible(made.text))
    if touch_id is not None:
        err_console().print(f"Logged as touch #{touch_id} to {escape(made.contact_name)} "
                            f"(asks {made.template.asks}); when they answer: "
                            f"netgarden reply {touch_id} yes")  # fmt: skip


def outreach(
    ctx: typer.Context,
    since: str | None = typer.Option(None, "--since", help="Messages sent from this day."),
    until: str | None = typer.Option(None, "--until", help="Messages sent up to this day."),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Per template: messages sent, response rate and meeting acceptance."""
    from netgarden.services.outreach import outreach_report

    with unit_of_work(ctx) as unit:
        rows = outreach_report(unit, parse_day(since, "since"), parse_day(until, "until"))
    if json:
        print_json([{"template": r.template_key, "sent": r.sent, "answered": r.answered,
                     "response_rate": r.response_rate, "meeting_requests": r.meeting_requests,
                     "meetings": r.meetings, "meeting_acceptance": r.meeting_acceptance}
                    for r in rows])  # fmt: skip
        return
    if not rows:
        console().print("No outreach logged from a template yet; send one with: "
                        "netgarden draft KEY CONTACT --log")  # fmt: skip
        return
    from rich.table import Table

    table = Table("Template", "Sent", "Responded", "Response rate", "Meetings asked",
                  "Accepted", "Meeting acceptance", box=None)  # fmt: skip
    for r in rows:
        table.add_row(
            escape(r.template_key), str(r.sent), str(r.answered), _rate(r.response_rate),
            str(r.meeting_requests), str(r.meetings), _rate(r.meeting_acceptance),
        )  # fmt: skip
    console().print(table)


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def reply(
    ctx: typer.Context,
    touch: int = typer.Argument(..., help="The touch's number (printed by `draft --log`)."),
    answer: str = typer.Argument(..., help="yes (they replied), no (they did not) or unknown."),
) -> None:
    """Mark whether a message you sent was answered (the outreach report counts it)."""
    from netgarden.services.outreach import mark_replied

    with unit_of_work(ctx) as unit:
        done = mark_replied(unit, touch, answer)
    said = {True: "replied", False: "no reply", None: "reply unknown"}[done.replied]
    err_console().print(f"Touch #{done.touch_id}: {said}")
