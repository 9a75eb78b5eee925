"""One bad value is one skipped row with its line and reason, never an aborted import;
what a network cannot hold (a 10-million-character name, a NUL, year 9999) never gets in."""

from __future__ import annotations

from pathlib import Path

import pytest

from netgarden.services.database import Unit
from netgarden.services.importing import ImportSummary, import_sources, open_sources
from tests.conftest import NOW

HEADER = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def run(unit: Unit, tmp_path: Path, name: str, data: bytes) -> ImportSummary:
    path = tmp_path / name
    path.write_bytes(data)
    return import_sources(unit, open_sources([path], None, None), NOW)


def card(*lines: str) -> bytes:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""]).encode()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("ipv6.vcf", card("FN:Ada Lovelace", "URL:https://[linkedin.com/in/ada")),
        ("Connections.csv", HEADER + b"Ada,Lovelace,https://[linkedin.com/in/ada,,,,01 Feb 2026\n"),
        ("base64.vcf", card("FN;CHARSET=base64:Ada Lovelace")),
        ("nul-charset.vcf", card("FN;CHARSET=ut\x00f-8:Ada Lovelace")),
        ("rot13.vcf", card("FN;CHARSET=rot13:Ada Lovelace")),
        ("idna.vcf", card("FN;CHARSET=idna:Ada..Lovelace")),
    ],
)
def test_a_strange_value_does_not_abort_the_import(
    unit: Unit, tmp_path: Path, name: str, data: bytes
) -> None:
    summary = run(unit, tmp_path, name, data)
    assert summary.created == 1
    [contact] = unit.contacts.everyone()
    assert "Ada" in contact.name and contact.linkedin_url is None


def test_a_too_long_name_is_a_skipped_row_with_its_line(unit: Unit, tmp_path: Path) -> None:
    rows = HEADER + b"Grace,Hopper,,,,,01 Feb 2026\n" + b"A" * 400 + b",L,,,,,01 Feb 2026\n"
    summary = run(unit, tmp_path, "Connections.csv", rows)
    assert summary.created == 1
    [skipped] = summary.skipped
    assert (skipped.line, skipped.reason) == (3, "name: 402 characters; a name has at most 300")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("TITLE:" + "t" * 301, "title: 301 characters; at most 300"),
        ("NOTE:" + "n" * 20_001, "notes: 20,001 characters; at most 20,000"),
        ("BDAY:9999-12-31", "birthday: 9999-12-31 is out of range; use a year from 1800 to 2999"),
    ],
)
def test_a_value_past_the_limits_skips_its_card(
    unit: Unit, tmp_path: Path, line: str, reason: str
) -> None:
    summary = run(unit, tmp_path, "x.vcf", card("FN:Ada Lovelace", line) + card("FN:Grace"))
    assert summary.created == 1
    assert [(s.line, s.reason) for s in summary.skipped] == [(1, reason)]


def test_control_characters_never_reach_a_stored_name(unit: Unit, tmp_path: Path) -> None:
    data = card("FN:Ada\x00 Love\x1b[31mlace\x07", "ORG:Analytical\x00 Engines")
    data += card("FN:\x00\x00")
    summary = run(unit, tmp_path, "x.vcf", data)
    [contact] = unit.contacts.everyone()
    assert contact.name == "Ada Lovelace"  # the whole escape sequence goes
    assert contact.company == "Analytical Engines"
    assert [s.reason for s in summary.skipped] == ["name: a contact needs a name"]


def test_a_google_birthday_in_year_9999_skips_the_row(unit: Unit, tmp_path: Path) -> None:
    data = b"First Name,Last Name,Birthday,Labels\nAda,Lovelace,9999-12-31,\nGrace,Hopper,,\n"
    summary = run(unit, tmp_path, "google.csv", data)
    assert summary.created == 1
    assert [s.line for s in summary.skipped] == [2]


def test_a_birthday_stored_in_year_9999_before_the_check_does_not_break_the_calendar(
    unit: Unit,
) -> None:
    from netgarden.services.contacts import ContactInput, add_contact
    from netgarden.services.exporting import export_network
    from tests.conftest import TODAY

    ada = add_contact(unit, ContactInput(name="Ada"), NOW, TODAY)
    unit.contacts.update(ada, {"birthday": "9999-12-31"}, NOW)  # as an older version let in
    calendar = export_network(unit, "ics", None, "4.0", TODAY)
    assert calendar is not None and b"Ada's birthday" in calendar
