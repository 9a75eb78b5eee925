"""Server mode's sign-in (issue 19): wrong passwords, disabled users, expired and forged
sessions, revoked tokens, CSRF on every form, rate limiting, session fixation, cookies."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text, update

from netgarden.domain.accounts import ACCOUNT_LIMIT, ADDRESS_LIMIT, retry_in
from netgarden.services.accounts import add_token, set_enabled
from netgarden.store.account_tables import UserSession
from netgarden.store.accounts import AccountRepo
from netgarden.web.auth import SESSION_COOKIE
from tests.conftest import NOW
from tests.server.conftest import BASE_URL, PASSWORD, Browser, all_routes, csrf, form, sign_in


def test_nothing_answers_without_signing_in(browser: Browser) -> None:
    anonymous = browser()
    page = anonymous.get("/contacts")
    assert page.status_code == 303
    assert page.headers["location"] == "/sign-in?next=%2Fcontacts"
    assert anonymous.get("/").headers["location"] == "/sign-in"
    api = anonymous.get("/api/v1/contacts")
    assert api.status_code == 401
    assert api.headers["www-authenticate"] == "Bearer"
    assert "sign in first" in api.json()["detail"]
    assert anonymous.get("/sign-in").status_code == 200
    assert anonymous.get("/static/tokens.css").status_code == 200


def test_signing_in_sets_a_fresh_httponly_lax_cookie_and_goes_where_asked(
    browser: Browser,
) -> None:
    client = browser()
    answer = sign_in(client, "ADA@example.org ", PASSWORD, next="/contacts")
    assert answer.status_code == 303 and answer.headers["location"] == "/contacts"
    cookies = answer.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith(SESSION_COOKIE + "="))
    assert "HttpOnly" in session and "SameSite=lax" in session and "Secure" not in session
    assert any(c.startswith("netgarden_csrf=") for c in cookies), "the CSRF token is rotated"
    assert client.get("/contacts").status_code == 200
    assert client.get("/api/v1/me").json() == {"email": "ada@example.org", "admin": True}


def test_the_cookie_is_secure_behind_a_proxy_saying_https(browser: Browser) -> None:
    client = browser()
    answer = sign_in(client, "bob@example.org", PASSWORD)
    assert "Secure" not in answer.headers["set-cookie"]
    client = browser()
    data = {"csrf_token": csrf(client), "email": "bob@example.org", "password": PASSWORD}
    behind = client.post("/sign-in", data=data, headers={"X-Forwarded-Proto": "https"})
    session = next(c for c in behind.headers.get_list("set-cookie") if "netgarden_session" in c)
    assert "Secure" in session


def test_a_sign_in_goes_nowhere_but_this_server(browser: Browser) -> None:
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        answer = sign_in(browser(), "bob@example.org", PASSWORD, next=target)
        assert answer.headers["location"] == "/"


@pytest.mark.parametrize(
    ("email", "password"),
    [
        ("bob@example.org", "wrong password here"),
        ("nobody@example.org", PASSWORD),
        ("bob@example.org", ""),
        ("", ""),
    ],
)
def test_a_wrong_password_or_unknown_email_gets_one_answer(
    browser: Browser, email: str, password: str
) -> None:
    client = browser()
    answer = sign_in(client, email, password)
    assert answer.status_code == 401
    assert "wrong email or password" in answer.text
    assert SESSION_COOKIE not in client.cookies
    assert client.get("/contacts").status_code == 303


def test_a_disabled_account_cannot_sign_in_and_its_sessions_and_tokens_end(
    server: FastAPI, browser: Browser
) -> None:
    signed = browser("bob@example.org")
    with server.state.database.transaction() as unit:
        bob = AccountRepo(unit.session).user("bob@example.org")
        assert bob is not None
        token = add_token(unit, bob.id, "laptop", NOW)
    assert _api(server, token).status_code == 200
    with server.state.database.transaction() as unit:
        set_enabled(unit, "bob@example.org", False, NOW)
    assert signed.get("/contacts").status_code == 303
    assert _api(server, token).status_code == 401
    refused = sign_in(browser(), "bob@example.org", PASSWORD)
    assert refused.status_code == 401 and "disabled" in refused.text


def test_an_expired_session_is_refused(server: FastAPI, browser: Browser) -> None:
    client = browser("bob@example.org")
    with server.state.database.transaction() as unit:
        unit.session.execute(
            update(UserSession).values(expires_at=dt.datetime.now() - dt.timedelta(seconds=1))
        )
    answer = client.get("/contacts")
    assert answer.status_code == 303 and answer.headers["location"].startswith("/sign-in")


def test_a_forged_session_is_refused_and_forgotten(browser: Browser) -> None:
    client = browser()
    client.cookies.set(SESSION_COOKIE, "forged-" + "x" * 40, domain="127.0.0.1")
    answer = client.get("/contacts")
    assert answer.status_code == 303
    assert f'{SESSION_COOKIE}=""' in answer.headers["set-cookie"]


def test_a_session_brought_to_the_sign_in_is_never_kept(browser: Browser) -> None:
    """Session fixation: an attacker's planted session id is ended, a new one minted."""
    attacker = browser("cy@example.org")
    planted = str(attacker.cookies.get(SESSION_COOKIE))
    victim = browser()
    victim.cookies.set(SESSION_COOKIE, planted, domain="127.0.0.1")
    sign_in(victim, "bob@example.org", PASSWORD)
    assert victim.cookies.get(SESSION_COOKIE) != planted
    assert victim.get("/api/v1/me").json()["email"] == "bob@example.org"
    assert attacker.get("/contacts").status_code == 303, "the planted session was ended"


