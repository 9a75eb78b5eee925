"""import, dupes, merge, export and restore from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_bad_input import counts
from tests.conftest import FIXTURES, Cli

LINKEDIN = FIXTURES / "linkedin"


def test_import_json_summary_then_nothing_on_the_second_run(cli: Cli, corpus: Path) -> None:
    path = str(corpus / "csv/linkedin/Connections_2024_synthetic.csv")
    first = json.loads(cli("import", path, "--json").stdout)
    assert set(first) >= {"created", "updated", "unchanged", "touches", "skipped"}
    assert (first["created"], first["touches"]) == (6, 0)
    assert first["skipped"] == [{"file": path, "line": 9, "reason": "no name, only a date"}]
    again = json.loads(cli("import", path, "--json").stdout)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 6)


def test_dry_run_writes_nothing(cli: Cli, corpus: Path) -> None:
    cli.add("Someone")
    before = counts(cli.db)
    out = cli("import", str(corpus / "vcard"), "--dry-run").stdout
    assert "Would import:" in out and "Dry run: nothing was written." in out
    assert counts(cli.db) == before


def test_table_output_lists_skipped_rows(cli: Cli, corpus: Path) -> None:
    out = cli("import", str(corpus / "csv/google-outlook/google_csv_current_synthetic.csv")).stdout
    assert "Imported: 3 created" in out
    assert "line 7: no name (it has only noreply-only@example.net)" in out


@pytest.mark.parametrize(
    ("make", "args", "message"),
    [
        (lambda d: d / "nope.csv", (), "no such file or folder"),
        (lambda d: _write(d / "empty.csv", b""), (), "cannot tell what this file is"),
        (lambda d: _write(d / "photo.vcf", b"\x89PNG\x00\x00"), (), "no BEGIN:VCARD"),
        (
            lambda d: _write(d / "Connections.csv", b"Name,Mail\nAda,a@b.c\n"),
            ("--format", "linkedin"),
            "no header with the expected columns",
        ),
        (lambda d: _zip(d / "export.zip"), (), "this zip has no Connections.csv"),
        (
            lambda d: _write(d / "x.csv", b"a,b\n"),
            ("--format", "xls"),
            "--format: 'xls' is not a format",
        ),
        (
            lambda d: _write(d / "x.csv", b"a,b\n"),
            ("--format", "csv"),
            "--map: a CSV file needs a column map",
        ),
        (
            lambda d: _write(d / "x.csv", b"a,b\n1,2\n"),
            ("--format", "csv", "--map", "a=nickname"),
            "'nickname' is not a field",
        ),
    ],
)
def test_files_that_are_not_what_they_claim_are_refused_whole(
    cli: Cli, tmp_path: Path, corpus: Path, make: object, args: tuple[str, ...], message: str
) -> None:
    cli.add("Someone")
    before = counts(cli.db)
    bad = make(tmp_path)  # type: ignore[operator]
    good = str(corpus / "csv/linkedin/Connections_2018_legacy_synthetic.csv")
    result = cli("import", good, str(bad), *args, code=2)
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert "Traceback" not in result.stderr
    assert counts(cli.db) == before


def test_strict_refuses_and_writes_nothing(cli: Cli, corpus: Path) -> None:
    path = str(corpus / "csv/linkedin/Connections_2024_synthetic.csv")
    result = cli("import", path, "--strict", code=2)
    assert "--strict: 1 row or card could not be imported" in result.stderr
    assert "line 9: no name, only a date" in result.stderr
    assert counts(cli.db) == (0, 0, 0)


def test_dupes_and_merge(cli: Cli, corpus: Path) -> None:
    cli.add("Ada Lovelace", "--company", "Babbage Ltd")
    cli("import", str(corpus / "csv/google-outlook/google_csv_legacy_synthetic.csv"))
    [pair] = cli.json("dupes")
    assert "company differs" in pair["evidence"]
    assert "Ada Lovelace" in cli("dupes").stdout
    result = cli("merge", "1", str(pair["other_id"]))
    other = f"{pair['other_name']} (#{pair['other_id']})"
    assert f"Merged {other} into Ada Lovelace (#1)" in result.stderr
    assert cli.json("dupes") == []
    assert cli.json("show", "1")["emails"] == ["ada@example.com", "ada@engines.example"]
    assert "cannot merge a contact into itself" in cli("merge", "1", "1", code=2).stderr


def test_export_to_stdout_and_files_and_restore(cli: Cli, tmp_path: Path) -> None:
    cli.add(
        "Ada Lovelace", "--email", "ada@example.com", "--circle", "inner", "--birthday", "12-10"
    )
    cli("log", "Ada", "--kind", "coffee", "--note", "engines")
    assert cli("export", "vcard").stdout_bytes.startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "VERSION:3.0" in cli("export", "vcard", "--version", "3.0").stdout
    assert cli("export", "csv").stdout.startswith("id,name,company")
    assert "BEGIN:VEVENT" in cli("export", "ics").stdout
    backup = tmp_path / "backup.json"
    cli("export", "json", "--out", str(backup))
    restored = Cli(tmp_path / "restored.db")
    assert "Restored 1 contact, 1 touch" in restored("restore", str(backup)).stderr
    assert restored.json("show", "Ada")["touches"][0]["note"] == "engines"
    restored("export", "json", "--out", str(tmp_path / "again.json"))
    assert backup.read_bytes() == (tmp_path / "again.json").read_bytes()
    cli("export", "markdown", "--out", str(tmp_path / "vault"))
    assert (tmp_path / "vault" / "People" / "Ada Lovelace.md").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export", "pdf"), "FORMAT: 'pdf' is not a format"),
        (("export", "markdown"), "--out: a Markdown export writes a folder"),
        (("export", "vcard", "--version", "2.1"), "--version: '2.1': use 4.0 or 3.0"),
        (("restore", "nope.json"), "nope.json: no such file"),
    ],
)
def test_export_and_restore_mistakes(cli: Cli, args: tuple[str, ...], message: str) -> None:
    assert message in cli(*args, code=2).stderr


def test_restore_refuses_a_database_with_contacts(cli: Cli, tmp_path: Path) -> None:
    cli.add("Ada")
    cli("export", "json", "--out", str(tmp_path / "b.json"))
    assert "needs an empty database" in cli("restore", str(tmp_path / "b.json"), code=2).stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Profile.csv", (LINKEDIN / "Profile.csv").read_bytes())
    return path


def test_adding_a_near_duplicate_says_so_and_dupes_lists_it(cli: Cli) -> None:
    cli.add("Priya Raman", "--company", "Lumina AI")
    result = cli("add", "Priya Ramen", "--company", "Lumina AI")
    assert "#1 Priya Raman at Lumina AI may be the same person" in result.stderr
    [pair] = cli.json("dupes")
    assert (pair["contact_id"], pair["other_id"]) == (1, 2)
    assert "one typo apart" in pair["evidence"]
