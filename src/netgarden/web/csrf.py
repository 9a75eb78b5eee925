"""Cross-site request forgery: writes from other origins are refused, and every form echoes
the token cookie this browser was given."""

from __future__ import annotations

import secrets

from fastapi import Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.datastructures import FormData
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from netgarden.web.hosts import same_server

CSRF_COOKIE = "netgarden_csrf"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class CsrfMiddleware:
    """Plain ASGI (it never touches the body): refuse writes from other origins, which
    browsers always announce (an origin is this server's when it is one of its names, at the
    port it was reached on), and hand each browser a token cookie that its forms echo back
    (checked by ``checked_form``)."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        existing = request.cookies.get(CSRF_COOKIE)
        token = existing or secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf"] = token
        if request.method in UNSAFE:
            origin = request.headers.get("origin")
            if origin and not same_server(origin, request.headers.get("host"), self.hosts):
                refused = JSONResponse({"detail": "cross-origin request refused"}, status_code=403)
                await refused(scope, receive, send)
                return

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and not existing:
                cookie = f"{CSRF_COOKIE}={token}; HttpOnly; Path=/; SameSite=Strict"
                message.setdefault("headers", []).append((b"set-cookie", cookie.encode()))
            await send(message)

        await self.app(scope, receive, send_with_cookie)


class FormExpired(Exception):
    """A form came without the token this browser was given (or with another)."""


async def checked_form(request: Request) -> FormData:
    """The submitted form, once its CSRF token is checked: a write must echo this browser's
    cookie, in a header (HTMX sends one) or in the form's ``csrf_token`` field."""
    form = await request.form()
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    expected = request.cookies.get(CSRF_COOKIE, "")
    if not sent or not expected or not secrets.compare_digest(sent, expected):
        raise FormExpired
    return form


def expired(request: Request, error: Exception) -> Response:
    return HTMLResponse(
        "<!doctype html><title>Form expired</title><h1>Form expired</h1>"
        "<p>Reload the page and submit again.</p>",
        status_code=403,
    )
