"""A JSON backup carries the calendar feed's token and sequences and the vdir sync's state:
restored, the same feed address works, and a sync finds nothing to do."""

from __future__ import annotations

from pathlib import Path

from netgarden.services.database import open_database
from netgarden.services.exporting import export_network, restore_backup
from netgarden.services.feed import feed_address, serve_feed
from tests.conftest import NOW, TODAY, Cli


def backup(db: Path, out: Path) -> bytes:
    database = open_database(db)
    with database.transaction() as unit:
        export_network(unit, "json", out, "4.0", TODAY)
    database.close()
    return out.read_bytes()


def test_restore_keeps_the_feed_and_the_sync_state(cli: Cli, tmp_path: Path) -> None:
    cli.add("Ada Lovelace", "--birthday", "1815-12-10", "--circle", "inner")
    vdir = tmp_path / "book"
    cli("sync", "vdir", str(vdir))
    database = open_database(cli.db)
    with database.transaction() as unit:
        token = feed_address(unit, "http://127.0.0.1:8000", NOW).token
    served = serve_feed(database, token, TODAY, NOW)
    database.close()
    assert served is not None
    first = backup(cli.db, tmp_path / "a.json")
    assert b'"feed_tokens"' in first and b'"sync_cards"' in first and b'"feed_items"' in first
    restored_db = tmp_path / "restored.db"
    target = open_database(restored_db)
    with target.transaction() as unit:
        restore_backup(unit, tmp_path / "a.json")
    assert serve_feed(target, token, TODAY, NOW) == served
    target.close()
    assert backup(restored_db, tmp_path / "b.json") == first
    again = Cli(restored_db)("sync", "vdir", str(vdir))
    assert "in sync, nothing to do" in again.stdout
