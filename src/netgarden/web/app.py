"""``create_app(settings)``: the web app and /api/v1 on one database, built in a factory."""

from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from netgarden import __version__
from netgarden.errors import NetgardenError
from netgarden.services.agenda import AgendaCache
from netgarden.services.database import Database
from netgarden.settings import Settings
from netgarden.web.errors import message_of, problem, retry_after, status_of
from netgarden.web.hosts import HostMiddleware, allowed_names, same_server
from netgarden.web.limits import BodyLimitMiddleware

HERE = Path(__file__).parent
CSRF_COOKIE = "netgarden_csrf"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def create_app(settings: Settings) -> FastAPI:
    from netgarden.web import api, pages

    hosts = allowed_names(settings.allowed_hosts)  # a mistyped name is refused first
    app = FastAPI(
        title="netgarden",
        version=__version__,
        description="Your professional network: contacts, touches, the daily agenda.",
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.database = Database.open(settings)
    app.state.agenda = AgendaCache()
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimitMiddleware, limit=settings.upload_limit)
    app.add_middleware(CsrfMiddleware, hosts=hosts)
    app.add_middleware(HostMiddleware, allowed=hosts)  # the outermost: first to look
    app.exception_handler(NetgardenError)(_error)
    app.exception_handler(FormExpired)(_expired)
    return app


def templates() -> Jinja2Templates:
    from netgarden.web.markdown import render

    env = Jinja2Templates(directory=HERE / "templates")
    env.env.filters["markdown"] = render
    env.env.globals["version"] = __version__
    return env


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


def _expired(request: Request, error: Exception) -> Response:
    return HTMLResponse(
        "<!doctype html><title>Form expired</title><h1>Form expired</h1>"
        "<p>Reload the page and submit again.</p>",
        status_code=403,
    )


def _error(request: Request, error: NetgardenError) -> Response:
    status = status_of(error)
    headers = retry_after(error)
    if request.url.path.startswith("/api/"):
        return JSONResponse(problem(error), status_code=status, headers=headers)
    page: Jinja2Templates = request.app.state.templates
    return page.TemplateResponse(
        request,
        "error.html",
        {"message": message_of(error), "status": status},
        status_code=status,
        headers=headers,
    )
