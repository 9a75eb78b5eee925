"""Bringing a network in and out: import, dupes, merge, export, restore."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import typer

from netgarden.cli.context import (
    console,
    err_console,
    escape,
    guarded,
    now,
    print_json,
    state,
    today,
    unit_of_work,
    who,
)


def register(app: typer.Typer) -> None:
    app.command("import")(guarded(import_))
    app.command("dupes")(guarded(dupes))
    app.command("merge")(guarded(merge))
    app.command("export")(guarded(export))
    app.command("restore")(guarded(restore))


def import_(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        ...,
        help="Files or folders: a LinkedIn export .zip or "
        "folder, .vcf files, Google or Outlook CSV; calendars (.ics), mailboxes (.mbox, "
        "Maildir, Google Takeout .zip) and WhatsApp chat exports (.txt) log touches.",
    ),
    fmt: str | None = typer.Option(
        None,
        "--format",
        help="linkedin, vcard, google, outlook, csv, calendar, mbox or whatsapp "
        "(default: detected).",
    ),
    column_map: str | None = typer.Option(
        None, "--map", help='With --format csv: "Column=field,..." (fields: name, email, company…).'
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would change; write nothing."),
    strict: bool = typer.Option(
        False, "--strict", help="Refuse the whole import if any row or card cannot be imported."
    ),
    json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Import people and their history; running the same import again changes nothing."""
    from netgarden.services.importing import import_sources, open_sources
    from netgarden.settings import Settings

    limits = Settings.load(db=state(ctx).db).zip_limits()
    sources = open_sources(paths, fmt, column_map, limits)
    if any(source.touches is not None for source in sources):
        _ask_me_emails(ctx)
    with _progress() as advance, unit_of_work(ctx, dry_run) as unit:
        summary = import_sources(
            unit, sources, now(), strict=strict, dry_run=dry_run, progress=advance
        )
    if json:
        print_json({**summary.as_dict(), "dry_run": dry_run})
        return
    from netgarden.cli.render import render_import

    render_import(console(), summary, dry_run)


def _ask_me_emails(ctx: typer.Context) -> None:
    """Calendars and mailboxes need the user's own addresses: asked once, on a terminal,
    the first time they are needed (elsewhere the import says how to set them)."""
    from netgarden.services.preferences import me_emails, set_preference

    if not sys.stdin.isatty():
        return
    with unit_of_work(ctx) as unit:
        if me_emails(unit):
            return
        answer = typer.prompt(
            "Your own email addresses, separated by commas (kept as the me_emails setting)",
            default="",
            show_default=False,
        )
        if answer.strip():
            set_preference(unit, "me_emails", answer)


def _progress() -> AbstractContextManager[Callable[[int], None] | None]:
    """A progress counter on a terminal's stderr; nothing when output is captured."""
    import contextlib

    from rich.progress import Progress, SpinnerColumn, TextColumn

    out = err_console()
    if not out.is_terminal:
        return contextlib.nullcontext(None)

    @contextlib.contextmanager
    def running() -> Iterator[Callable[[int], None]]:
        with Progress(SpinnerColumn(), TextColumn("{task.completed:,} records"), console=out,
                      transient=True) as bar:  # fmt: skip
            task = bar.add_task("import", total=None)
            yield lambda n: bar.advance(task, n)

    return running()


def dupes(
    ctx: typer.Context, json: bool = typer.Option(False, "--json", help="Print JSON.")
) -> None:
    """Pairs of contacts that may be one person, with the evidence; merge with `merge`."""
    from netgarden.services.merge import duplicate_pairs

    with unit_of_work(ctx) as unit:
        pairs = duplicate_pairs(unit)
    if json:
        from netgarden.cli.render import DUPES_JSON, row_json

        print_json([row_json(pair, DUPES_JSON) for pair in pairs])
        return
    if not pairs:
        console().print("No duplicate candidates.")
        return
    from rich.table import Table

    table = Table("keep?", "or", "evidence", "score", box=None, header_style="dim")
    for p in pairs:
        table.add_row(
            who(p.contact_name, p.contact_id), who(p.other_name, p.other_id), escape(p.evidence),
            str(p.score),
        )  # fmt: skip
    console().print(table)
    console().print("[dim]Merge one pair: netgarden merge KEEP OTHER[/]")


def merge(
    ctx: typer.Context,
    keep: str = typer.Argument(..., help="The contact that stays (id, email or name)."),
    other: str = typer.Argument(..., help="The contact merged into it, then removed."),
) -> None:
    """Move everything of OTHER (touches, emails, phones, tags, fields) into KEEP."""
    from netgarden.services.lookup import names_of, resolve_contact
    from netgarden.services.merge import merge_contacts

    with unit_of_work(ctx) as unit:
        keep_id, other_id = resolve_contact(unit, keep), resolve_contact(unit, other)
        names = names_of(unit, [keep_id, other_id])  # before OTHER is gone
        merge_contacts(unit, keep_id, other_id, now())
    err_console().print(
        f"Merged {who(names[other_id], other_id)} into {who(names[keep_id], keep_id)}"
    )


def export(
    ctx: typer.Context,
    fmt: str = typer.Argument(
        ..., help="vcard, csv, json (full backup), ics, markdown or handover (a successor's map)."
    ),
    out: Path | None = typer.Option(
        None,
        "--out",
        help="File (folder for markdown); default: standard output (markdown needs --out).",
    ),
    version: str = typer.Option("4.0", "--version", help="vCard version: 4.0 or 3.0."),
    with_contact_details: bool = typer.Option(
        False, "--with-contact-details", help="handover: include emails and phone numbers."
    ),
) -> None:
    """Export the network; files are written whole or not at all."""
    from netgarden.services.exporting import export_network

    with unit_of_work(ctx) as unit:
        data = export_network(unit, fmt, out, version, today(), with_contact_details)
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        err_console().print(f"Wrote {escape(out)}")


def restore(
    ctx: typer.Context,
    backup: Path = typer.Argument(..., help="A JSON backup made by `netgarden export json`."),
) -> None:
    """Restore a JSON backup into an empty database."""
    from netgarden.services.exporting import restore_backup
    from netgarden.words import count

    with unit_of_work(ctx) as unit:
        done = restore_backup(unit, backup)
    said = [
        count(n, noun)
        for n, noun in (
            (done.contacts, "contact"), (done.touches, "touch"),
            (done.ledger_entries, "ledger entry"), (done.links, "link"),
            (done.introductions, "introduction"), (done.settings, "setting"),
        )
        if n
    ]  # fmt: skip
    err_console().print("Restored " + ", ".join(said) if said else "The backup is empty")
