"""CSV as people really have it: semicolons (European Excel), Excel's "Unicode text" (UTF-16,
tabs), Thunderbird's export, other address books' column names; a cut-off last row and an
unclosed quote are reported, never imported as if whole. One fixture file per dialect."""

from __future__ import annotations

from pathlib import Path

import pytest

from netgarden.formats.detect import detect
from netgarden.formats.records import PersonRecord, Record, Skipped
from netgarden.services.importing import open_sources
from tests.conftest import FIXTURES

CSV = FIXTURES / "csv"


def records(name: str) -> list[Record]:
    [source] = open_sources([CSV / name], None, None)
    return list(source.records())


def people(name: str) -> dict[str, PersonRecord]:
    return {r.name: r for r in records(name) if isinstance(r, PersonRecord)}


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("outlook_semicolon_cp1252.csv", "outlook"),
        ("google_unicode_text.txt", "google"),
        ("thunderbird.csv", "address-book"),
        ("address_book_generic.csv", "address-book"),
    ],
)
def test_each_dialect_is_recognised(name: str, found: str) -> None:
    assert detect(name, (CSV / name).read_bytes()) == found


def test_semicolons_and_windows_1252_from_european_excel() -> None:
    found = people("outlook_semicolon_cp1252.csv")
    assert set(found) == {"Jürgen Müller", "Zoë Ådams"}
    jurgen = found["Jürgen Müller"]
    assert (jurgen.company, jurgen.title) == ("Bäckerei Müller GmbH", "Geschäftsführer")
    assert jurgen.notes == "Kaffee; Kuchen" and jurgen.phones == ["+49 30 1234567"]


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    found = people("google_unicode_text.txt")
    assert set(found) == {"山田 太郎", "Zoë Ådams"}
    assert found["山田 太郎"].company == "株式会社例"
    assert found["Zoë Ådams"].tags == ["Paris"]


def test_thunderbird_columns_are_read() -> None:
    found = records("thunderbird.csv")
    ada, grace, nameless = found
    assert isinstance(ada, PersonRecord) and isinstance(grace, PersonRecord)
    assert (ada.name, ada.company, ada.title) == ("Ada Lovelace", "Analytical Engines", "Analyst")
    assert ada.emails == ["ada@example.org", "countess@example.net"]
    assert ada.phones == ["+44 20 7946 0000"]
    assert ada.linkedin_url == "https://www.linkedin.com/in/ada-lovelace"
    assert (ada.birthday, ada.location) == ("1815-12-10", "London, United Kingdom")
    assert ada.notes == "Met at the Difference Engine demo"
    assert (grace.name, grace.birthday, grace.location) == ("Grace Hopper", "--12-09", "Arlington")
    assert isinstance(nameless, Skipped) and nameless.line == 4


def test_other_address_books_columns_are_mapped() -> None:
    found = people("address_book_generic.csv")
    katherine = found["Katherine Johnson"]
    assert katherine.emails == ["katherine@example.gov", "kj@example.com"]
    assert (katherine.company, katherine.title) == ("NASA Langley", "Mathematician")
    assert katherine.location == "Hampton, USA" and katherine.notes == "Computed trajectories"
    assert found["Dorothy Vaughan"].emails == ["dorothy@example.gov"]


def test_columns_that_name_no_person_are_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "things.csv"
    path.write_text("Item,Price,Email\nTea,3,shop@example.com\n")
    assert detect(path.name, path.read_bytes()) is None


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        ("google_truncated.csv", 3, "the file ends inside this row (3 of 5 columns)"),
        ("google_unclosed_quote.csv", 3, "a quote opens in this row and never closes"),
    ],
)
def test_a_damaged_last_row_is_reported_not_imported(name: str, line: int, reason: str) -> None:
    found = records(name)
    assert [r.name for r in found if isinstance(r, PersonRecord)] == ["Ada Lovelace"]
    [skipped] = [r for r in found if isinstance(r, Skipped)]
    assert skipped.line == line and skipped.reason.startswith(reason)
