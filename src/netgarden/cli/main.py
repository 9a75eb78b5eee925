"""The Typer application, its global options, and the one place errors become messages."""

from __future__ import annotations

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
    server,
    sync,
    tasks,
    teams,
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
goals.register(app)  # issue 15: goals, goal add|rm|renew|tick|preset
content.register(app)  # issue 15: content add|list|rm, community join|leave|rm|list
periods.register(app)  # issue 15: review week|month|quarter|year
career.register(app)  # issue 16: company, changes, call-list
opportunities.register(app)  # issue 16: opp
roi.register(app)  # issue 16: roi
accounts.register(app)  # issue 19: user, token
teams.register(app)  # issue 19: team
remote.install(app)  # issue 19: --server runs the everyday commands on a team server
server.register(app)  # issue 19: migrate (PostgreSQL server mode)
use_plain_help(app)


def run() -> None:
    """Entry point (the installed command's is cli/launch.py's, which starts faster)."""
    from netgarden.cli.launch import started

    started(app)
