"""The Typer application, its global options, and the one place errors become messages."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from netgarden import __version__
from netgarden.cli import (
    accounts,
    agenda,
    career,
    config,
    contacts,
    content,
    data,
    events,
    feed,
    goals,
    mcp_server,
    network,
    opportunities,
    periods,  # issue 15
    plans,
    profile,
    remote,
    reviews,
    roi,
    sync,
    tasks,
    teams,
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


for module in (contacts, touches, agenda, config, data, transfer, value, network, events, tasks,
               web, reviews, plans, profile):  # fmt: skip
    module.register(app)
for module in (feed, mcp_server, sync):  # integrations (issue 20)
    module.register(app)
templates.register(app)  # issue 14: template, draft, outreach, reply
goals.register(app)  # issue 15: goals, goal add|rm|renew|tick|preset
content.register(app)  # issue 15: content add|list|rm, community join|leave|rm|list
periods.register(app)  # issue 15: review week|month|quarter|year
career.register(app)  # issue 16: company, changes, call-list
opportunities.register(app)  # issue 16: opp
roi.register(app)  # issue 16: roi
accounts.register(app)  # issue 19: user, token
teams.register(app)  # issue 19: team
remote.install(app)  # issue 19: --server runs the everyday commands on a team server
use_plain_help(app)


def run() -> None:
    """Entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted; nothing was written", err=True)
        sys.exit(130)
