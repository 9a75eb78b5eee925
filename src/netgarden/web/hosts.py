"""Answering only for the hosts the server was started for (DNS rebinding).

A page on ``evil.example`` can make its own name resolve to 127.0.0.1 and then talk to the
server as a same-origin page: its requests carry ``Host: evil.example:PORT``. Binding to
loopback does not stop that; refusing every Host but the server's own names does. Writes are
also checked against the same names by their Origin (web/app.py's CsrfMiddleware).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from netgarden.errors import InvalidValue

LOOPBACK = ("127.0.0.1", "localhost", "::1")
WILDCARDS = frozenset({"0.0.0.0", "::", ""})
DEFAULT_PORTS = {"http": 80, "https": 443}


def host_name(name: str, field: str = "allowed_hosts") -> str:
    """A host name the server is started for (the ``allowed_hosts`` setting, or serve's
    option): lower case, no port."""
    text = name.strip().lower().rstrip(".")
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    if not text or any(c in text for c in "/@?# ") or (":" in text and text.count(":") < 2):
        raise InvalidValue(
            field,
            f"{name!r} is not a host name; give the name alone (no scheme or port), "
            "e.g. netgarden.local or 192.168.1.20",
        )
    return text


def allowed_names(extra: Iterable[str]) -> frozenset[str]:
    """Loopback names, and the names the server was started for."""
    return frozenset(LOOPBACK) | {host_name(n) for n in extra}


def split_host(header: str) -> tuple[str, int | None] | None:
    """``Host: name[:port]`` (``[::1]:8000`` for IPv6) → (name, port), None if malformed."""
    text = header.strip().lower()
    if text.startswith("["):
        name, bracket, rest = text[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else None
        if not bracket or (rest and port is None):
            return None
    else:
        name, colon, port = text.partition(":")
        port = port if colon else None
    if port is not None and not port.isdigit():
        return None
    return name.rstrip("."), int(port) if port else None


def same_server(origin: str, host: str | None, allowed: frozenset[str]) -> bool:
    """A write's Origin is this server: one of its names, at the port it was reached on."""
    reached = split_host(host or "")
    try:
        parts = urlsplit(origin)
        origin_port = parts.port or DEFAULT_PORTS.get(parts.scheme)
    except ValueError:
        return False
    if reached is None or parts.scheme not in DEFAULT_PORTS or parts.hostname not in allowed:
        return False
    return origin_port == (reached[1] or DEFAULT_PORTS[parts.scheme])


class HostMiddleware:
    """Plain ASGI: a request whose Host is not one of the server's names gets 400."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        found = split_host(Headers(scope=scope).get("host", ""))
        if found is not None and found[0] in self.allowed:
            await self.app(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
        else:
            await self.refusal(scope)(scope, receive, send)

    def refusal(self, scope: Scope) -> Response:
        message = (
            "unknown host: this server answers only for "
            f"{', '.join(sorted(self.allowed))}; to use another name, add it to the "
            "allowed_hosts setting (NETGARDEN_ALLOWED_HOSTS) or to serve's allowed hosts"
        )
        if str(scope.get("path", "")).startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=400)
        return PlainTextResponse(message, status_code=400)
