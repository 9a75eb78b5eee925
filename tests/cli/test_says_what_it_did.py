"""Each command does what it says and says what it did: nothing is written when there is
nothing to do, and a changed value says what it was."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import Cli


def _rows(db: Path, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as raw:
        return raw.execute(query).fetchall()


@pytest.fixture
def pair(cli: Cli) -> Cli:
    cli.add("Ana Lee")
    cli.add("Bo Chen")
    return cli


def test_unarchive_of_someone_not_archived_says_so_and_writes_nothing(pair: Cli) -> None:
    before = _rows(pair.db, "SELECT updated_at, archived_at FROM contacts WHERE id = 1")
    said = pair("unarchive", "Ana").stderr
    assert "Ana Lee (#1) is not archived; nothing to restore" in said
    assert "Restored" not in said
    assert _rows(pair.db, "SELECT updated_at, archived_at FROM contacts WHERE id = 1") == before


def test_archive_twice_keeps_the_first_date(pair: Cli) -> None:
    assert "Archived Ana Lee (#1)" in pair("archive", "Ana").stderr
    first = _rows(pair.db, "SELECT archived_at FROM contacts WHERE id = 1")
    assert "Ana Lee (#1) is already archived" in pair("archive", "1").stderr
    assert _rows(pair.db, "SELECT archived_at FROM contacts WHERE id = 1") == first
    assert "Restored Ana Lee (#1)" in pair("unarchive", "1").stderr


def test_a_second_identical_proposal_creates_nothing(pair: Cli) -> None:
    first = pair("intro", "Ana", "Bo", "--why", "both like evals")
    assert first.stdout.strip() == "1"
    again = pair("intro", "Bo", "Ana")
    assert "already an open introduction of Bo Chen (#2) and Ana Lee (#1): #1" in again.stderr
    assert "proposed" not in again.stderr.split(":")[0]
    assert _rows(pair.db, "SELECT count(*) FROM introductions") == [(1,)]
    assert again.stdout.strip() == "1"


def test_a_finished_introduction_can_be_proposed_again(pair: Cli) -> None:
    pair("intro", "Ana", "Bo")
    pair("intro", "move", "1", "declined")
    assert pair("intro", "Ana", "Bo").stdout.strip() == "2"


def test_linking_again_with_another_strength_updates_it(pair: Cli) -> None:
    assert (
        "Linked Ana Lee (#1) and Bo Chen (#2) (strong)"
        in pair("link", "Ana", "Bo", "--strength", "strong").stderr
    )
    said = pair("link", "Ana", "Bo", "--strength", "weak").stderr
    assert "Updated the link of Ana Lee (#1) and Bo Chen (#2) (was strong, now weak)" in said
    assert _rows(pair.db, "SELECT strength FROM links") == [("weak",)]


def test_linking_again_without_a_strength_keeps_it(pair: Cli) -> None:
    pair("link", "Ana", "Bo", "--strength", "strong")
    said = pair("link", "Bo", "Ana").stderr
    assert "Ana Lee (#1) and Bo Chen (#2) are already linked (strong); nothing changed" in said
    assert _rows(pair.db, "SELECT strength FROM links") == [("strong",)]
    said = pair("link", "Bo", "Ana", "--how", "school").stderr
    assert "Updated the link of Ana Lee (#1) and Bo Chen (#2) (how: school)" in said


def test_a_new_link_without_a_strength_is_medium(pair: Cli) -> None:
    assert "(medium)" in pair("link", "Ana", "Bo").stderr
    assert _rows(pair.db, "SELECT strength FROM links") == [("medium",)]
