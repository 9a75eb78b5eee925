"""``serve --multi-user --workers N`` (issue 19): several processes on one socket; what each
keeps (a search's ranking, the agenda) follows the database's change counter, so a write
through one worker is seen through every other at once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import Cli

BIN = Path(sys.executable).parent / "netgarden"


def test_several_workers_only_in_server_mode(cli: Cli) -> None:
    result = cli("serve", "--workers", "2", "--port", "8123", code=2)
    assert "--workers: several processes serve only in server mode" in result.stderr
    assert "running" not in result.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fresh(base: str, token: str, path: str) -> httpx.Response:
    """One request on a new connection (the kernel hands it to any worker)."""
    headers = {"Authorization": f"Bearer {token}", "Connection": "close"}
    return httpx.get(base + path, headers=headers, timeout=10)


def test_workers_see_each_others_writes(pg_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "NETGARDEN_DATABASE_URL": pg_url, "NETGARDEN_CONFIG": "/nonexistent"}
    db = ["--db", str(tmp_path / "unused.db")]

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(BIN), *db, *args], env=env, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    run("user", "add", "ada@example.org")
    token = run("token", "add", "--name", "laptop", "--user", "ada@example.org")
    port = _free_port()
    server = subprocess.Popen(
        [str(BIN), *db, "serve", "--multi-user", "--workers", "2", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _fresh(base, token, "/api/v1/settings")
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and server.poll() is None, server.stderr
                time.sleep(0.1)
        children = subprocess.run(
            ["pgrep", "-P", str(server.pid)], capture_output=True, text=True, check=False
        ).stdout.split()
        assert len(children) == 2
        for _ in range(12):  # every worker ranks "zebra" (nothing) and keeps it
            found = _fresh(base, token, "/api/v1/contacts?q=zebra")
            assert found.status_code == 200 and found.json() == []
        made = httpx.post(
            base + "/api/v1/contacts",
            json={"name": "Zia Zebra", "company": "Lumina AI"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert made.status_code == 201, made.text
        for _ in range(12):  # whichever worker answers, it saw the write
            found = _fresh(base, token, "/api/v1/contacts?q=zebra")
            assert [c["name"] for c in found.json()] == ["Zia Zebra"]
            agenda = _fresh(base, token, "/api/v1/contacts")
            assert agenda.headers["X-Total-Count"] == "1"
    finally:
        server.terminate()
        code = server.wait(timeout=30)
    assert code == 0
    assert "2 worker processes" in (server.stderr.read() if server.stderr else "")
    for child in children:  # stopped with the parent
        assert not Path(f"/proc/{child}").exists()
