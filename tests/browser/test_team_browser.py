"""Server mode in a real browser (issue 19): sign in (a wrong password first), ask the team
who knows someone at Lumina AI, ask for an introduction, sign out; the teammate signs in,
finds the request on Today and answers it."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import _free_port

PASSWORD = "correct horse battery staple"
SHOTS = Path("/tmp/netgarden-team-shots")


@pytest.fixture(scope="module")
def team_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from netgarden.services.accounts import add_user
    from netgarden.services.contacts import ContactInput, add_contact
    from netgarden.services.database import open_database
    from netgarden.services.teams import add_team, invite, join, share
    from netgarden.services.touches import TouchInput, log_touch
    from netgarden.settings import Settings
    from netgarden.store.accounts import Signed
    from netgarden.web.app import create_app

    db = tmp_path_factory.mktemp("team") / "team.db"
    database = open_database(db)
    now, today = dt.datetime.now(), dt.date.today()
    with database.transaction() as unit:
        emails = ("ada@example.org", "bob@example.org")
        made = [add_user(unit, e, now, password=PASSWORD) for e in emails]
    ada, bob = (Signed(m.id, m.email, m.workspace_id, False) for m in made)
    with database.transaction(bob.workspace_id) as unit:
        priya = add_contact(unit, ContactInput(name="Priya Raman", company="Lumina AI",
                                               title="CTO", circle="inner", notes="secret"),
                            now, today)  # fmt: skip
        for days in (3, 40, 90):
            on = (today - dt.timedelta(days=days)).isoformat()
            log_touch(unit, [priya], TouchInput(kind="coffee", on=on), now, today)
    with database.transaction() as unit:
        add_team(unit, ada, "Search circle", now)
        invite(unit, ada, bob.email, None, now)
        join(unit, bob, None, now)
        share(unit, bob, True)
    database.close()
    port = _free_port()
    app = create_app(Settings(db=db), multi_user=True)
    instance = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    while not instance.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


def _sign_in(page: Any, email: str, password: str = PASSWORD) -> None:
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_ask_the_team_and_answer_on_today(browser: Any, team_server: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    context = browser.new_context(base_url=team_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("/team")
    assert page.url.endswith("/sign-in?next=%2Fteam")
    _sign_in(page, "ada@example.org", "not my password")
    assert "wrong email or password" in page.locator("#e-password").inner_text()
    page.screenshot(path=str(SHOTS / "sign-in.png"))
    _sign_in(page, "ada@example.org")
    page.get_by_role("heading", name="Team ada@example.org").wait_for()
    page.get_by_label("Company").fill("Lumina")
    page.get_by_role("button", name="Find").click()
    row = page.locator("#team-who tbody tr")
    assert row.count() == 1 and "Priya Raman" in row.inner_text() and "secret" not in page.content()
    page.screenshot(path=str(SHOTS / "team-who.png"), full_page=True)
    page.get_by_label("Why you would like to meet Priya Raman").fill("We are hiring a CTO")
    page.get_by_role("button", name="Ask bob for an introduction").click()
    assert "on your teammate's Today" in page.locator("main").inner_text()
    page.get_by_role("button", name="Sign out").click()
    _sign_in(page, "bob@example.org")
    agenda = page.locator("main").inner_text()
    assert "ada@example.org (Search circle) asks you for an introduction to Priya Raman" in agenda
    page.screenshot(path=str(SHOTS / "today-ask.png"), full_page=True)
    page.get_by_role("link", name="Answer…").focus()  # the row's actions show on focus
    page.keyboard.press("Enter")
    page.get_by_label("A word for ada@example.org").fill("Happy to, emailing her")
    page.get_by_role("button", name="Yes, I'll introduce them").click()
    assert "Answered." in page.locator("main").inner_text()
    page.screenshot(path=str(SHOTS / "team-answered.png"), full_page=True)
    context.close()
