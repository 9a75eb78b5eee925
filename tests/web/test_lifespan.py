"""The app's state is made by ``create_app(settings)`` and let go when the server stops:
the database's connections are closed and the import preview folder is removed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from netgarden.settings import Settings
from netgarden.web.app import create_app
from tests.web.conftest import BASE_URL, form

FDS = Path("/proc/self/fd")
VCARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Tanaka\r\nEND:VCARD\r\n"


def held(folder: Path) -> list[str]:
    """The files under ``folder`` this process holds open."""
    found = []
    for fd in FDS.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # closed meanwhile
        if target.startswith(str(folder)):
            found.append(target)
    return found


@pytest.mark.skipif(not FDS.is_dir(), reason="needs /proc/self/fd to see open files")
def test_stopping_the_app_closes_the_database_and_removes_the_previews(tmp_path: Path) -> None:
    app = create_app(Settings(db=tmp_path / "web.db"))
    previews: Path = app.state.previews
    with TestClient(app, base_url=BASE_URL) as client:
        client.get("/")
        assert client.post("/api/v1/contacts", json={"name": "Ada"}).status_code == 201
        upload = client.post(
            "/import/preview",
            data={"csrf_token": str(client.cookies.get("netgarden_csrf"))},
            files={"files": ("bo.vcf", VCARD, "text/vcard")},
        )
        assert upload.status_code == 200 and any(previews.iterdir())
        assert held(tmp_path), "the database is open while the app serves"
    assert held(tmp_path) == [], "the database is still open after the app stopped"
    assert not previews.exists()


def test_an_app_started_again_serves_again(tmp_path: Path) -> None:
    app = create_app(Settings(db=tmp_path / "web.db"))
    for name in ("Ada", "Bo"):
        with TestClient(app, base_url=BASE_URL) as client:
            client.get("/")
            assert client.post("/api/v1/contacts", json={"name": name}).status_code == 201
            answer = form(client, "/import/preview", {}, files={"files": ("cy.vcf", VCARD)})
            assert answer.status_code == 200
            assert app.state.previews.stat().st_mode & 0o777 == 0o700
    with TestClient(app, base_url=BASE_URL) as client:
        assert len(client.get("/api/v1/contacts").json()) == 2
