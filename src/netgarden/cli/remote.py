"""``netgarden --server URL --token T <command>``: the everyday commands on a team server,
through its REST API (issue 19). ``install`` wraps every command once: without a server
(the flag, or the ``server`` setting) a command runs locally as always; with one, the
commands below call the API as the token's account, and any other says it runs locally only.
Only the standard library talks HTTP here, so nothing is added to the CLI's start-up."""

from __future__ import annotations

import functools
import json as jsonlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

import typer

from netgarden.cli.context import state


@dataclass(frozen=True)
class Server:
    url: str
    token: str


class RemoteError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def install(app: typer.Typer, prefix: str = "") -> None:
    """Route each command of ``app`` (and of its groups) through ``_routed``."""
    for info in app.registered_commands:
        name = (prefix + str(info.name or getattr(info.callback, "__name__", ""))).strip()
        if info.callback is not None:
            info.callback = _routed(name, info.callback)
    for group in app.registered_groups:
        if group.typer_instance is not None:
            install(group.typer_instance, f"{prefix}{group.name} ")


def _routed(name: str, command: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(command)
    def routed(*args: Any, **kwargs: Any) -> Any:
        import click

        server = _server(click.get_current_context())
        if server is None:
            return command(*args, **kwargs)
        from netgarden.cli.remote_commands import HANDLERS

        handler = HANDLERS.get(name)
        if handler is None:
            _fail(
                f"netgarden {name} works on a local database only; run it on the server's "
                "machine, or without --server (and unset the server setting)",
                2,
            )
        try:
            return handler(server, **kwargs)
        except RemoteError as error:
            _fail(str(error), error.code)

    return routed


def _fail(message: str, code: int) -> NoReturn:
    from netgarden.cli.context import visible

    typer.echo(f"error: {visible(message)}", err=True)
    raise typer.Exit(code)


def _server(ctx: Any) -> Server | None:
    """The server to talk to: --server and --token, else the settings (config, env)."""
    from netgarden.errors import NetgardenError

    found = state(ctx)
    if found.server is None and found.db is not None:  # a database named: local it is
        return None
    url, token = found.server, found.token
    if url is None or token is None:
        from netgarden.settings import Settings

        try:
            settings = Settings.load(db=found.db)
        except NetgardenError as error:
            _fail(str(error), error.exit_code)
        url, token = url or settings.server, token or settings.token
    if url is None:
        return None
    if not token:
        _fail(
            "--token: a server needs an API token; make one on its team page or with "
            "netgarden token add --name NAME on the server, then give --token or set token",
            2,
        )
    return Server(url.rstrip("/"), str(token))


def call(
    server: Server, method: str, path: str, body: Any = None, query: dict[str, Any] | None = None
) -> Any:
    """One API call; its JSON answer, or a RemoteError in the user's words."""
    import urllib.error
    import urllib.parse
    import urllib.request

    wanted = {k: v for k, v in (query or {}).items() if v is not None}
    url = server.url + "/api/v1" + path + ("?" + urllib.parse.urlencode(wanted) if wanted else "")
    data = None if body is None else jsonlib.dumps(body).encode()
    request = urllib.request.Request(
        url,
        data=data,
        method=method,
        headers={
            "Authorization": f"Bearer {server.token}",
            "Accept": "application/json",
            **({"Content-Type": "application/json"} if data is not None else {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return jsonlib.loads(answer.read() or b"null")
    except urllib.error.HTTPError as error:
        code = 2 if error.code < 500 else 1
        raise RemoteError(_said(error.code, error.read(), server), code) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise RemoteError(f"cannot reach {server.url} ({reason}); check --server", 1) from None


WORDS = {
    "emails": "--email",
    "phones": "--phone",
    "tags": "--tag",
    "notes": "--note",
    "with": "CONTACTS",
    "target": "--company/--person",
    "contact_id": "CONTACT",
}


def _said(status: int, raw: bytes, server: Server) -> str:
    if status == 401:
        return (
            f"{server.url} refused the token (revoked, mistyped or of a disabled account); "
            "make a new one on the server's team page"
        )
    try:
        detail = jsonlib.loads(raw).get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, list):
        return "; ".join(f"{_word(p['loc'][-1])}: {p['msg']}" for p in detail if p.get("loc"))
    return str(detail) if detail else f"the server answered {status}"


def _word(field: object) -> str:
    name = str(field)
    return WORDS.get(name, "--" + name.replace("_", "-"))
