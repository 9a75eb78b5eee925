from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from netgarden.settings import Settings
from netgarden.web.app import CSRF_COOKIE, create_app

# the server answers only for its own names (web/hosts.py), not TestClient's "testserver"
BASE_URL = "http://127.0.0.1:8000"


@pytest.fixture
def client(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[TestClient]:
    """The app on a new database: SQLite, or PostgreSQL for the API suites (test_api*)."""
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    app = create_app(Settings(db=tmp_path / "web.db", database_url=url))
    with TestClient(app, base_url=BASE_URL) as test_client:
        test_client.get("/")  # receive the CSRF cookie, as a browser would
        yield test_client
    app.state.database.close()


def token(client: TestClient) -> str:
    return str(client.cookies.get(CSRF_COOKIE))


def form(client: TestClient, url: str, data: dict[str, str], **kwargs: object):  # type: ignore[no-untyped-def]
    return client.post(url, data={"csrf_token": token(client), **data}, **kwargs)  # type: ignore[arg-type]
