"""One small fixture file per format edge case (tests/fixtures/edge), read the way an import
reads it (recognised, then parsed as a stream), so the cases that matter run without the
shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from netgarden.errors import UserError
from netgarden.formats.records import PersonRecord, Record, Skipped
from netgarden.services.database import Unit
from netgarden.services.importing import import_sources, open_sources
from tests.conftest import FIXTURES, NOW

EDGE = FIXTURES / "edge"


def records(name: str) -> list[Record]:
    return [r for source in open_sources([EDGE / name], None, None) for r in source.records()]


def people(name: str) -> list[tuple[int, str]]:
    return [(r.line, r.name) for r in records(name) if isinstance(r, PersonRecord)]


ADA_ALAN = [(2, "Ada Lovelace"), (3, "Alan Turing")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("google_bom_crlf.csv", ADA_ALAN),
        ("google_cr_only.csv", ADA_ALAN),  # old Mac line ends
        # a quoted cell over two lines: the next row starts on line 4, and says so
        ("google_quoted_newline.csv", [(2, "Ada Lovelace"), (4, "Alan Turing"),
                                       (5, "Grace Hopper")]),
        ("google_latin1.csv", [(2, "José García"), (3, "François Müller"),
                               (4, "Renée Lefèvre"), (5, "Søren Ærø")]),
        ("google_header_only.csv", []),
        ("Connections_header_only.csv", []),  # LinkedIn's "Notes:" preamble, no one yet
        ("google_duplicate_row.csv", [(2, "Ada Lovelace"), (3, "Ada Lovelace"),
                                      (4, "Grace Hopper"), (5, "Grace Hopper")]),
        ("bom.vcf", [(1, "Ada Lovelace")]),
        ("cr_only.vcf", [(1, "Ada Lovelace"), (5, "Alan Turing")]),
        ("folded.vcf", [(1, "Ada Lovelace")]),
        ("folded_inside_a_character.vcf", [(1, "Zoë Ångström")]),
        ("utf16be_no_bom.vcf", [(1, "Zoë Ångström")]),  # as Apple writes them
        ("quoted_printable_soft_break.vcf", [(1, "Jürgen Müller")]),
        ("latin1_charset.vcf", [(1, "José García")]),
        ("duplicate_card.vcf", [(1, "Ada Lovelace"), (6, "Ada Lovelace")]),
    ],
)  # fmt: skip
def test_each_edge_case_reads_as_it_should(name: str, expected: list[tuple[int, str]]) -> None:
    found = records(name)
    assert not [r for r in found if isinstance(r, Skipped)]
    assert people(name) == expected


def test_cells_keep_their_commas_quotes_and_line_breaks() -> None:
    notes = {r.name: r.notes for r in records("google_quoted_newline.csv")
             if isinstance(r, PersonRecord)}  # fmt: skip
    assert notes["Ada Lovelace"] == "first line\r\nsecond line, with a comma"
    assert notes["Grace Hopper"] == '"Amazing" Grace'


def test_folded_vcard_lines_are_joined_without_their_fold() -> None:
    [ada] = records("folded.vcf")
    assert isinstance(ada, PersonRecord)
    assert ada.emails == ["ada@example.org"]
    assert ada.notes == "A note folded with a tab and a space in the middle of a word"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "it is empty"),
        ("blank_lines_only.csv", "it is empty"),
        ("binary.csv", "it holds binary data"),
        ("empty.vcf", "no BEGIN:VCARD"),
        ("no_cards.vcf", "no BEGIN:VCARD"),
    ],
)
def test_a_file_with_nothing_to_import_says_why(name: str, message: str) -> None:
    with pytest.raises(UserError, match=message) as refused:
        records(name)
    assert str(refused.value).startswith(str(EDGE / name))


@pytest.mark.parametrize("name", ["google_duplicate_row.csv", "duplicate_card.vcf"])
def test_a_duplicate_row_is_one_contact(unit: Unit, name: str) -> None:
    summary = import_sources(unit, open_sources([EDGE / name], None, None), NOW)
    distinct = len({n for _, n in people(name)})
    assert (summary.created, summary.unchanged + summary.updated) == (
        distinct,
        len(people(name)) - distinct,
    )
    assert unit.contacts.count() == distinct


def test_every_edge_fixture_is_used() -> None:
    used = Path(__file__).read_text(encoding="utf-8")
    assert [p.name for p in sorted(EDGE.iterdir()) if f'"{p.name}"' not in used] == []
