"""A write the API acknowledges is committed before the answer leaves: a read right after a
201 finds it, and killing the server loses none of them. Against a real ``netgarden serve``:
an in-process client only sees the answer once the whole request is over."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import httpx
import pytest

CLIENTS = 2
CREATES = 250  # per client: 500 create-then-read (1,000 requests) in all


@contextmanager
def serving(db: Path, *args: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``netgarden serve`` on a free port; its URL once it answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "netgarden", "--db", str(db), "serve", "--port", str(port)]
    server = subprocess.Popen([*command, *args], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/api/v1/stats", timeout=5).raise_for_status()
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(server.stderr.read() if server.stderr else "") from None
                time.sleep(0.05)
        yield url, server
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def run_clients(work: object) -> None:
    threads = [threading.Thread(target=work, args=(n,)) for n in range(CLIENTS)]  # type: ignore[arg-type]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)


def test_a_created_contact_can_be_read_at_once(tmp_path: Path) -> None:
    misses: list[str] = []
    created: list[int] = []
    with serving(tmp_path / "n.db") as (url, _):

        def work(client_number: int) -> None:
            with httpx.Client(base_url=url, timeout=30) as client:
                for i in range(CREATES):
                    made = client.post("/api/v1/contacts", json={"name": f"C{client_number} {i}"})
                    assert made.status_code == 201, made.text
                    contact_id = made.json()["id"]
                    created.append(contact_id)
                    read = client.get(f"/api/v1/contacts/{contact_id}")
                    if read.status_code != 200:
                        misses.append(f"#{contact_id}: {read.status_code}")

        run_clients(work)
    assert len(created) == CLIENTS * CREATES
    assert misses == []


def test_killing_the_server_loses_no_acknowledged_write(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    acknowledged: list[int] = []
    with serving(db) as (url, server):
        stop = threading.Event()

        def work(client_number: int) -> None:
            with httpx.Client(base_url=url, timeout=10) as client:
                i = 0
                while not stop.is_set():
                    i += 1
                    try:
                        body = {"name": f"K{client_number} {i}"}
                        made = client.post("/api/v1/contacts", json=body)
                    except httpx.TransportError:
                        return  # the server is gone
                    if made.status_code == 201:
                        acknowledged.append(made.json()["id"])

        threads = [threading.Thread(target=work, args=(n,)) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        # kill once enough writes are acknowledged (a loaded machine may need longer than 2 s)
        deadline = time.monotonic() + 60
        while len(acknowledged) < 40 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.3)  # and in the middle of more writes
        os.kill(server.pid, signal.SIGKILL)
        server.wait()
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert len(acknowledged) > 20, "too few writes before the kill to prove anything"
    with closing(sqlite3.connect(db)) as raw:
        stored = {row[0] for row in raw.execute("SELECT id FROM contacts")}
    lost = sorted(set(acknowledged) - stored)
    assert lost == [], f"{len(lost)} of {len(acknowledged)} acknowledged writes lost"


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_every_route_commits_before_it_answers(tmp_path: Path) -> None:
    """A route that took its unit of work in the request's scope would commit after the
    answer is sent (FastAPI runs a yield dependency's exit then): use ``deps.UnitDep``."""
    from fastapi.dependencies.models import Dependant
    from fastapi.routing import APIRoute

    from netgarden.settings import Settings
    from netgarden.web import deps
    from netgarden.web.app import create_app

    app = create_app(Settings(db=tmp_path / "n.db"))

    def late(dependant: Dependant, where: str) -> Iterator[str]:
        for sub in dependant.dependencies:
            if sub.call is deps.unit and sub.scope != "function":
                yield where
            yield from late(sub, where)

    def routes(within: Iterable[object]) -> Iterator[APIRoute]:
        for route in within:
            if isinstance(route, APIRoute):
                yield route
            inner = getattr(route, "original_router", None) or getattr(route, "app", None)
            if inner is not None and hasattr(inner, "routes"):
                yield from routes(inner.routes)

    found = list(routes(app.routes))
    assert sum(sub.call is deps.unit for r in found for sub in r.dependant.dependencies) > 20
    assert [w for r in found for w in late(r.dependant, f"{r.methods} {r.path}")] == []
    app.state.database.close()


def test_a_failed_commit_is_an_error_answer_never_a_201(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import SessionTransaction

    from netgarden.settings import Settings
    from netgarden.web.app import create_app
    from tests.web.conftest import BASE_URL

    app = create_app(Settings(db=tmp_path / "n.db"))
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as client:

        def full(self: SessionTransaction, _parent: bool = False) -> None:
            raise OperationalError(
                "COMMIT", {}, sqlite3.OperationalError("database or disk is full")
            )

        monkeypatch.setattr(SessionTransaction, "commit", full)
        answer = client.post("/api/v1/contacts", json={"name": "Ada"})
        monkeypatch.undo()
        assert answer.status_code == 503
        assert answer.json()["detail"].startswith(
            f"cannot use {tmp_path / 'n.db'}: the disk is full; free some space"
        )
        assert client.get("/api/v1/contacts").json() == []
    app.state.database.close()
