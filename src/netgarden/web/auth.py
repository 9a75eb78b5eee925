"""Server mode's gate (issue 19): every request but signing in, static files and the
calendar feed must carry a session cookie or an API token (``Authorization: Bearer``).

Plain ASGI, installed only by ``create_app(..., multi_user=True)``: the single-user mode has
no gate and pays nothing. The signed-in user goes into the request's state; web/deps.py's
``workspace_of`` turns it into the workspace every page and API route works in (one place).
Without one, a page answers with a redirect to the sign-in page and the API with 401."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

if TYPE_CHECKING:
    from netgarden.services.database import Database
    from netgarden.store.accounts import Signed

SESSION_COOKIE = "netgarden_session"
NO_WORKSPACE = 0  # the transaction accounts are read in: no workspace's rows
# paths anyone may reach: signing in, the design's files, the calendar feed (its token is
# its credential)
OPEN = ("/sign-in", "/static/", "/calendar/")
# what a session signed in with a one-time password may reach until its owner chooses theirs
CHANGE_PASSWORD = "/account/password"
WHILE_TEMPORARY = (CHANGE_PASSWORD, "/sign-out")
TOKEN_NOTED_EVERY = dt.timedelta(hours=1)  # a token's "last used" is kept to the hour


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class AuthMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _open(scope["path"]):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        database: Database = scope["app"].state.database
        bearer = _bearer(request)
        session = request.cookies.get(SESSION_COOKIE)
        signed = await run_in_threadpool(resolve, database, bearer, session, _now())
        if signed is None:
            await _refused(request, bearer is not None)(scope, receive, send)
            return
        if signed.must_change_password and scope["path"] not in WHILE_TEMPORARY:
            await _change_first(request)(scope, receive, send)
            return
        scope.setdefault("state", {})["user"] = signed
        await self.app(scope, receive, send)


def _open(path: str) -> bool:
    return path == "/sign-in" or path.startswith(OPEN[1:])


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def resolve(
    database: Database, bearer: str | None, session: str | None, now: dt.datetime
) -> Signed | None:
    """Who the request is from: its API token's account, else its session's; None when
    neither is valid (forged, expired, revoked, signed out, a disabled account)."""
    from netgarden.services.accounts import session_user, token_used, token_user

    if bearer is None and not session:
        return None
    with database.transaction(NO_WORKSPACE, write=False) as unit:
        if bearer is None:
            return session_user(unit, (session or "")[:200], now)
        found = token_user(unit, bearer[:200])
    if found is None:
        return None
    signed, last_used = found
    if last_used is None or now - last_used > TOKEN_NOTED_EVERY:
        with database.transaction(NO_WORKSPACE) as unit:
            token_used(unit, bearer, now)
    return signed


def _refused(request: Request, with_token: bool) -> Response:
    path = request.url.path
    if path.startswith("/api/") or path == "/openapi.json" or with_token:
        detail = (
            "invalid or revoked API token"
            if with_token
            else "sign in first: send a session cookie or Authorization: Bearer TOKEN"
        )
        return JSONResponse(
            {"detail": detail}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
        )
    back = path + (f"?{request.url.query}" if request.url.query else "")
    target = "/sign-in" if path == "/" else f"/sign-in?next={quote(back, safe='')}"
    if request.headers.get("hx-request") == "true":  # HTMX: the whole page goes to sign in
        answer: Response = Response(status_code=401, headers={"HX-Redirect": target})
    else:
        answer = RedirectResponse(target, status_code=303)
    if request.cookies.get(SESSION_COOKIE):  # an ended or forged session: forget it
        answer.delete_cookie(SESSION_COOKIE, path="/")
    return answer


def _change_first(request: Request) -> Response:
    """A session signed in with a one-time password: to the page that changes it first."""
    path = request.url.path
    if path.startswith("/api/") or path == "/openapi.json":
        detail = f"choose your own password first: {CHANGE_PASSWORD} (yours is a one-time password)"
        return JSONResponse({"detail": detail}, status_code=403)
    back = path + (f"?{request.url.query}" if request.url.query else "")
    target = CHANGE_PASSWORD if path == "/" else f"{CHANGE_PASSWORD}?next={quote(back, safe='')}"
    if request.headers.get("hx-request") == "true":
        return Response(status_code=403, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


def session_cookie(response: Response, request: Request, token: str) -> None:
    """The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on other
    sites' forms), Secure when the browser reached us over TLS (directly or through a proxy
    that says so)."""
    from netgarden.domain.accounts import SESSION_LIFETIME

    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path="/",
        httponly=True,
        samesite="lax",
        secure=over_tls(request),
    )


def over_tls(request: Request) -> bool:
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return request.url.scheme == "https" or forwarded == "https"