def test_signing_out_ends_the_session(browser: Browser) -> None:
    client = browser("bob@example.org")
    stolen = str(client.cookies.get(SESSION_COOKIE))
    assert form(client, "/sign-out", {}).headers["location"] == "/sign-in"
    again = browser()
    again.cookies.set(SESSION_COOKIE, stolen, domain="127.0.0.1")
    assert again.get("/contacts").status_code == 303


def _api(server: FastAPI, token: str, path: str = "/api/v1/contacts"):  # type: ignore[no-untyped-def]
    client = TestClient(server, base_url=BASE_URL)
    return client.get(path, headers={"Authorization": f"Bearer {token}"})


def test_api_tokens_work_until_revoked_and_forged_ones_never(
    server: FastAPI, browser: Browser
) -> None:
    client = browser("bob@example.org")
    made = form(client, "/team/tokens", {"name": "laptop"})
    assert made.status_code == 200 and made.headers["cache-control"] == "no-store"
    token = made.text.split('id="new-token">')[1].split("<")[0]
    assert token.startswith("ngt_")
    assert _api(server, token, "/api/v1/me").json()["email"] == "bob@example.org"
    assert _api(server, token[:-2] + "xx").status_code == 401
    assert _api(server, "not-a-token").status_code == 401
    assert token not in browser("bob@example.org").get("/team").text, "shown once"
    form(client, "/team/tokens/remove", {"name": "laptop"})
    assert _api(server, token).status_code == 401


def test_every_form_refuses_a_post_without_the_csrf_token(
    server: FastAPI, browser: Browser
) -> None:
    """Every page route that takes a POST, signed in, without the token: 403, nothing done."""
    client = browser("bob@example.org")
    posts = sorted(
        {
            r.path
            for r in all_routes(server)
            if "POST" in r.methods and not r.path.startswith("/api/")
        }
    )
    assert (
        "/sign-in" in posts and "/team/asks" in posts and "/contacts/{contact_id}/snooze" in posts
    )
    for path in posts:
        url = path.replace("{", "").replace("}", "").replace("contact_id", "1")
        url = "/".join("1" if part.endswith("_id") else part for part in url.split("/"))
        answer = client.post(url, data={"name": "x", "email": "x@example.org"})
        assert answer.status_code in (403, 404, 405, 422), (path, answer.status_code)
        assert answer.status_code != 200
    assert client.get("/api/v1/team").json()["teams"] == []


def test_sign_ins_are_limited_per_account(browser: Browser) -> None:
    for _ in range(ACCOUNT_LIMIT):
        assert sign_in(browser(), "bob@example.org", "not the password!").status_code == 401
    limited = sign_in(browser(), "bob@example.org", PASSWORD)  # even the right one now
    assert limited.status_code == 429
    assert "too many failed sign-ins for this account" in limited.text
    assert 800 < int(limited.headers["retry-after"]) <= 901
    assert sign_in(browser(), "cy@example.org", PASSWORD).status_code == 303, "others may"


def test_sign_ins_are_limited_per_address() -> None:
    start = NOW
    failures = [start + dt.timedelta(seconds=i) for i in range(ADDRESS_LIMIT)]
    assert retry_in(failures[:-1], ADDRESS_LIMIT, start + dt.timedelta(minutes=1)) is None
    wait = retry_in(failures, ADDRESS_LIMIT, start + dt.timedelta(minutes=1))
    assert wait == 14 * 60 + 1
    assert retry_in(failures, ADDRESS_LIMIT, start + dt.timedelta(minutes=16)) is None


def test_many_accounts_from_one_address_are_limited(browser: Browser) -> None:
    for n in range(ADDRESS_LIMIT):
        assert sign_in(browser(), f"guess{n}@example.org", "password guess").status_code == 401
    limited = sign_in(browser(), "cy@example.org", PASSWORD)
    assert limited.status_code == 429 and "this address" in limited.text


def test_htmx_without_a_session_is_sent_to_sign_in_whole(browser: Browser) -> None:
    answer = browser().get("/contacts/1/tabs/timeline", headers={"HX-Request": "true"})
    assert answer.status_code == 401
    assert answer.headers["hx-redirect"].startswith("/sign-in?next=")


def test_old_failures_are_forgotten(server: FastAPI) -> None:
    from netgarden.services.accounts import sign_in as check

    with server.state.database.transaction() as unit:
        for _ in range(ACCOUNT_LIMIT):
            check(unit, "bob@example.org", "wrong password!", "10.0.0.1", NOW)
        later = NOW + dt.timedelta(minutes=16)
        assert check(unit, "bob@example.org", PASSWORD, "10.0.0.1", later).token is not None
        check(unit, "cy@example.org", "wrong password!", "10.0.0.2", later)
        count = unit.session.execute(text("SELECT count(*) FROM sign_in_failures")).scalar()
    assert count == 2, "only the last failure's two keys are kept"
