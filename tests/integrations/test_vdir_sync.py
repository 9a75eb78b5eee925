"""``sync vdir`` on a folder alone: a card made on a phone comes in with its X-NETGARDEN-*
values and keeps its own X- lines; nothing changed writes nothing; a dry run writes
nothing; a card that cannot be read archives no one; mistakes in PATH exit 2."""

from __future__ import annotations

import shutil
from pathlib import Path

from netgarden.services.database import open_database
from tests.conftest import FIXTURES, Cli

CARDS = FIXTURES / "vdir"


def stamps(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def changes(db: Path) -> int:
    database = open_database(db)
    try:
        with database.transaction(write=False) as unit:
            return unit.changes()
    finally:
        database.close()


def test_a_phones_card_comes_in_and_keeps_its_own_lines(cli: Cli, tmp_path: Path) -> None:
    vdir = tmp_path / "contacts"
    vdir.mkdir()
    shutil.copy(CARDS / "phone-card.vcf", vdir)
    said = cli.json("sync", "vdir", str(vdir))
    assert said["imported"] == ["Katherine Johnson"] and said["written"] == []
    kj = cli.json("show", "Katherine")
    assert (kj["company"], kj["title"], kj["circle"]) == ("NASA", "Mathematician", "middle")
    assert kj["interests"] == "orbits, trajectories"
    assert kj["emails"] == ["katherine@nasa.example"]
    cli("edit", "Katherine", "--title", "Research Mathematician")
    assert cli.json("sync", "vdir", str(vdir))["written"] == ["Katherine Johnson"]
    card = (vdir / "phone-card.vcf").read_text(encoding="utf-8")
    assert "UID:6B29FC40-CA47-1067-B31D-00DD010662DA" in card  # the phone's UID stays
    assert "TITLE:Research Mathematician" in card
    kept = [
        "X-ABShowAs:PERSON",
        "item1.X-ABLabel:work",
        "X-SOCIALPROFILE;type=twitter:x-apple:kj",
        "X-NETGARDEN-INTERESTS:orbits\\, trajectories",
        "X-NETGARDEN-CIRCLE:middle",
    ]
    assert [line for line in kept if line not in card] == []


def test_a_sync_with_nothing_changed_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    cli.add("Ada Lovelace", "--circle", "inner", "--every", "14", "--how-met", "a salon")
    cli.add("Grace Hopper", "--email", "grace@navy.example")
    vdir = tmp_path / "book"
    assert len(cli.json("sync", "vdir", str(vdir))["written"]) == 2
    assert "X-NETGARDEN-CADENCE-DAYS:14" in (vdir / "netgarden-contact-1.vcf").read_text()
    before, counter = stamps(vdir), changes(cli.db)
    again = cli("sync", "vdir", str(vdir))
    assert "in sync, nothing to do" in again.stdout
    assert stamps(vdir) == before and changes(cli.db) == counter


def test_a_dry_run_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    cli.add("Ada Lovelace")
    vdir = tmp_path / "book"
    vdir.mkdir()
    shutil.copy(CARDS / "phone-card.vcf", vdir)
    counter = changes(cli.db)
    said = cli("sync", "vdir", str(vdir), "--dry-run").stdout
    assert "1 new from the address book: Katherine Johnson" in said
    assert "1 written to the address book: Ada Lovelace" in said and "dry run" in said
    assert sorted(p.name for p in vdir.iterdir()) == ["phone-card.vcf"]
    assert changes(cli.db) == counter
    assert cli.json("search", "Katherine") == []
    fresh = tmp_path / "not-yet"
    assert cli.json("sync", "vdir", str(fresh), "--dry-run")["written"] == ["Ada Lovelace"]
    assert not fresh.exists()


def test_an_unreadable_card_archives_no_one(cli: Cli, tmp_path: Path) -> None:
    cli.add("Ada Lovelace")
    vdir = tmp_path / "book"
    cli("sync", "vdir", str(vdir))
    card = vdir / "netgarden-contact-1.vcf"
    card.write_text(card.read_text().split("END:VCARD")[0])  # cut off, as a crash would
    said = cli.json("sync", "vdir", str(vdir))
    assert said["archived"] == [] and "END:VCARD" in said["skipped"][0]
    assert cli.json("show", "Ada")["archived"] is False


def test_an_email_links_a_card_to_its_contact_instead_of_a_duplicate(
    cli: Cli, tmp_path: Path
) -> None:
    cli.add("Katherine Johnson", "--email", "katherine@nasa.example", "--title", "Engineer")
    vdir = tmp_path / "book"
    vdir.mkdir()
    shutil.copy(CARDS / "phone-card.vcf", vdir)
    said = cli.json("sync", "vdir", str(vdir))
    assert said["imported"] == [] and said["conflicts"] == ["Katherine Johnson"]
    assert len(cli.json("list")) == 1
    kj = cli.json("show", "Katherine")
    assert kj["title"] == "Engineer" and "title: Mathematician" in kj["notes"]


def test_mistakes_in_the_path(cli: Cli, tmp_path: Path) -> None:
    shutil.copy(CARDS / "broken.vcf", tmp_path)
    a_file = cli("sync", "vdir", str(tmp_path / "broken.vcf"), code=2)
    assert a_file.stderr.startswith("error: PATH: ") and "is a file" in a_file.stderr
    nowhere = cli("sync", "vdir", str(tmp_path / "no" / "such"), code=2)
    assert "does not exist" in nowhere.stderr and "Traceback" not in nowhere.stderr
    said = cli.json("sync", "vdir", str(tmp_path))
    assert said["skipped"] == [
        "broken.vcf: card is not closed (no END:VCARD); the file may be cut off"
    ]
