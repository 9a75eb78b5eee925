"""``netgarden mcp``: a Model Context Protocol server over stdio (the official ``mcp`` SDK),
so an assistant can read the network, and, only when started with ``--allow-writes``, log a
touch, add a contact or record a give.

Each tool runs the CLI command it names, in this process, with ``--json``: its result is
that command's JSON, byte for byte, and a mistake is the command's own message (``CONTACT:
no contact matches 'Zed'``) as a tool error. There is no second serializer to drift.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import typer

from netgarden.cli.context import guarded, state, unit_of_work

INSTRUCTIONS = (
    "netgarden is the user's personal relationship manager. Read tools answer with the same "
    "JSON as `netgarden COMMAND --json`. A contact is named by id, email or name. Dates are "
    "YYYY-MM-DD, today or yesterday."
)
# one command at a time: a command's output is caught by redirecting the process's streams
_RUNNING = threading.Lock()


def register(app: typer.Typer) -> None:
    app.command("mcp")(guarded(mcp))


def mcp(
    ctx: typer.Context,
    allow_writes: bool = typer.Option(
        False,
        "--allow-writes",
        help="Also offer the write tools: log a touch, add a contact, record a give.",
    ),
) -> None:
    """Serve the network to an AI assistant over stdio (Model Context Protocol): search,
    show, today, paths, strength, ledger, tasks; writes only with --allow-writes."""
    with unit_of_work(ctx):  # a database that cannot be used is said now, once, not per tool
        pass
    server = make_server(state(ctx).db, allow_writes)
    server.run("stdio")


class CommandFailed(Exception):
    """A CLI command said no (exit 2 or 1): its ``error:`` lines."""


def run_command(db: Path | None, args: list[str]) -> tuple[str, str]:
    """Run ``netgarden [--db DB] ARGS`` here; (stdout, stderr), or CommandFailed. What an
    assistant typed goes after ``--``, so it is never read as an option."""
    import click
    from typer.main import get_command

    from netgarden.cli.main import app

    command = get_command(app)
    argv = (["--db", str(db)] if db is not None else []) + args
    out, err = io.StringIO(), io.StringIO()
    with _RUNNING, redirect_stdout(out), redirect_stderr(err):
        try:
            code = command.main(argv, prog_name="netgarden", standalone_mode=False)
        except click.ClickException as exc:  # a usage mistake Click caught first
            err.write(f"error: {exc.format_message()}\n")
            code = exc.exit_code
        except click.exceptions.Abort:
            code = 1
    if code not in (0, None):
        said = err.getvalue().strip() or f"netgarden {args[0]} failed (exit {code})"
        raise CommandFailed(said.replace("error: ", ""))
    return out.getvalue(), err.getvalue()


def make_server(db: Path | None, allow_writes: bool) -> Any:
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError

    from netgarden import __version__

    server = MCPServer("netgarden", version=__version__, instructions=INSTRUCTIONS)

    def run(*args: str | None) -> tuple[str, str]:
        try:
            return run_command(db, [a for a in args if a is not None])
        except CommandFailed as exc:
            raise ToolError(str(exc)) from None

    def cli(*args: str | None) -> str:
        return run(*args)[0]

    def tool(fn: Callable[..., Any]) -> None:
        server.add_tool(fn, structured_output=False)

    for fn in _read_tools(cli):
        tool(fn)
    if allow_writes:
        for fn in _write_tools(run):
            tool(fn)
    return server


def _opt(flag: str, value: object) -> list[str | None]:
    return [] if value is None else [flag, str(value)]


def _read_tools(cli: Callable[..., str]) -> list[Callable[..., str]]:
    def search(query: str, limit: int = 20) -> str:
        """Contacts matching the words (names, companies, titles, notes, emails, tags, touch
        notes; each word a prefix). Returns a JSON list of {id, name, company, title,
        circle, snippet}, best first."""
        return cli("search", "--limit", str(limit), "--json", "--", query)

    def show_contact(contact: str) -> str:
        """One contact (id, email or name): every field, emails, phones, tags, circle,
        cadence, last touch, next due date and the touch timeline, as JSON."""
        return cli("show", "--json", "--", contact)

    def today(as_of: str | None = None, limit: int = 20) -> str:
        """Today's agenda, most valuable first: a JSON list of items, each with the person
        (contact_id, name), the reason (overdue, due, birthday, follow-up…), why, and what
        it is about (subject)."""
        return cli("today", *_opt("--as-of", as_of), "--limit", str(limit), "--json")

    def warm_paths(
        to: str | None = None, company: str | None = None, role: str | None = None,
        max_hops: int = 3, limit: int = 5,
    ) -> str:  # fmt: skip
        """Warm introduction paths to a contact (to), anyone at a company, or anyone whose
        title says role (give one): a JSON list, warmest first, each with the people on
        it, its warmth, why, and a drafted request."""
        return cli("path", *_opt("--to", to), *_opt("--company", company),
                   *_opt("--role", role), "--max-hops", str(max_hops), "--limit", str(limit),
                   "--json")  # fmt: skip

    def strength(contact: str) -> str:
        """The relationship's 0-100 strength score, its band, what each touch and exchange
        contributed, and the score at the end of each of the last 12 months, as JSON."""
        return cli("strength", "--json", "--", contact)

    def ledger(contact: str | None = None, since: str | None = None) -> str:
        """The value ledger (everyone's, or one contact's): given, received and asked, the
        give/ask ratio against the 5-to-1 rule, the 70-20-10 mix, and the entries, as JSON."""
        return cli(
            "ledger", *_opt("--since", since), "--json", "--", *([contact] if contact else [])
        )

    def tasks(contact: str | None = None, open_only: bool = True) -> str:
        """Follow-up tasks by due day (the 24-48-7 rule after meeting someone): a JSON list
        of {id, kind, contact_id, name, event_name, due_on, done_on…}."""
        return cli("tasks", *(["--open"] if open_only else []), *_opt("--contact", contact),
                   "--json")  # fmt: skip

    return [search, show_contact, today, warm_paths, strength, ledger, tasks]


def _write_tools(run: Callable[..., tuple[str, str]]) -> list[Callable[..., str]]:
    def said(*args: str | None) -> str:
        out, err = run(*args)
        number = out.strip()
        return json.dumps({"id": int(number) if number.isdigit() else None,
                           "said": err.strip()}, ensure_ascii=False)  # fmt: skip

    def log_touch(
        contacts: list[str], kind: str, on: str | None = None, direction: str | None = None,
        note: str | None = None,
    ) -> str:  # fmt: skip
        """Log a touch (kind: coffee, call, email, message, meeting…) with one or more
        contacts; resets their cadence. Returns JSON {id: the touch's id, said}."""
        args = ["log", "--kind", kind, *_opt("--on", on), *_opt("--direction", direction),
                *_opt("--note", note), "--", *contacts]  # fmt: skip
        return said(*args)

    def add_contact(
        name: str, company: str | None = None, title: str | None = None,
        email: str | None = None, circle: str | None = None, note: str | None = None,
    ) -> str:  # fmt: skip
        """Add a contact (circle: inner, middle, outer or none). Returns JSON {id: the new
        contact's id, said}; a likely duplicate is named in said."""
        return said("add", *_opt("--company", company), *_opt("--title", title),
                    *_opt("--email", email), *_opt("--circle", circle),
                    *_opt("--note", note), "--", name)  # fmt: skip

    def record_give(contact: str, kind: str, note: str | None = None, on: str | None = None) -> str:
        """Record value given to a contact (kind: knowledge, introduction, referral, advice,
        feedback, recognition, support). Returns JSON {id: null, said}."""
        args = ["give", "--kind", kind, *_opt("--note", note), *_opt("--on", on), "--", contact]
        return said(*args)

    return [log_touch, add_contact, record_give]
