"""``serve`` checks its address before it says it is running."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from tests.conftest import Cli


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port another program is listening on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield other.getsockname()[1]


def test_a_busy_port_is_named_before_anything_is_announced(cli: Cli, busy_port: int) -> None:
    result = cli("serve", "--port", str(busy_port), code=2)
    assert "running" not in result.stderr and "running" not in result.stdout
    assert result.stderr.startswith("error: ")
    assert f"127.0.0.1:{busy_port} is already in use" in result.stderr
    assert "--port" in result.stderr
    assert "Errno" not in result.stderr and "Traceback" not in result.stderr


def test_an_address_not_of_this_machine_is_refused(cli: Cli) -> None:
    result = cli("serve", "--host", "192.0.2.1", "--port", "8123", code=2)
    assert "running" not in result.stderr
    assert "192.0.2.1:8123" in result.stderr and "--host" in result.stderr


def test_serve_runs_on_the_socket_it_checked(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    served: list[list[socket.socket]] = []

    def run(self: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
        served.append(sockets or [])

    monkeypatch.setattr(uvicorn.Server, "run", run)
    with socket.socket() as probe:  # a port free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = cli("serve", "--port", str(port))
    [[sock]] = served
    assert sock.getsockname() == ("127.0.0.1", port)
    # as getaddrinfo gives it: asyncio only turns Nagle off (TCP_NODELAY) on such sockets,
    # without which each answer on a kept-alive connection waited ~40 ms
    assert sock.proto == socket.IPPROTO_TCP
    assert f"netgarden is running at http://127.0.0.1:{port}" in result.stderr
    sock.close()
