"""Property: any sequence of import / add / edit / log / give / merge / restore leaves every
contact with a creation time, and `today` working (the first-hour blocker)."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, Cli

FILES = [
    FIXTURES / "linkedin" / "Connections.csv",
    FIXTURES / "linkedin" / "Connections_bom_crlf.csv",
    FIXTURES / "mixed.vcf",
]
CIRCLES = ["inner", "middle", "outer", "none"]

op = st.one_of(
    st.tuples(st.just("import"), st.sampled_from(FILES)),
    st.tuples(st.just("add"), st.sampled_from(["Ada Lovelace", "Grace Hopper", "Alan Kay"])),
    st.tuples(st.just("edit"), st.integers(1, 8), st.sampled_from(CIRCLES)),
    st.tuples(st.just("log"), st.integers(1, 8), st.dates().map(lambda d: d.replace(year=2025))),
    st.tuples(st.just("give"), st.integers(1, 8)),
    st.tuples(st.just("merge"), st.integers(1, 8), st.integers(1, 8)),
    st.tuples(st.just("restore")),
)


def _ids(db: Path) -> list[int]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as con:
        return [row[0] for row in con.execute("SELECT id FROM contacts ORDER BY id")]


def _apply(cli: Cli, step: tuple[object, ...], workdir: Path) -> Cli:
    ids = _ids(cli.db)
    kind = step[0]
    if kind == "import":
        cli("import", str(step[1]))
    elif kind == "add":
        cli("add", str(step[1]), "--circle", "inner")
    elif kind == "restore":
        backup = workdir / f"backup-{len(list(workdir.iterdir()))}.json"
        cli("export", "json", "--out", str(backup))
        fresh = Cli(workdir / f"restored-{len(list(workdir.iterdir()))}.db")
        fresh("restore", str(backup))
        return fresh
    elif ids:
        pick = ids[int(str(step[1])) % len(ids)]
        if kind == "edit":
            cli("edit", str(pick), "--circle", str(step[2]))
        elif kind == "log":
            cli("log", str(pick), "--kind", "coffee", "--on", str(step[2]))
        elif kind == "give":
            cli("give", str(pick), "--kind", "advice")
        elif kind == "merge":
            other = ids[int(str(step[2])) % len(ids)]
            if other != pick:
                cli("merge", str(pick), str(other))
    return cli


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=6))
def test_every_contact_keeps_a_creation_time_and_today_works(
    steps: list[tuple[object, ...]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        cli = Cli(workdir / "netgarden.db")
        cli("add", "Seed Person", "--circle", "outer")
        for step in steps:
            cli = _apply(cli, step, workdir)
            with sqlite3.connect(cli.db) as con:
                missing = con.execute("SELECT count(*) FROM contacts WHERE created_at IS NULL")
                assert missing.fetchone()[0] == 0
        for as_of in ("2026-11-22", "2028-01-01"):
            assert isinstance(json.loads(cli("today", "--as-of", as_of, "--json").stdout), list)
