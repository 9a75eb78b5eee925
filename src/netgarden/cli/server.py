"""``migrate``: the schema of a server's database (server mode, issue 19)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from netgarden.cli.context import err_console, guarded, print_json, state

if TYPE_CHECKING:
    from netgarden.settings import Settings

DATABASE_URL_HELP = (
    "The database: a postgresql://USER@HOST/DB URL (server mode) or a SQLite path; "
    "default: database_url, then the SQLite file (--db)."
)


def register(app: typer.Typer) -> None:
    app.command("migrate")(guarded(migrate, {"database_url": "--database-url"}))


def migrate(
    ctx: typer.Context,
    database_url: str | None = typer.Option(None, "--database-url", help=DATABASE_URL_HELP),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of a sentence."),
) -> None:
    """Bring the database to this netgarden's schema (the same migrations on PostgreSQL and
    SQLite); run it before `serve` after installing a new netgarden."""
    from netgarden.services.migrating import migrate as run

    done = run(settings_for(ctx, database_url))
    if json:
        print_json({"database": done.where, "before": done.before, "after": done.after})
        return
    if not done.changed:
        err_console().print(f"The {done.where} is at schema {done.after}: nothing to do")
    elif done.before is None:
        err_console().print(f"Created netgarden's schema {done.after} in the {done.where}")
    else:
        err_console().print(f"Migrated the {done.where} from schema {done.before} to {done.after}")


def settings_for(ctx: typer.Context, database_url: str | None) -> Settings:
    """The process settings, with ``--database-url`` over database_url and --db."""
    from dataclasses import replace

    from netgarden.settings import Settings, parse_database_url

    settings = Settings.load(db=state(ctx).db)
    if database_url is None:
        return settings
    return replace(settings, database_url=parse_database_url(database_url, "database_url"))
