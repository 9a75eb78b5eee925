"""link, path, intro and suggest from the command line."""

from __future__ import annotations

import pytest

from tests.cli.test_bad_input import counts
from tests.conftest import Cli


@pytest.fixture
def trio(cli: Cli) -> Cli:
    cli.add("Ada Lovelace")
    cli.add("Bo Brown")
    cli.add("Priya Raman", "--company", "Lumina AI", "--title", "Head of AI")
    cli("log", "Ada", "--kind", "coffee")
    return cli


def test_link_then_path_with_a_draft(trio: Cli) -> None:
    trio("link", "Ada", "Priya Raman", "--how", "worked together", "--strength", "strong")
    [best, *_] = trio.json("path", "--to", "Priya Raman")
    assert best["path"] == ["Ada Lovelace", "Priya Raman"] and best["score"] > 0
    assert best["draft"].startswith("Hi Ada,")
    assert "Ada Lovelace → Priya Raman" in trio("path", "--company", "lumina").stdout


def test_introductions_move_through_their_states(trio: Cli) -> None:
    number = trio("intro", "Ada", "Bo", "--why", "both love engines").stdout.strip()
    for state in ("asked-a", "asked-b", "made"):
        trio("intro", "move", number, state)
    [intro] = trio.json("intro", "list")
    assert (intro["state"], intro["a_name"], intro["b_name"]) == (
        "made",
        "Ada Lovelace",
        "Bo Brown",
    )
    assert trio.json("ledger", "Bo")["given"] == 1
    trio("intro", "received", "Bo", "Priya Raman")
    assert trio.json("show", "Priya Raman")["how_met"] == "Introduced by Bo Brown"
    assert isinstance(trio.json("suggest", "intros"), list)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("link", "Ada", "Ada Lovelace"), "cannot be linked to themselves"),
        (("link", "Ada", "Nobody Atall"), "no contact matches"),
        (("link", "Ada", "Bo", "--strength", "besties"), "--strength: 'besties'"),
        (("path",), "--to/--company/--role: give exactly one target"),
        (("path", "--to", "Bo", "--max-hops", "9"), "--max-hops: 9 is out of range"),
        (("intro", "move", "1", "made"), "no introduction with id 1"),
        (("intro", "Ada"), "error: intro: use: intro A B"),
        (("suggest", "friends"), "only `suggest intros` exists"),
    ],
)
def test_mistakes_write_nothing(trio: Cli, args: tuple[str, ...], message: str) -> None:
    before = counts(trio.db)
    assert message in trio(*args, code=2).stderr
    assert counts(trio.db) == before
