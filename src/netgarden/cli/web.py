"""``serve``: the web app and the REST API on this database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import typer

from netgarden.cli.context import err_console, guarded
from netgarden.cli.server import DATABASE_URL_HELP

if TYPE_CHECKING:
    import socket


def register(app: typer.Typer) -> None:
    words = {"allowed_hosts": "--allowed-host", "database_url": "--database-url"}
    app.command("serve")(guarded(serve, words))


def serve(
    ctx: typer.Context,
    host: str = typer.Option(
        "127.0.0.1",
        "--host",
        help="Address to listen on (loopback only "
        "by default; 0.0.0.0 shows your network to everyone who can reach you).",
    ),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    allowed_host: list[str] = typer.Option(
        [],
        "--allowed-host",
        help="Also answer requests addressed to this host name (repeatable); only "
        "127.0.0.1, localhost, ::1 and the --host address are answered otherwise.",
    ),
    multi_user: bool = typer.Option(
        False,
        "--multi-user",
        help="Server mode: accounts (netgarden user add) sign in, "
        "each with a private workspace; nothing answers without a session or an API token.",
    ),
    database_url: str | None = typer.Option(None, "--database-url", help=DATABASE_URL_HELP),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        max=32,
        help="Server mode: this many processes answer requests (default 1; about one a core "
        "on a server with cores to spare). Only with --multi-user.",
    ),
) -> None:
    """Start the web app and the REST API (/api/v1, /docs) on this database."""
    from dataclasses import replace

    import uvicorn

    from netgarden.cli.server import settings_for
    from netgarden.web.app import create_app
    from netgarden.web.hosts import WILDCARDS

    settings = settings_for(ctx, database_url)  # issue 19: a PostgreSQL server's database
    count = _workers(workers, multi_user)
    # the address it listens on is a name it was started for; 0.0.0.0 names nothing
    names = (*settings.allowed_hosts, *allowed_host, *([] if host in WILDCARDS else [host]))
    settings = replace(settings, allowed_hosts=names)
    listening = _listen(host, port)  # first: the port may be taken
    try:
        app = create_app(settings, multi_user=multi_user)
    except BaseException:
        listening.close()
        raise
    shown = f"[{host}]" if ":" in host else host
    err_console().print(f"netgarden is running at [bold]http://{shown}:{port}[/] (Ctrl-C stops it)")
    if multi_user:  # issue 19
        _say_accounts(app, count)
    if host in WILDCARDS and not (settings.allowed_hosts or allowed_host):
        err_console().print(
            "It answers only requests addressed to 127.0.0.1, localhost or ::1: add "
            "--allowed-host NAME for this machine's name or address on your network"
        )
    if count == 1:
        uvicorn.Server(_config(app, host, port)).run(sockets=[listening])
        return
    _serve_in_workers(app, count, listening, lambda: create_app(
        settings, multi_user=True, previews=app.state.previews), host, port)  # fmt: skip


def _config(app: object, host: str, port: int) -> Any:
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, log_level="warning")  # type: ignore[arg-type]


def _workers(asked: int | None, multi_user: bool) -> int:
    """How many processes serve: one unless asked (and several only in server mode)."""
    import os

    from netgarden.errors import InvalidValue

    if asked is None or asked == 1:
        return 1
    if not multi_user:
        raise InvalidValue("--workers", "several processes serve only in server mode; add "
                           "--multi-user, or leave --workers out")  # fmt: skip
    if not hasattr(os, "fork"):
        raise InvalidValue("--workers", "this system cannot start worker processes; use 1")
    return asked


def _serve_in_workers(
    app: Any, count: int, listening: socket.socket, make: Callable[[], Any], host: str, port: int
) -> None:
    """The app made here has checked the database and said who may sign in; it is closed
    (no connection crosses the fork) and each worker makes its own with ``make``."""
    import shutil

    import uvicorn

    from netgarden.cli.workers import run_workers

    app.state.refresher.close()
    app.state.database.close()
    previews = app.state.previews
    previews.mkdir(mode=0o700, exist_ok=True)
    try:
        status = run_workers(
            count, listening, lambda: uvicorn.Server(_config(make(), host, port)).run(
                sockets=[listening])
        )  # fmt: skip
    finally:
        shutil.rmtree(previews, ignore_errors=True)
    if status:
        raise SystemExit(status)


def _say_accounts(app: object, workers: int) -> None:
    """Server mode with no account yet: say how to add the first."""
    from netgarden.services.accounts import users

    with app.state.database.transaction(0, write=False) as unit:  # type: ignore[attr-defined]
        count = len(users(unit))
    if count == 0:
        err_console().print(
            "Server mode: there is no account yet; add one with: netgarden user add EMAIL --admin"
        )
    else:
        processes = f" ({workers} worker processes)" if workers > 1 else ""
        err_console().print(
            f"Server mode: {count} account{'s' if count != 1 else ''} may sign in{processes}"
        )


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port, as uvicorn would bind it, or a message saying why not."""
    import errno
    import socket

    from netgarden.errors import InvalidValue

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    # IPPROTO_TCP, as getaddrinfo would give: asyncio turns Nagle off only for such sockets,
    # and with it on every answer on a kept-alive connection waits ~40 ms for an ACK
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise InvalidValue(
                "--port",
                f"{where} is already in use (another program, or netgarden, is listening "
                f"there); pick another port, e.g. --port {port + 1 if port < 65535 else 8000}",
            ) from None
        if exc.errno == errno.EACCES:
            raise InvalidValue(
                "--port", f"{where}: not allowed to listen there; use a port above 1023"
            ) from None
        raise InvalidValue(
            "--host",
            f"cannot listen on {where} ({exc.strerror or exc}); give an address of this "
            "machine, e.g. --host 127.0.0.1",
        ) from None
    return sock
