"""The Typer application, its global options, and the one place errors become messages."""

from __future__ import annotations

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
    sync,
    tasks,
    templates,
    touches,
    transfer,
    value,
    web,
)
from netgarden.cli.app_base import new_app
from netgarden.cli.help import use_plain_help

app = new_app()


for module in (contacts, touches, agenda, config, data, transfer, value, network, events, tasks,
               web, reviews, plans, profile):  # fmt: skip
    module.register(app)
for module in (feed, mcp_server, sync):  # integrations (issue 20)
    module.register(app)
templates.register(app)  # issue 14: template, draft, outreach, reply
use_plain_help(app)


def run() -> None:
    """Entry point (the installed command's is cli/launch.py's, which starts faster)."""
    from netgarden.cli.launch import started

    started(app)
