"""DNS rebinding: the server answers only for the names it was started for, and a write's
Origin must be one of them, at the port the server was reached on."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from netgarden.settings import Settings
from netgarden.web.app import create_app
from tests.conftest import Cli
from tests.web.conftest import BASE_URL

EVIL = {"Host": "evil.example:8000"}


@pytest.fixture
def served(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(Settings(db=tmp_path / "n.db", allowed_hosts=("netgarden.lan",)))
    with TestClient(app, base_url=BASE_URL) as client:
        made = client.post("/api/v1/contacts", json={"name": "Ada Lovelace", "notes": "private"})
        assert made.status_code == 201
        yield client
    app.state.database.close()


def test_a_rebound_name_reads_writes_and_deletes_nothing(served: TestClient) -> None:
    exported = served.get("/api/v1/export/json", headers=EVIL)
    assert exported.status_code == 400
    assert exported.json()["detail"].startswith("unknown host")
    assert "Ada" not in exported.text
    # the attacker's page is same-origin with itself: its Origin matches its Host
    origin = {**EVIL, "Origin": "http://evil.example:8000"}
    assert served.post("/api/v1/contacts", json={"name": "M"}, headers=origin).status_code == 400
    assert served.delete("/api/v1/contacts/1", headers=origin).status_code == 400
    page = served.get("/", headers=EVIL)
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/plain")
    assert "allowed_hosts" in page.text
    assert [c["name"] for c in served.get("/api/v1/contacts").json()] == ["Ada Lovelace"]


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "127.0.0.1:1234", "localhost", "LOCALHOST:8000", "localhost.:8000",
     "[::1]:8000", "netgarden.lan:8443"],
)  # fmt: skip
def test_the_servers_own_names_are_answered_on_any_port(served: TestClient, host: str) -> None:
    assert served.get("/api/v1/stats", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize(
    "host", ["", "evil.example", "127.0.0.1.evil.example", "localhost:x", "[::1", "0.0.0.0:8000"]
)
def test_any_other_host_is_refused(served: TestClient, host: str) -> None:
    assert served.get("/api/v1/stats", headers={"Host": host}).status_code == 400


@pytest.mark.parametrize(
    ("origin", "status"),
    [
        ("http://127.0.0.1:8000", 201),
        ("http://localhost:8000", 201),  # another of its names, the same port
        ("http://netgarden.lan:8000", 201),
        ("http://localhost:9999", 403),  # another program on this machine
        ("http://evil.example:8000", 403),
        ("null", 403),
        ("http://127.0.0.1:notaport", 403),
    ],
)
def test_a_write_from_another_origin_is_refused(
    served: TestClient, origin: str, status: int
) -> None:
    made = served.post("/api/v1/contacts", json={"name": "Grace"}, headers={"Origin": origin})
    assert made.status_code == status


def serve_app(cli: Cli, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[FastAPI, str]:
    """The app ``netgarden serve ARGS`` would run, and what it said."""
    import uvicorn

    apps: list[FastAPI] = []

    def run(self: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
        apps.append(self.config.app)  # type: ignore[arg-type]
        for sock in sockets or []:
            sock.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = cli("serve", "--port", str(port), *args)
    return apps[0], result.stderr


def test_listening_everywhere_names_nobody(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    app, said = serve_app(cli, monkeypatch, "--host", "0.0.0.0")
    assert "--allowed-host NAME" in " ".join(said.split())
    with TestClient(app, base_url=BASE_URL) as client:
        assert client.get("/api/v1/stats", headers={"Host": "0.0.0.0:8000"}).status_code == 400
        assert client.get("/api/v1/stats", headers={"Host": "my-laptop.lan"}).status_code == 400
        assert client.get("/api/v1/stats", headers={"Host": "localhost:8000"}).status_code == 200
    app.state.database.close()


def test_allowed_host_adds_a_name(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    app, _ = serve_app(
        cli, monkeypatch, "--allowed-host", "my-laptop.lan", "--allowed-host", "192.168.1.20"
    )
    with TestClient(app, base_url=BASE_URL) as client:
        for host in ("my-laptop.lan:8000", "192.168.1.20", "127.0.0.1"):
            assert client.get("/api/v1/stats", headers={"Host": host}).status_code == 200
        assert client.get("/api/v1/stats", headers={"Host": "other.lan"}).status_code == 400
    app.state.database.close()


def test_the_allowed_hosts_setting_adds_names(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETGARDEN_ALLOWED_HOSTS", "a.lan, B.lan")
    app, _ = serve_app(cli, monkeypatch)
    with TestClient(app, base_url=BASE_URL) as client:
        assert client.get("/api/v1/stats", headers={"Host": "b.lan"}).status_code == 200
    app.state.database.close()


@pytest.mark.parametrize("name", ["http://evil.example", "my-laptop.lan:8000", "a b", ""])
def test_a_mistyped_allowed_host_is_named(
    cli: Cli, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", lambda *a, **k: None)  # never serve for real
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = cli("serve", "--port", str(port), "--allowed-host", name, code=2)
    assert result.stderr.startswith("error: --allowed-host: ")
    assert "no scheme or port" in result.stderr and "running" not in result.stderr
