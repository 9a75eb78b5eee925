"""``create_app(settings)``: the web app and /api/v1 on one database, built in a factory."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.exceptions import HTTPException

from netgarden import __version__
from netgarden.errors import NetgardenError, NotFound, UserError
from netgarden.services.agenda import AgendaCache
from netgarden.services.contact_tabs import WarmPathsCache
from netgarden.services.database import Database
from netgarden.services.refresher import Refresher
from netgarden.services.snapshots import Snapshots
from netgarden.settings import Settings
from netgarden.web.csrf import CSRF_COOKIE as CSRF_COOKIE  # tests and clients name it here
from netgarden.web.csrf import CsrfMiddleware, FormExpired, expired
from netgarden.web.errors import allowed_methods, message_of, problem, retry_after, status_of
from netgarden.web.hosts import HostMiddleware, allowed_names
from netgarden.web.limits import BodyLimitMiddleware

HERE = Path(__file__).parent


def create_app(
    settings: Settings, multi_user: bool = False, previews: Path | None = None
) -> FastAPI:
    """The app; ``multi_user`` (server mode, issue 19): accounts sign in, each works in
    their own workspace, and nothing answers without a session or an API token.
    ``previews``: the folder import previews wait in, when several processes serve (one
    folder for all of them); by default a new private one."""
    from netgarden.web import api, pages

    hosts = allowed_names(settings.allowed_hosts)  # a mistyped name is refused first
    app = FastAPI(
        title="netgarden",
        version=__version__,
        description="Your professional network: contacts, touches, the daily agenda.",
        openapi_url="/openapi.json",
        docs_url=None,  # served below from the vendored Swagger UI, not from a CDN
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.settings = settings
    app.state.multi_user = multi_user
    app.state.database = Database.open(settings)
    app.state.agenda = AgendaCache()
    app.state.paths = WarmPathsCache()  # issue 18: warm paths kept until a write
    app.state.results = Snapshots()  # issue 11: reviews, triage, clusters, suggestions
    app.state.searches = Snapshots(64)  # issue 19: a search's ranking, for its next pages
    # issue 11: after a write, the agenda and what was looked at lately, in the background
    app.state.refresher = Refresher(app.state.database, app.state.agenda.kept, app.state.results)
    app.state.templates = templates()
    app.state.previews = previews or _private_folder(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    from netgarden.web import feed  # the calendar feed (issue 20)

    app.include_router(feed.router)
    app.get("/docs", include_in_schema=False)(api_docs)
    app.add_middleware(BodyLimitMiddleware, limit=settings.upload_limit)
    if multi_user:  # inside the CSRF middleware: a sign-in page's form gets its token
        from netgarden.web.auth import AuthMiddleware

        app.add_middleware(AuthMiddleware)
    app.add_middleware(CsrfMiddleware, hosts=hosts)
    app.add_middleware(HostMiddleware, allowed=hosts)  # the outermost: first to look
    app.exception_handler(NetgardenError)(_error)
    app.exception_handler(FormExpired)(expired)
    app.exception_handler(HTTPException)(_http_error)
    app.exception_handler(RequestValidationError)(_invalid_request)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """What ``create_app`` made lives as long as the server: when it stops, the database's
    connections are closed and waiting import previews removed (an app started again, as
    tests do, gets its private folder back)."""
    import shutil

    app.state.previews.mkdir(mode=0o700, exist_ok=True)
    try:
        yield
    finally:
        app.state.refresher.close()
        app.state.database.close()
        shutil.rmtree(app.state.previews, ignore_errors=True)


SWAGGER_UI = "/static/vendor/swagger-ui-5.35.0"


def api_docs() -> HTMLResponse:
    """Swagger UI on the OpenAPI document, with its script and styles from this package, so
    the docs work offline; its validator badge (a call to validator.swagger.io) is off."""
    from fastapi.openapi.docs import get_swagger_ui_html

    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="netgarden API",
        swagger_js_url=f"{SWAGGER_UI}-bundle.js",
        swagger_css_url=f"{SWAGGER_UI}.css",
        swagger_favicon_url="data:,",
        swagger_ui_parameters={"validatorUrl": None},
    )


def _private_folder(app: FastAPI) -> Path:
    """Import previews wait here: a folder of this server's own (0700), removed when it stops
    (``_lifespan``) or, for an app never started, when the app is collected."""
    import shutil
    import tempfile
    import weakref

    folder = Path(tempfile.mkdtemp(prefix="netgarden-previews-"))
    weakref.finalize(app, shutil.rmtree, str(folder), True)
    return folder


def templates() -> Jinja2Templates:
    from netgarden.web.filters import register
    from netgarden.web.markdown import render

    env = Jinja2Templates(directory=HERE / "templates")
    env.env.filters["markdown"] = render
    env.env.filters["birthday"] = birthday
    register(env.env.filters)
    env.env.globals["version"] = __version__
    env.env.globals["static_text"] = static_text()
    return env


def static_text() -> Callable[..., Markup]:
    """``static_text("tokens.css", "app.css")``: those static files' text, one after the
    other, to write into a page (issue 11: the first paint waits for no file). Each is read
    once, when a page first asks for it."""
    from functools import cache

    @cache
    def read(name: str) -> str:
        return (HERE / "static" / name).read_text(encoding="utf-8")

    def text(*names: str) -> Markup:
        return Markup("\n".join(read(name) for name in names))  # our own files: no escaping

    return text


def birthday(value: str) -> str:
    """``1815-12-10`` → ``10 December 1815``; ``--12-10`` (no year) → ``10 December``."""
    import datetime as dt

    try:  # 2000 is a leap year: 29 February parses
        day = dt.date.fromisoformat(f"2000-{value[-5:]}")
    except ValueError:
        return value
    year = value[:4] if len(value) == 10 else ""
    return f"{day.day} {day:%B} {year}".strip()


async def _error(request: Request, error: NetgardenError) -> Response:
    from netgarden.web.pages.common import form_again, form_page_of

    form = form_page_of(request) if _for_people(request) else None
    # a NotFound names the page's own subject (an id in the address or a hidden field): the
    # page is gone, so it is the 404 page, not the form again
    if form is not None and isinstance(error, UserError) and not isinstance(error, NotFound):
        try:
            return await form_again(request, form, error)
        except NetgardenError as instead:  # the form's page is gone: say so instead
            error = instead
    status = status_of(error)
    headers = retry_after(error)
    if not _for_people(request):
        located = problem(error, request.query_params.keys(), request.path_params.keys())
        return JSONResponse(located, status_code=status, headers=headers)
    page = _error_page(request, message_of(error), status)
    page.headers.update(headers)
    return page


def _for_people(request: Request) -> bool:
    """Pages answer with pages; the API, the OpenAPI document and static files with their own."""
    path = request.url.path
    return not path.startswith(("/api/", "/static/")) and path != "/openapi.json"


async def _http_error(request: Request, error: Exception) -> Response:
    from fastapi.exception_handlers import http_exception_handler

    assert isinstance(error, HTTPException)
    allow = ", ".join(allowed_methods(request)) if error.status_code == 405 else ""
    if allow:  # name every method the path answers (Starlette names one)
        error.headers = {**(error.headers or {}), "Allow": allow}
    if not _for_people(request):
        return await http_exception_handler(request, error)
    if error.status_code == 404:
        return _error_page(request, f"There is no page at {request.url.path}.", 404)
    if error.status_code == 405:
        page = _error_page(request, f"This page does not take {request.method} requests.", 405)
        page.headers["Allow"] = allow
        return page
    return _error_page(request, str(error.detail), error.status_code)


async def _invalid_request(request: Request, error: Exception) -> Response:
    """A page's address or query that does not parse: no such page, or a page naming what
    is wrong (FastAPI's JSON stays for the API)."""
    from fastapi.exception_handlers import request_validation_exception_handler

    assert isinstance(error, RequestValidationError)
    if not _for_people(request):
        return await request_validation_exception_handler(request, error)
    problems = error.errors()
    if any(p["loc"][0] == "path" for p in problems):
        return _error_page(request, f"There is no page at {request.url.path}.", 404)
    message = "; ".join(f"{p['loc'][-1]}: {p['msg']}" for p in problems)
    return _error_page(request, message, 422)


def _error_page(request: Request, message: str, status: int) -> Response:
    page: Jinja2Templates = request.app.state.templates
    context = {"message": message, "status": status, "csrf": getattr(request.state, "csrf", "")}
    return page.TemplateResponse(request, "error.html", context, status_code=status)
