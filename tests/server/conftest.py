"""Server mode (issue 19): an app with accounts, and browsers signed in as its users."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from netgarden.services.accounts import add_user
from netgarden.settings import Settings
from netgarden.web.app import CSRF_COOKIE, create_app
from tests.conftest import NOW

BASE_URL = "http://127.0.0.1:8000"
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 at its cheapest: the tests check what is hashed and when, not its cost (the
    server's own parameters are argon2's defaults, RFC 9106's low-memory profile)."""
    from argon2 import PasswordHasher

    from netgarden.services import accounts

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(accounts, "hasher", lambda: cheap)
    accounts._decoy.cache_clear()


EMAILS = ("ada@example.org", "bob@example.org", "cy@example.org")


@pytest.fixture(scope="session")
def accounts_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with three accounts, made once and copied for each test."""
    from argon2 import PasswordHasher

    from netgarden.services import accounts
    from netgarden.services.database import open_database

    path = tmp_path_factory.mktemp("accounts") / "template.db"
    database = open_database(path)
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    real = accounts.hasher
    accounts.hasher = lambda: cheap  # type: ignore[assignment]
    try:
        with database.transaction() as unit:
            for email in EMAILS:
                add_user(unit, email, NOW, admin=email.startswith("ada"), password=PASSWORD)
    finally:
        accounts.hasher = real  # type: ignore[method-assign]
        database.close()
    return path


@pytest.fixture
def server(accounts_db: Path, tmp_path: Path) -> Iterator[FastAPI]:
    """A multi-user app with three accounts (ada is an admin; each has a private workspace)."""
    import shutil

    shutil.copy(accounts_db, tmp_path / "server.db")
    app = create_app(Settings(db=tmp_path / "server.db"), multi_user=True)
    yield app
    app.state.database.close()


def all_routes(app: FastAPI) -> list[APIRoute]:
    """Every route of the app, whichever way this FastAPI keeps included routers."""
    routes = list(app.routes)
    try:  # newer FastAPI keeps included routers whole in app.routes
        from fastapi.routing import iter_route_contexts  # type: ignore[attr-defined]

        routes = [context.original_route for context in iter_route_contexts(routes)]
    except ImportError:
        pass
    return [r for r in routes if isinstance(r, APIRoute)]


Browser = Callable[..., TestClient]


@pytest.fixture
def browser(server: FastAPI) -> Iterator[Browser]:
    """``browser("ada@example.org")``: a client signed in as that account."""

    def open_as(email: str | None = None, password: str = PASSWORD) -> TestClient:
        # no lifespan: the app's database stays open for every client of the test
        client = TestClient(server, base_url=BASE_URL, follow_redirects=False)
        client.get("/sign-in")
        if email is not None:
            answer = sign_in(client, email, password)
            assert answer.status_code == 303, answer.text
        return client

    yield open_as


def csrf(client: TestClient) -> str:
    return str(client.cookies.get(CSRF_COOKIE))


def sign_in(client: TestClient, email: str, password: str, **extra: str):  # type: ignore[no-untyped-def]
    data = {"csrf_token": csrf(client), "email": email, "password": password, **extra}
    return client.post("/sign-in", data=data)


def form(client: TestClient, url: str, data: dict[str, str]):  # type: ignore[no-untyped-def]
    return client.post(url, data={"csrf_token": csrf(client), **data})
