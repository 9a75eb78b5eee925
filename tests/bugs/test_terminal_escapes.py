"""Terminal escape injection: a name or company carrying ESC sequences (from an import or
typed) was printed raw by ``list`` and ``show``, so a vCard could clear the screen, recolour
it or retitle the window. Control characters are stripped from stored text (newlines and
tabs stay in notes), and the CLI shows any that are stored anyway as visible escapes."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.conftest import FIXTURES, Cli

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
TEXT = ("name", "company", "title", "notes", "how_met", "location")


def stored(db: Path) -> list[tuple[str | None, ...]]:
    with closing(sqlite3.connect(db)) as raw:
        rows = raw.execute(f"SELECT {', '.join(TEXT)} FROM contacts").fetchall()
        rows += raw.execute("SELECT email, '' FROM contact_emails").fetchall()
        rows += raw.execute("SELECT number, coalesce(e164, '') FROM contact_phones").fetchall()
        rows += raw.execute("SELECT tag, '' FROM contact_tags").fetchall()
        rows += raw.execute("SELECT coalesce(note, ''), '' FROM touches").fetchall()
    return rows


def test_an_imported_card_stores_no_control_characters(cli: Cli, db_path: Path) -> None:
    cli("import", str(FIXTURES / "escape-sequences.vcf"))
    rows = stored(db_path)
    assert not [v for row in rows for v in row if v and CONTROL.search(v)], rows
    [contact] = cli.json("list")
    assert contact["name"] == "Eve Mallory"
    shown = cli.json("show", str(contact["id"]))
    assert shown["company"] == "Acme Corp"
    assert shown["title"] == "Boss"
    assert shown["notes"] == "first line\nsecond line"  # a note keeps its lines
    assert shown["tags"] == ["vip"]
    for command in (["list"], ["show", str(contact["id"])], ["search", "eve"]):
        out = cli(*command).stdout
        assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out, command
        assert "Eve Mallory" in out


def test_typed_text_is_stored_without_control_characters(cli: Cli, db_path: Path) -> None:
    ada = cli.add(
        "Ada\x1b[31m Lovelace", "--company", "Analytical\x1b]0;x\x07 Engines",
        "--note", "line\tone\r\nline two\x1b[2K", "--how-met", "at\x00 a\nsalon",
        "--title", "Countess\nof Lovelace",
    )  # fmt: skip
    cli("log", str(ada), "--kind", "call", "--note", "talked\x1b[8m shop")
    assert not [v for row in stored(db_path) for v in row if v and CONTROL.search(v)]
    shown = cli.json("show", str(ada))
    assert (shown["name"], shown["company"]) == ("Ada Lovelace", "Analytical Engines")
    assert shown["notes"] == "line\tone\nline two"
    assert shown["how_met"] == "at a\nsalon"
    assert shown["title"] == "Countess of Lovelace"  # one line: the newline is a space


def test_the_cli_shows_stored_control_characters_as_escapes(cli: Cli, db_path: Path) -> None:
    """Text stored before this fix, or restored from a backup, never reaches the terminal
    as control characters."""
    ada = cli.add("Ada Lovelace", "--company", "Engines")
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute(
            "UPDATE contacts SET name = 'Ada \x1b[2JLovelace', company = 'Eng\x1b]0;x\x07ines', "
            "notes = 'a\x1b[1Ab' WHERE id = ?",
            (ada,),
        )
        raw.commit()
    for command in (["list"], ["show", str(ada)], ["today"], ["log", str(ada), "--kind", "call"]):
        result = cli(*command)
        assert "\x1b" not in result.stdout + result.stderr, command
        assert "\x07" not in result.stdout + result.stderr, command
    assert "Ada \\x1b[2JLovelace" in cli("show", str(ada)).stdout


def test_a_card_whose_name_is_only_escapes_is_skipped(cli: Cli, tmp_path: Path) -> None:
    card = tmp_path / "blank.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\x1b[2J\x1b[0m\r\nEND:VCARD\r\n")
    out = cli("import", str(card)).stdout
    assert "0 created" in out and "line 1: name: a contact needs a name" in out
    assert cli.json("list") == []


def test_clean_text_keeps_what_is_not_a_control_character() -> None:
    from netgarden.domain.normalize import clean_text, strip_controls

    assert strip_controls("Zoë Ångström — 東京 🙂") == "Zoë Ångström — 東京 🙂"
    assert clean_text("a\x1b[31mb\x1b[0m\tc", multiline=False) == "ab c"
    assert clean_text("one\r\ntwo\x07\rthree") == "one\ntwo\nthree"
    # a stray OSC start takes nothing after it with it
    assert clean_text("keep \x1b]0 all of this") == "keep 0 all of this"
    assert clean_text("\x1b]0;title\x07after") == "after"
