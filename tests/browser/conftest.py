"""A live server on loopback and Debian's Chromium driven by Playwright.

Playwright's own browser download does not work here: we launch /usr/bin/chromium. Without
it the browser tests skip, saying why; in CI (CI=true) a missing Chromium is a failure
(``make test`` installs it first)."""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    # Chromium's hidden omnibox popup (a WebUI renderer that works on every new tab), as in
    # benchmarks/bench_pages.py: the browser suite took 106 s with it, 98 s without (3 workers)
    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup",
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:

    from netgarden.services.contacts import ContactInput, add_contact
    from netgarden.services.database import open_database
    from netgarden.services.generate import generate_network

    db = tmp_path_factory.mktemp("browser") / "n.db"
    database = open_database(db)
    today = dt.date.today()
    with database.transaction() as unit:
        generate_network(unit, contacts=120, touches=900, seed=4, end=today)
        add_contact(unit, ContactInput(name="Priya Raman", company="Lumina AI", circle="inner",
                                       met_on=(today - dt.timedelta(days=400)).isoformat()),
                    dt.datetime.now(), today)  # fmt: skip
    database.close()
    with serving(db) as url:
        yield url


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The web app on ``db`` on a free loopback port, in a thread, until the block ends."""
    import uvicorn

    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(Settings(db=db)), host="127.0.0.1", port=port, log_level="warning"
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert instance.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        instance.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but /usr/bin/chromium is missing; `make test` installs it")
        pytest.skip("no /usr/bin/chromium (make test installs it with apt-get)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    alerts: list[str] = []
    tab.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    tab.alerts = alerts
    yield tab
    context.close()
