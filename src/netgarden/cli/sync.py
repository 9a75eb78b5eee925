"""``sync vdir PATH``: two-way sync of the contacts with a vdir (a folder of .vcf files)."""

from __future__ import annotations

from pathlib import Path

import typer

from netgarden.cli.context import (
    console,
    escape,
    guarded,
    now,
    print_json,
    today,
    unit_of_work,
)

WHAT = {
    "imported": "new from the address book",
    "updated": "updated from the address book",
    "written": "written to the address book",
    "conflicts": "changed on both sides (netgarden's kept, theirs noted)",
    "archived": "archived (deleted in the address book)",
    "removed": "moved to .archived/ (archived in netgarden)",
    "skipped": "cards not read",
}


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Keep the contacts in sync with an address book (a vdir).", no_args_is_help=True
    )
    group.command("vdir")(guarded(vdir, {"vdir": "PATH"}))
    app.add_typer(group, name="sync")


def vdir(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="The vdir: a folder with one .vcf file per contact."),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Show what would change; change nothing."
    ),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Two-way sync with a vdir (khard, vdirsyncer, Radicale): new and changed cards on
    either side are taken; a conflict keeps netgarden's fields and notes theirs; a deletion
    archives on the other side. Running it again when nothing changed writes nothing."""
    from netgarden.services.vdir import sync_vdir

    with unit_of_work(ctx, dry_run=dry_run) as unit:
        report = sync_vdir(unit, path, now(), today(), dry_run=dry_run)
    if json:
        print_json(report.as_dict())
        return
    out = console()
    if not report.changes:
        out.print(f"{escape(report.folder)}: in sync, nothing to do")
    for key, what in WHAT.items():
        names = getattr(report, key)
        if names:
            out.print(f"{len(names)} {what}: " + ", ".join(escape(n) for n in names))
    if dry_run and report.changes:
        out.print("(a dry run: nothing was changed)")
