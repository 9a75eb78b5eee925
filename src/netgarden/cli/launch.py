"""The installed command's entry point: a read command starts with only its own module.

``netgarden list`` has no use for the other sixty commands: building them (importing their
modules, reading every signature) was a third of its start-up. When the command named on
the line is one of ``QUICK``, the application is built with the global options and that
command's module alone (the same commands, help and errors); anything else — no command,
``--help``, a typo, shell completion — gets the whole application (cli/main.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

# a command → the cli module that registers it
QUICK = {
    "list": "contacts", "search": "contacts", "show": "contacts", "strength": "value",
    "today": "agenda", "event": "events", "call-list": "career", "roi": "roi",
    "review": "reviews", "matrix": "reviews",
}  # fmt: skip
# the other modules that add commands to a quick command's group (review week|month|…)
ALSO = {"review": ("periods",)}
# global options that take a value
VALUED = {"--db", "--server", "--token"}


def command_of(args: Sequence[str]) -> str | None:
    """The command named on the line, after the global options; None for none."""
    rest = iter(args)
    for arg in rest:
        if arg in VALUED:
            next(rest, None)
        elif not arg.startswith(("--db=", "--server=", "--token=")):
            return None if arg.startswith("-") else arg
    return None


def quick_app(name: str) -> typer.Typer | None:
    import importlib

    from netgarden.cli.app_base import new_app
    from netgarden.cli.help import use_plain_help

    module = QUICK.get(name)
    if module is None or any(key.endswith("_COMPLETE") for key in os.environ):
        return None
    app = new_app()
    for each in (module, *ALSO.get(name, ())):
        importlib.import_module(f"netgarden.cli.{each}").register(app)
    from netgarden.cli import remote

    remote.install(app)  # --server runs it on a team server (issue 19)
    use_plain_help(app)
    return app


def run() -> None:
    """Entry point."""
    name = command_of(sys.argv[1:])
    app = quick_app(name) if name else None
    if app is None:
        from netgarden.cli.main import app as whole

        app = whole
    started(app)


def started(app: typer.Typer) -> None:
    import typer

    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted; nothing was written", err=True)
        sys.exit(130)
