"""LinkedIn, Google and Outlook CSV: the public samples and our own fixtures."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from netgarden.formats.address_book import (
    parse_column_map,
    parse_google,
    parse_mapped,
    parse_outlook,
)
from netgarden.formats.dates import parse_birthday_text, parse_loose_date
from netgarden.formats.detect import detect
from netgarden.formats.linkedin import parse_connections, parse_invitations, parse_messages
from netgarden.formats.records import FormatError, PersonRecord, Skipped, TouchRecord
from tests.conftest import FIXTURES

LINKEDIN = FIXTURES / "linkedin"


def people(records: list[object]) -> list[PersonRecord]:
    return [r for r in records if isinstance(r, PersonRecord)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("07 Feb 2026", dt.date(2026, 2, 7)),
        ("1/8/18, 6:14 PM", dt.date(2018, 1, 8)),
        ("6-Feb-26", dt.date(2026, 2, 6)),
        ("2025-10-06 23:49:02 UTC", dt.date(2025, 10, 6)),
        ("9/27/25, 8:41 AM", dt.date(2025, 9, 27)),
        ("12/10/1815", dt.date(1815, 12, 10)),
        ("nonsense", None),
    ],
)
def test_export_dates(text: str, day: dt.date | None) -> None:
    assert parse_loose_date(text) == day


def test_birthdays_from_address_books() -> None:
    assert parse_birthday_text("--07-21") == "--07-21"
    assert parse_birthday_text("--0721") == "--07-21"
    assert parse_birthday_text("1815-12-10") == "1815-12-10"
    assert parse_birthday_text("0/0/00") is None
    assert parse_birthday_text("1980-02-30") is None


def test_linkedin_current_layout_with_preamble_and_quirks(corpus: Path) -> None:
    path = corpus / "csv/linkedin/Connections_2024_synthetic.csv"
    records = list(parse_connections(io.BytesIO(path.read_bytes()), path.name))
    found = {p.name: p for p in people(records)}
    assert set(found) == {
        "Ada Lovelace", "Grace Hopper, PhD", "José Müller-Łukasiewicz", "Sam 🚀 Lee", "Li Wei",
        'Dana "DJ" Jones',
    }  # fmt: skip
    assert found["Ada Lovelace"].company == "Analytical Engines, Ltd."
    assert found["Ada Lovelace"].connected_on == dt.date(2026, 2, 7)
    assert found["Grace Hopper, PhD"].emails == ["grace@example.com"]
    assert (
        found["José Müller-Łukasiewicz"].linkedin_url == "https://www.linkedin.com/in/josé-müller"
    )
    assert found["Sam 🚀 Lee"].company == "Rocket Co"
    assert found['Dana "DJ" Jones'].title == "VP, Sales & Marketing"
    [skipped] = [r for r in records if isinstance(r, Skipped)]
    assert (skipped.line, skipped.reason) == (9, "no name, only a date")


def test_linkedin_2018_and_excel_layouts(corpus: Path) -> None:
    legacy = corpus / "csv/linkedin/Connections_2018_legacy_synthetic.csv"
    ada, alan = people(list(parse_connections(io.BytesIO(legacy.read_bytes()), legacy.name)))
    assert (ada.connected_on, ada.emails, alan.company) == (
        dt.date(2018, 1, 8),
        ["ada@example.com"],
        "NPL, Teddington",
    )
    excel = corpus / "csv/linkedin/Connections_excel_resaved_synthetic.csv"
    assert people(list(parse_connections(io.BytesIO(excel.read_bytes()), excel.name)))[
        0
    ].connected_on == (dt.date(2026, 2, 6))


def test_linkedin_header_only_file_gives_nothing(corpus: Path) -> None:
    path = corpus / "csv/linkedin/Connections_2024_preamble_and_header_VERBATIM.csv"
    assert list(parse_connections(io.BytesIO(path.read_bytes()), path.name)) == []


def test_bom_crlf_and_stray_spaces() -> None:
    path = LINKEDIN / "Connections_bom_crlf.csv"
    ada, alan = people(list(parse_connections(io.BytesIO(path.read_bytes()), path.name)))
    assert ada.connected_on == dt.date(2026, 2, 6)
    assert (alan.name, alan.emails, alan.linkedin_url) == (
        "Alan Turing",
        ["ALAN@Example.com"],
        "https://www.linkedin.com/in/alan-turing",
    )


def test_messages_know_which_side_is_me_from_the_profile() -> None:
    records = list(
        parse_messages(io.BytesIO((LINKEDIN / "messages.csv").read_bytes()), "m", "Ada Lovelace")
    )
    touches = [r for r in records if isinstance(r, TouchRecord)]
    out, reply, group, stranger = touches
    assert (out.direction, [p.name for p in out.people]) == ("out", ["Alan Turing"])
    assert out.note == "Thanks! See you Tuesday, then."
    assert (reply.direction, [p.name for p in reply.people]) == ("in", ["Alan Turing"])
    assert group.direction == "in"
    assert [p.linkedin_url for p in group.people] == [
        "https://www.linkedin.com/in/grace-hopper-phd",
        "https://www.linkedin.com/in/alan-turing",
    ]
    assert stranger.people[0].name == "Stranger Danger"
    [bad] = [r for r in records if isinstance(r, Skipped)]
    assert "no readable date" in bad.reason and bad.line == 7


def test_without_a_profile_the_owner_is_who_is_in_every_conversation() -> None:
    touches = [
        r for r in parse_messages(io.BytesIO((LINKEDIN / "messages.csv").read_bytes()), "m", None)
        if isinstance(r, TouchRecord)
    ]  # fmt: skip
    assert [t.direction for t in touches] == ["out", "in", "in", "in"]


def test_invitations_become_touches(corpus: Path) -> None:
    path = corpus / "csv/linkedin/Invitations_synthetic.csv"
    out, incoming = list(parse_invitations(io.BytesIO(path.read_bytes()), path.name, None))
    assert isinstance(out, TouchRecord) and isinstance(incoming, TouchRecord)
    assert (out.direction, out.people[0].name) == ("out", "Alan Turing")
    assert out.note == "LinkedIn connection request: Hi Alan, great talk today, let's connect."
    assert (incoming.direction, incoming.people[0].name) == ("in", "Grace Hopper")


def test_google_current_layout(corpus: Path) -> None:
    path = corpus / "csv/google-outlook/google_csv_current_synthetic.csv"
    records = list(parse_google(io.BytesIO(path.read_bytes()), path.name))
    ada, jurgen, nameless, zoe = records
    assert isinstance(ada, PersonRecord)
    assert ada.emails == ["ada@example.com", "ada.l@example.org", "ada@engines.example"]
    assert ada.phones == ["+44 20 7946 0000", "+44 7700 900000"]
    assert ada.tags == ["Friends"]
    assert ada.linkedin_url == "https://www.linkedin.com/in/ada-lovelace-0a1b2c3d"
    assert ada.notes == "Met at the Babbage salon.\nFollow up about the notes on the Engine."
    assert isinstance(jurgen, PersonRecord) and jurgen.birthday == "--03-15"
    assert isinstance(nameless, Skipped) and "noreply-only@example.net" in nameless.reason
    assert isinstance(zoe, PersonRecord) and zoe.name == "Zoë Smith, Jr."


def test_google_legacy_layout(corpus: Path) -> None:
    path = corpus / "csv/google-outlook/google_csv_legacy_synthetic.csv"
    ada, ivan = people(list(parse_google(io.BytesIO(path.read_bytes()), path.name)))
    assert (ada.company, ada.title, ada.tags) == (
        "Analytical Engines",
        "Head of Research",
        ["Friends"],
    )
    assert ivan.name == "Имя Фамилия"


@pytest.mark.parametrize(
    "name", ["outlook_com_61col_synthetic.csv", "outlook_desktop_92col_synthetic.csv"]
)
def test_outlook_layouts(corpus: Path, name: str) -> None:
    [ada] = people(
        list(parse_outlook(io.BytesIO((corpus / "csv/google-outlook" / name).read_bytes()), name))
    )
    assert (ada.name, ada.company, ada.emails, ada.phones) == (
        "Ada Lovelace", "Analytical Engines", ["ada@example.com"], ["+44 7700 900000"],
    )  # fmt: skip


def test_outlook_com_keeps_birthday_and_multiline_notes(corpus: Path) -> None:
    name = "outlook_com_61col_synthetic.csv"
    [ada] = people(
        list(parse_outlook(io.BytesIO((corpus / "csv/google-outlook" / name).read_bytes()), name))
    )
    assert (ada.birthday, ada.notes) == ("1815-12-10", "Line one\nLine two")


def test_detection(corpus: Path) -> None:
    base = corpus / "csv"
    expected = {
        "linkedin/Connections_2024_synthetic.csv": "linkedin",
        "linkedin/Connections_2018_legacy_synthetic.csv": "linkedin",
        "linkedin/Connections_excel_resaved_synthetic.csv": "linkedin",
        "linkedin/messages_synthetic.csv": "linkedin-messages",
        "linkedin/Invitations_synthetic.csv": "linkedin-invitations",
        "google-outlook/google_csv_current_synthetic.csv": "google",
        "google-outlook/google_csv_legacy_synthetic.csv": "google",
        "google-outlook/outlook_com_61col_synthetic.csv": "outlook",
        "google-outlook/outlook_desktop_92col_synthetic.csv": "outlook",
    }
    assert {name: detect(name, (base / name).read_bytes()) for name in expected} == expected
    assert detect("x.csv", b"a,b,c\n1,2,3\n") is None


def test_mapped_csv() -> None:
    data = "Full Name,Org,Mail,Labels\nAda Lovelace,Engines,ada@example.com,ai;mentor\n,,x@y.z,\n"
    mapping = parse_column_map("Full Name=name, Org=company, Mail=email, Labels=tags")
    ada, nameless = list(parse_mapped(io.BytesIO(data.encode()), "m.csv", mapping))
    assert isinstance(ada, PersonRecord)
    assert (ada.company, ada.emails, ada.tags) == ("Engines", ["ada@example.com"], ["ai", "mentor"])
    assert isinstance(nameless, Skipped) and nameless.line == 3


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("Name=nickname", "'nickname' is not a field"),
        ("Name", "is not COLUMN=field"),
        ("Org=company", "map a column to name"),
    ],
)
def test_bad_column_maps(spec: str, message: str) -> None:
    from netgarden.errors import InvalidValue

    with pytest.raises(InvalidValue, match=message) as caught:
        parse_column_map(spec)
    assert caught.value.field == "column_map"


def test_a_mapped_column_that_is_not_there() -> None:
    with pytest.raises(FormatError, match="no column 'Name'; the columns are: a, b"):
        list(parse_mapped(io.BytesIO(b"a,b\n1,2\n"), "m.csv", {"Name": "name"}))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary\x00" * 10, "binary data"),
        (b"Name,Email\nAda,ada@example.com\n", "no header with the expected columns"),
    ],
)
def test_files_that_are_not_connections_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        list(parse_connections(io.BytesIO(data), "Connections.csv"))
