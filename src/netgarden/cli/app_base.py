"""The bare Typer application: its name, help and global options, before any command."""

from __future__ import annotations

from pathlib import Path

import typer

from netgarden import __version__
from netgarden.cli.context import AppState


def new_app() -> typer.Typer:
    app = typer.Typer(
        name="netgarden",
        help="Tend a professional network: circles and cadences, today's agenda, every touch.",
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        suggest_commands=False,  # Click suggests a command for a typo; Typer would repeat it
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(main)
    return app


def _version(value: bool) -> None:
    if value:
        typer.echo(f"netgarden {__version__}")
        raise typer.Exit()


def main(
    ctx: typer.Context,
    db: Path | None = typer.Option(
        None,
        "--db",
        help="Database file (default: $NETGARDEN_DB, then the config file, "
        "then netgarden.db in your data directory). Created on first use.",
        dir_okay=False,
    ),
    version: bool = typer.Option(
        False, "--version", help="Print the version and exit.", callback=_version, is_eager=True
    ),
    server: str | None = typer.Option(
        None,
        "--server",
        help="A team server's address (https://…): the everyday commands "
        "run there, as the --token's account (default: the server setting).",
    ),
    token: str | None = typer.Option(
        None,
        "--token",
        help="An API token of your account on --server (default: the "
        "token setting, or $NETGARDEN_TOKEN).",
    ),
) -> None:
    """Tend a professional network: circles and cadences, today's agenda, every touch."""
    ctx.obj = AppState(db=db, server=server, token=token)
