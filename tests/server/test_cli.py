"""The commands of server mode (issue 19): user, token and team on the server's database,
and ``netgarden --server URL --token T`` talking to a running server."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netgarden.cli.main import app
from tests.conftest import Cli


@pytest.fixture(autouse=True)
def _quick(quick_hashes: None) -> None:
    """argon2 at its cheapest here too (tests/server/conftest.py)."""


def test_user_commands(cli: Cli) -> None:
    made = cli("user", "add", "Ada@Example.org", "--admin")
    password = made.stdout.strip()
    assert len(password) == 20 and "added admin account ada@example.org (#1)" in made.stderr
    chosen = CliRunner().invoke(
        app,
        ["--db", str(cli.db), "user", "add", "bob@example.org", "--password-stdin"],
        input="correct horse battery\n",
    )
    assert chosen.exit_code == 0 and chosen.stdout == ""
    listed = cli.json("user", "list")
    assert [(u["email"], u["admin"], u["disabled"]) for u in listed] == [
        ("ada@example.org", True, False),
        ("bob@example.org", False, False),
    ]
    assert "disabled" in cli("user", "disable", "bob@example.org").stderr
    assert cli.json("user", "list")[1]["disabled"] is True
    cli("user", "enable", "bob@example.org")
    assert len(cli("user", "reset-password", "bob@example.org").stdout.strip()) == 20
    assert (
        "already an account for ada@example.org"
        in cli("user", "add", "ADA@example.org", code=2).stderr
    )
    assert "EMAIL: 'nope' is not an email" in cli("user", "add", "nope", code=2).stderr
    assert (
        "no account with id carl@example.org"
        in cli("user", "disable", "carl@example.org", code=2).stderr
    )
    short = CliRunner().invoke(
        app,
        ["--db", str(cli.db), "user", "add", "cy@example.org", "--password-stdin"],
        input="short\n",
    )
    assert short.exit_code == 2
    assert "--password-stdin: is 5 characters; use at least 12" in short.stderr


def test_the_first_account_may_take_the_local_data(cli: Cli) -> None:
    cli.add("Priya Raman")
    cli("user", "add", "ada@example.org", "--with-local-data")
    assert (
        "already belongs to another account"
        in cli("user", "add", "bob@example.org", "--with-local-data", code=2).stderr
    )


def test_token_and_team_commands(cli: Cli) -> None:
    assert "there are no accounts yet" in cli("token", "add", "--name", "x", code=2).stderr
    cli("user", "add", "ada@example.org")
    token = cli("token", "add", "--name", "laptop").stdout.strip()
    assert token.startswith("ngt_")
    assert [t["name"] for t in cli.json("token", "list")] == ["laptop"]
    assert (
        "already a token named 'laptop'" in cli("token", "add", "--name", "laptop", code=2).stderr
    )
    cli("token", "rm", "laptop")
    assert cli.json("token", "list") == []
    assert "no token named with id 'laptop'" in cli("token", "rm", "laptop", code=2).stderr
    cli("user", "add", "bob@example.org")
    assert "there are 2 accounts" in cli("team", "show", code=2).stderr
    cli("team", "add", "Search circle", "--user", "ada@example.org")
    cli("team", "invite", "bob@example.org", "--user", "ada@example.org")
    cli("team", "join", "--user", "bob@example.org")
    assert (
        "only an owner"
        in cli("team", "invite", "x@example.org", "--user", "bob@example.org", code=2).stderr
    )
    cli("team", "share", "on", "--user", "bob@example.org")
    shown = cli.json("team", "show", "--user", "ada@example.org")
    assert shown["teams"][0]["members"] == [
        {"email": "ada@example.org", "role": "owner", "sharing": False},
        {"email": "bob@example.org", "role": "member", "sharing": True},
    ]
    assert (
        "STATE: 'maybe' is not on or off"
        in cli("team", "share", "maybe", "--user", "bob@example.org", code=2).stderr
    )
    assert (
        "--company/--person: give exactly one"
        in cli("team", "who", "--user", "ada@example.org", code=2).stderr
    )


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A multi-user server on a loopback port, in this process."""
    import uvicorn

    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    db = tmp_path / "team.db"
    application = create_app(Settings(db=db), multi_user=True)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(application, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        threading.Event().wait(0.02)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}", db
    server.should_exit = True
    thread.join(10)


def test_the_cli_talks_to_a_team_server(running: tuple[str, Path]) -> None:
    url, db = running
    local = Cli(db)
    local("user", "add", "ada@example.org")
    local("user", "add", "bob@example.org")
    ada = local("token", "add", "--name", "laptop", "--user", "ada@example.org").stdout.strip()
    bob = local("token", "add", "--name", "laptop", "--user", "bob@example.org").stdout.strip()

    def remote(token: str, *args: str, code: int = 0) -> str:
        done = CliRunner().invoke(app, ["--server", url, "--token", token, *args])
        assert done.exit_code == code, done.stderr
        return done.stdout + done.stderr

    priya = remote(ada, "add", "Priya Raman", "--company", "Lumina AI", "--circle", "inner")
    assert "Added Priya Raman (#" in priya
    remote(ada, "log", "Priya Raman", "--kind", "coffee", "--note", "pricing")
    assert json.loads(remote(ada, "show", "Priya", "--json"))["company"] == "Lumina AI"
    assert "Priya Raman" in remote(ada, "search", "lumina")
    assert "Priya Raman" in remote(ada, "list")
    assert "nobody found" in remote(bob, "list"), "bob's workspace is his own"
    assert json.loads(remote(bob, "today", "--json")) == []
    remote(ada, "team", "add", "Search")
    remote(ada, "team", "invite", "bob@example.org")
    remote(bob, "team", "join")
    remote(ada, "team", "share", "on")
    ties = json.loads(remote(bob, "team", "who", "--company", "lumina", "--json"))
    assert [(t["teammate"], t["name"]) for t in ties] == [("ada@example.org", "Priya Raman")]
    remote(bob, "team", "ask", "ada@example.org", str(ties[0]["contact_id"]), "--message", "hi")
    assert "asks you for an introduction to Priya Raman: hi" in remote(ada, "today")
    assert "works on a local database only" in remote(ada, "import", "x.vcf", code=2)
    assert "refused the token" in remote("ngt_forged", "list", code=2)
    assert "--circle: Input should be" in remote(ada, "add", "X", "--circle", "best", code=2)
    assert "nobody matches 'Nobody'" in remote(ada, "show", "Nobody", code=2)
