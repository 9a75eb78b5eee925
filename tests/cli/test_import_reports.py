"""Dry runs write nothing to disk, and every row an import leaves out is reported."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.conftest import FIXTURES, Cli

MAPPED = FIXTURES / "csv" / "mapped_bad_rows.csv"
MAP = ("--format", "csv", "--map", "Full Name=name,E-mail=email,Org=company")


def test_a_dry_run_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "data" / "new.db"
    out = Cli(db)("import", str(MAPPED), *MAP, "--dry-run").stdout
    assert "Would import: 2 created" in out and "nothing was written" in out
    assert not db.exists() and not db.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_dry_run_leaves_an_existing_database_byte_for_byte(cli: Cli) -> None:
    cli.add("Ana Lee", "--company", "Acme")
    before = hashlib.sha256(cli.db.read_bytes()).hexdigest()
    files = sorted(p.name for p in cli.db.parent.iterdir())
    out = cli("import", str(MAPPED), *MAP, "--dry-run").stdout
    assert "Would import:" in out
    assert hashlib.sha256(cli.db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in cli.db.parent.iterdir()) == files


def test_mapped_csv_reports_every_row_it_leaves_out(cli: Cli) -> None:
    report = json.loads(cli("import", str(MAPPED), *MAP, "--json").stdout)
    skipped = {(s["line"], s["reason"]) for s in report["skipped"]}
    assert {s["file"] for s in report["skipped"]} == {str(MAPPED)}
    assert skipped == {
        (3, "no name (it has only nobody@example.com)"),
        (4, "'bo.chen-at-example.com' is not an email address"),
        (5, "'cy@@example.com' is not an email address"),
        (6, "no name"),
    }
    assert report["created"] == 2
    assert [c["name"] for c in cli.json("list")] == ["Ana Lee", "Di Eve"]
    out = cli("import", str(MAPPED), *MAP).stdout
    assert "line 4: 'bo.chen-at-example.com' is not an email address" in out
