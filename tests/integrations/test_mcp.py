"""``netgarden mcp`` through the SDK's own client over stdio, as an assistant runs it: the
tools listed, each read tool answering with the CLI's --json, writes refused unless started
with --allow-writes, and bad arguments answered with a clear tool error."""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import pytest

from tests.conftest import Cli

mcp_client = pytest.importorskip("mcp.client.stdio")
from mcp import ClientSession  # noqa: E402

READS = ["search", "show_contact", "today", "warm_paths", "strength", "ledger", "tasks"]
WRITES = ["log_touch", "add_contact", "record_give"]

Session = Callable[[ClientSession], Awaitable[Any]]


def talk(db: Path, work: Session, *flags: str) -> Any:
    """Start ``netgarden --db DB mcp FLAGS`` as a subprocess and run ``work`` against it."""
    params = mcp_client.StdioServerParameters(
        command=sys.executable, args=["-m", "netgarden", "--db", str(db), "mcp", *flags]
    )

    async def main() -> Any:
        async with mcp_client.stdio_client(params) as (read, write):  # noqa: SIM117
            async with ClientSession(read, write) as session:  # needs the streams above
                await session.initialize()
                with anyio.fail_after(60):
                    return await work(session)

    return anyio.run(main)


def text(result: Any) -> str:
    return "".join(block.text for block in result.content)


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    cli = Cli(tmp_path_factory.mktemp("mcp") / "n.db")
    ada = cli.add("Ada Lovelace", "--company", "Engines", "--circle", "inner",
                  "--email", "ada@example.org")  # fmt: skip
    grace = cli.add("Grace Hopper", "--company", "Navy", "--title", "VP Engineering")
    cli("log", str(ada), str(grace), "--kind", "coffee", "--on", "yesterday")
    cli("link", str(ada), str(grace), "--strength", "strong")
    cli("give", str(ada), "--kind", "advice")
    return cli


CALLS = {
    "search": ({"query": "engines"}, ["search", "engines"]),
    "show_contact": ({"contact": "Ada"}, ["show", "Ada"]),
    "today": ({"as_of": "2026-12-01"}, ["today", "--as-of", "2026-12-01"]),
    "warm_paths": ({"to": "Grace"}, ["path", "--to", "Grace"]),
    "strength": ({"contact": "Ada"}, ["strength", "Ada"]),
    "ledger": ({}, ["ledger"]),
    "tasks": ({"open_only": False}, ["tasks"]),
}
MISTAKES = {
    "unknown": ("show_contact", {"contact": "Zed Nobody"}),
    "bad_day": ("today", {"as_of": "someday"}),
    "bad_limit": ("search", {"query": "ada", "limit": "many"}),
    "missing": ("show_contact", {}),
    "sneaky": ("search", {"query": "--db=/etc/passwd"}),
    "write": ("add_contact", {"name": "Mallory"}),
}


@pytest.fixture(scope="module")
def read_only(network: Cli) -> dict[str, Any]:
    """One session without --allow-writes: the tools, each read, each mistake."""

    async def work(session: ClientSession) -> dict[str, Any]:
        found: dict[str, Any] = {"tools": (await session.list_tools()).tools}
        for name, (args, _) in CALLS.items():
            found[name] = await session.call_tool(name, args)
        for key, (name, args) in MISTAKES.items():
            found[key] = await session.call_tool(name, args)
        return found

    answers: dict[str, Any] = talk(network.db, work)
    return answers


def test_read_tools_answer_with_the_clis_json(network: Cli, read_only: dict[str, Any]) -> None:
    tools = read_only["tools"]
    assert sorted(t.name for t in tools) == sorted(READS)
    assert all(t.description and "JSON" in t.description for t in tools)
    for name, (_, argv) in CALLS.items():
        assert not read_only[name].is_error, text(read_only[name])
        assert text(read_only[name]) == network(*argv, "--json").stdout, name
    assert json.loads(text(read_only["search"]))[0]["name"] == "Ada Lovelace"


def test_writes_are_refused_without_allow_writes(network: Cli, read_only: dict[str, Any]) -> None:
    refused = read_only["write"]
    assert refused.is_error and "add_contact" in text(refused)
    assert network.json("search", "Mallory") == []


def test_bad_arguments_are_a_clear_tool_error(read_only: dict[str, Any]) -> None:
    unknown, bad_day = read_only["unknown"], read_only["bad_day"]
    assert unknown.is_error and "Zed Nobody" in text(unknown)
    assert "Traceback" not in text(unknown)
    assert bad_day.is_error and "someday" in text(bad_day)
    assert read_only["bad_limit"].is_error and "limit" in text(read_only["bad_limit"])
    assert read_only["missing"].is_error and "contact" in text(read_only["missing"])
    sneaky = read_only["sneaky"]
    assert not sneaky.is_error and json.loads(text(sneaky)) == []  # a query, not an option


def test_write_tools_with_allow_writes(network: Cli) -> None:
    async def work(session: ClientSession) -> list[Any]:
        names = [t.name for t in (await session.list_tools()).tools]
        katherine = {"name": "Katherine Johnson", "company": "NASA", "circle": "middle"}
        added = await session.call_tool("add_contact", katherine)
        logged = await session.call_tool(
            "log_touch", {"contacts": ["Katherine", "Ada"], "kind": "call", "note": "orbits"}
        )
        gave = await session.call_tool("record_give", {"contact": "Katherine", "kind": "advice"})
        return [names, added, logged, gave]

    names, added, logged, gave = talk(network.db, work, "--allow-writes")
    assert sorted(names) == sorted(READS + WRITES)
    new = json.loads(text(added))
    shown = network.json("show", str(new["id"]))
    assert shown["name"] == "Katherine Johnson" and shown["company"] == "NASA"
    touch = json.loads(text(logged))
    assert touch["id"] == shown["touches"][0]["id"] and "Logged call" in touch["said"]
    assert "Recorded give (advice)" in json.loads(text(gave))["said"]
    assert network.json("ledger", "Katherine")["given"] == 1
