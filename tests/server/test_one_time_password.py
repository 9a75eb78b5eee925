"""A one-time password (issue 19: ``user add`` and ``user reset-password`` print one) leads
its owner to choose their own before anything else; a chosen one does not."""

from __future__ import annotations

from fastapi import FastAPI

from netgarden.services.accounts import add_user, reset_password
from tests.conftest import NOW
from tests.server.conftest import PASSWORD, Browser, form


def _one_time(server: FastAPI, email: str) -> str:
    with server.state.database.transaction() as unit:
        made = add_user(unit, email, NOW)
    assert made.password is not None
    return made.password


def test_a_one_time_password_leads_to_choosing_ones_own_first(
    server: FastAPI, browser: Browser
) -> None:
    given = _one_time(server, "dee@example.org")
    dee = browser("dee@example.org", given)
    assert dee.get("/").headers["location"] == "/account/password"
    assert dee.get("/contacts?q=x").headers["location"] == (
        "/account/password?next=%2Fcontacts%3Fq%3Dx"
    )
    api = dee.get("/api/v1/contacts")
    assert api.status_code == 403 and "/account/password" in api.json()["detail"]
    assert dee.get("/contacts", headers={"HX-Request": "true"}).headers["HX-Redirect"] == (
        "/account/password?next=%2Fcontacts"
    )
    page = dee.get("/account/password?next=/contacts")
    assert page.status_code == 200 and "one-time password" in page.text

    same = form(dee, "/account/password", {"current_password": given, "new_password": given})
    assert same.status_code == 422 and "the same as the current one" in same.text
    wrong = form(dee, "/account/password", {"current_password": "x" * 20, "new_password": PASSWORD})
    assert wrong.status_code == 422 and "is not your current password" in wrong.text
    short = form(dee, "/account/password", {"current_password": given, "new_password": "short"})
    assert short.status_code == 422 and "at least 12" in short.text
    assert dee.get("/contacts").status_code == 303, "a refused change changes nothing"

    done = form(
        dee,
        "/account/password",
        {"current_password": given, "new_password": PASSWORD, "next": "/contacts"},
    )
    assert done.status_code == 303 and done.headers["location"] == "/contacts"
    assert dee.get("/contacts").status_code == 200
    assert dee.get("/api/v1/contacts").status_code == 200
    assert browser("dee@example.org", PASSWORD).get("/").status_code == 200


def test_a_chosen_password_goes_straight_in_and_a_reset_one_is_one_time_again(
    server: FastAPI, browser: Browser
) -> None:
    assert browser("bob@example.org").get("/").status_code == 200
    with server.state.database.transaction() as unit:
        again = reset_password(unit, "bob@example.org")
    assert again is not None
    assert browser("bob@example.org", again).get("/").status_code == 303
    with server.state.database.transaction() as unit:
        assert reset_password(unit, "bob@example.org", PASSWORD + "!") is None
    assert browser("bob@example.org", PASSWORD + "!").get("/").status_code == 200
