"""The Typer application, its global options, and the one place errors become messages."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from netgarden import __version__
from netgarden.cli import (
    agenda,
    config,
    contacts,
    data,
    events,
    feed,
    mcp_server,
    network,
    plans,
    profile,
    reviews,
    server,
    sync,
    tasks,
    templates,
    touches,
    transfer,
    value,
    web,
)
from netgarden.cli.context import AppState
from netgarden.cli.help import use_plain_help

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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"netgarden {__version__}")
        raise typer.Exit()


@app.callback()
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
) -> None:
    """Tend a professional network: circles and cadences, today's agenda, every touch."""
    ctx.obj = AppState(db=db)


for module in (contacts, touches, agenda, config, data, transfer, value, network, events, tasks,
               web, reviews, plans, profile):  # fmt: skip
    module.register(app)
for module in (feed, mcp_server, sync):  # integrations (issue 20)
    module.register(app)
templates.register(app)  # issue 14: template, draft, outreach, reply
server.register(app)  # issue 19: migrate (PostgreSQL server mode)
use_plain_help(app)


def run() -> None:
    """Entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted; nothing was written", err=True)
        sys.exit(130)
