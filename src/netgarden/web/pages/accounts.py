"""Signing in and out (server mode, issue 19). The sign-in page is the one page anyone may
reach; a sign-in always starts a new session (a session id the browser brought is ended, not
kept) and hands the browser a new CSRF token."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from netgarden.services.accounts import SignIn
from netgarden.web import deps
from netgarden.web.auth import NO_WORKSPACE, SESSION_COOKIE, over_tls, session_cookie
from netgarden.web.csrf import CSRF_COOKIE, checked_form
from netgarden.web.pages.common import in_transaction, page, show_again_on_error, text

router = APIRouter(include_in_schema=False)


@router.get("/sign-in")
def sign_in_page(request: Request, next: Annotated[str, Query(max_length=2000)] = "/") -> Response:
    if not request.app.state.multi_user:  # single-user mode: nobody signs in
        return RedirectResponse("/", status_code=303)
    return page(request, "sign_in.html", next=_local(next), values={}, errors={})


@router.post("/sign-in")
async def sign_in(request: Request) -> Response:
    from netgarden.services.accounts import sign_in as check

    form = await checked_form(request)
    if not request.app.state.multi_user:  # single-user mode: nobody signs in
        return RedirectResponse("/", status_code=303)
    email, password, target = (
        text(form, "email"),
        text(form, "password"),
        _local(text(form, "next")),
    )
    address = request.client.host if request.client else "unknown"
    database = deps.database(request)
    brought = request.cookies.get(SESSION_COOKIE)

    def work() -> SignIn:
        from netgarden.services.accounts import sign_out

        with database.transaction(NO_WORKSPACE) as unit:
            if brought:  # whatever session the browser brought ends here (no fixation)
                sign_out(unit, brought[:200])
            return check(unit, email, password, address, deps.now())

    done = await run_in_threadpool(work)
    if done.token is None:
        return _refused(request, done, target, email)
    answer = RedirectResponse(target, status_code=303)
    session_cookie(answer, request, done.token)
    answer.set_cookie(CSRF_COOKIE, secrets.token_urlsafe(32), path="/", httponly=True,
                      samesite="strict", secure=over_tls(request))  # fmt: skip
    return answer


@router.post("/sign-out")
async def sign_out(request: Request) -> Response:
    from netgarden.services.accounts import sign_out as end

    await checked_form(request)
    token = request.cookies.get(SESSION_COOKIE)
    database = deps.database(request)

    def work() -> None:
        with database.transaction(NO_WORKSPACE) as unit:
            end(unit, (token or "")[:200])

    await run_in_threadpool(work)
    answer = RedirectResponse("/sign-in", status_code=303)
    answer.delete_cookie(SESSION_COOKIE, path="/")
    return answer


@router.get("/account/password")
def password_page(
    request: Request, me: deps.SignedDep, next: Annotated[str, Query(max_length=2000)] = "/"
) -> Response:
    """Choose my own password (where a one-time password leads until it is changed)."""
    return page(request, "password.html", me=me, next=_local(next), errors={})


@router.post("/account/password")
async def choose_password(request: Request, me: deps.SignedDep) -> Response:
    from netgarden.services.accounts import change_password

    form = await checked_form(request)
    target = _local(text(form, "next"))
    current, new = text(form, "current_password"), text(form, "new_password")
    show_again_on_error(request, "password.html", me=me, next=target)
    await in_transaction(request, lambda u: change_password(u, me, current, new))
    return RedirectResponse(target, status_code=303)


def _refused(request: Request, done: SignIn, target: str, email: str) -> Response:
    """The sign-in page again, saying why (and when to try again, if limited)."""
    status = 429 if done.retry_after else 401
    answer = page(request, "sign_in.html", status=status, next=target,
                  values={"email": email}, errors={"password": str(done.refusal())})  # fmt: skip
    if done.retry_after:
        answer.headers["Retry-After"] = str(done.retry_after)
    return answer


def _local(target: str) -> str:
    """Where to go after signing in: a path of this server only (never another site)."""
    if not target.startswith("/") or target.startswith(("//", "/\\")) or "\\" in target:
        return "/"
    return target if not target.startswith("/sign-") else "/"
