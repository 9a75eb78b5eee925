"""vCard parsing: every public corpus file, and our own fixtures for each quirk."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from netgarden.formats.records import FormatError, PersonRecord, Skipped
from netgarden.formats.vcard import parse
from tests.conftest import FIXTURES

NO_NAME = "card has no name (no FN, N or ORG)"

# What each corpus file must give: a person's name, or a skip with its reason.
CORPUS_TABLE: dict[str, list[str]] = {
    "aosp-vcard/v21_adr_multiple_line.vcf": ["bogus"],
    "aosp-vcard/v21_android_custom_prop.vcf": [f"skip:{NO_NAME}"],
    "aosp-vcard/v21_backslash.vcf": ["A;B\\C;D:E\\"],
    "aosp-vcard/v21_base64_no_2_crlf.vcf": ["fullname"],
    "aosp-vcard/v21_blackberry_photo.vcf": ["boogie"],
    "aosp-vcard/v21_complicated.vcf": ["Joe Due"],
    "aosp-vcard/v21_im.vcf": [f"skip:{NO_NAME}"],
    "aosp-vcard/v21_invalid_comment_line.vcf": ["Conference Call"],
    "aosp-vcard/v21_invalid_multiple_line.vcf": ["Omega"],
    "aosp-vcard/v21_japanese_1.vcf": ["安藤ロイド"],
    "aosp-vcard/v21_japanese_2.vcf": ["安藤 ロイド 1"],
    "aosp-vcard/v21_japanese_3.vcf": ["伊能 圭一 伊予"],
    "aosp-vcard/v21_malformed_photo.vcf": ["fullname"],
    "aosp-vcard/v21_multiple_entry.vcf": ["安藤ロイド3", "安藤ロイド4", "安藤ロイド5"],
    "aosp-vcard/v21_nest.vcf": ["parent"],
    "aosp-vcard/v21_org_before_title.vcf": ["Normal Guy"],
    "aosp-vcard/v21_pref_handling.vcf": ["Smith"],
    "aosp-vcard/v21_simple_1.vcf": ["Roid Ando"],
    "aosp-vcard/v21_simple_2.vcf": ["Ando Roid"],
    "aosp-vcard/v21_simple_3.vcf": ["Ando Roid"],
    "aosp-vcard/v21_sip.vcf": ["Android"],
    "aosp-vcard/v21_title_before_org.vcf": ["Nice Guy"],
    "aosp-vcard/v21_winmo_65.vcf": ["Example"],
    "aosp-vcard/v21_x_android_custom_after_photo.vcf": ["Roid Ando"],
    "aosp-vcard/v21_x_param.vcf": ["Roid Ando"],
    "aosp-vcard/v30_comma_separated.vcf": ["G M F"],
    "aosp-vcard/v30_ios_613_multiline.vcf": ["Bob Smith"],
    "aosp-vcard/v30_japanese.vcf": ["伊能 圭一 伊予"],
    "aosp-vcard/v30_multibyte_param.vcf": ["G M F"],
    "aosp-vcard/v30_pager.vcf": ["G M F"],
    "aosp-vcard/v30_pause_wait.vcf": ["Pause Wait"],
    "aosp-vcard/v30_simple.vcf": ["And Roid"],
    "aosp-vcard/v30_sip.vcf": ["Android"],
    "aosp-vcard/v40_sip.vcf": ["安藤 ロイド"],
    "aosp-vcard/v40_sort_as.vcf": ["安藤 ロイド"],
    "ez-vcard/John_Doe_BLACK_BERRY.vcf": ["John Doe"],
    "ez-vcard/John_Doe_EVOLUTION.vcf": ["Mr. John Richter, James Doe Sr."],
    "ez-vcard/John_Doe_GMAIL.vcf": ["Mr. John Richter, James Doe Sr."],
    "ez-vcard/John_Doe_IPHONE.vcf": ["Mr. John Richter James Doe Sr."],
    "ez-vcard/John_Doe_LOTUS_NOTES.vcf": ["Mr. Doe John I Johny"],
    "ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf": ["Mr. John Richter,James Doe Sr."],
    "ez-vcard/John_Doe_MS_OUTLOOK.vcf": ["Mr. John Richter James Doe Sr."],
    "ez-vcard/fullcontact.vcf": ["Prefix FirstName MiddleName LastName Suffix"],
    "ez-vcard/gmail-list.vcf": ["Arnold Smith", "Chris Beatle", "Doug White"],
    "ez-vcard/gmail-single.vcf": ["Greg Dartmouth"],
    "ez-vcard/gmail-single2.vcf": ["VCard Test"],
    "ez-vcard/issue114.vcf": ["Dummy, Dummy"],
    "ez-vcard/outlook-2003.vcf": ["John Doe III"],
    "ez-vcard/outlook-2007.vcf": ["Mr. Michael Angstadt Jr."],
    "ez-vcard/rfc2426-example.vcf": ["Frank Dawson", "Tim Howes"],
    "ez-vcard/rfc6350-example.vcf": ["Simon Perreault"],
    "ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf": ["John Doe"],
    "sabre-vobject/issue153.vcf": ["Test Benutzer"],
    "sabre-vobject/issue64.vcf": [f"skip:{NO_NAME}"],
    "vobject/radicale-1587.vcf": ["Given Family"],
    "vobject/radicale_0731_davdroid.vcf": ["John Doe"],
}


def outcome(record: object) -> str:
    if isinstance(record, Skipped):
        return f"skip:{record.reason}"
    assert isinstance(record, PersonRecord)
    return record.name


def test_the_table_covers_every_corpus_file(corpus: Path) -> None:
    files = {str(p.relative_to(corpus / "vcard")) for p in (corpus / "vcard").rglob("*.vcf")}
    assert files - {"ez-vcard/John_Doe_ANDROID.vcf"} == set(CORPUS_TABLE)


@pytest.mark.parametrize("name", sorted(CORPUS_TABLE))
def test_each_corpus_file_gives_what_it_must(corpus: Path, name: str) -> None:
    records = list(parse(io.BytesIO((corpus / "vcard" / name).read_bytes()), name))
    assert [outcome(r) for r in records] == CORPUS_TABLE[name]


def test_android_export_with_nameless_cards_and_quoted_printable(corpus: Path) -> None:
    name = "ez-vcard/John_Doe_ANDROID.vcf"
    records = list(parse(io.BytesIO((corpus / "vcard" / name).read_bytes()), name))
    outcomes = [outcome(r) for r in records]
    assert outcomes[:2] == [f"skip:{NO_NAME}"] * 2
    assert "Ñ Ñ Ñ Ñ Ñ" in outcomes
    assert all(isinstance(r, Skipped) and r.line > 0 for r in records[:2])


def test_details_come_through(corpus: Path) -> None:
    [joe] = parse(io.BytesIO((corpus / "vcard/aosp-vcard/v21_complicated.vcf").read_bytes()), "x")
    assert isinstance(joe, PersonRecord)
    assert (joe.company, joe.birthday) == ("Gump Shrimp Co.", "1980-01-01")
    assert "forrestgump@walladalla.com" in joe.emails
    [simon] = parse(io.BytesIO((corpus / "vcard/ez-vcard/rfc6350-example.vcf").read_bytes()), "x")
    assert isinstance(simon, PersonRecord)
    assert simon.birthday == "--02-03"  # 4.0's year-less --0203


def test_shift_jis_names_are_decoded(corpus: Path) -> None:
    [card] = parse(io.BytesIO((corpus / "vcard/aosp-vcard/v21_japanese_1.vcf").read_bytes()), "x")
    assert isinstance(card, PersonRecord) and card.name == "安藤ロイド"


def test_own_fixture_latin1_apple_labels_and_nameless_cards() -> None:
    records = list(parse(io.BytesIO((FIXTURES / "mixed.vcf").read_bytes()), "mixed.vcf"))
    jurgen, nameless, priya = records
    assert isinstance(jurgen, PersonRecord) and jurgen.name == "Jürgen Müller"
    assert jurgen.phones == ["+49 30 1234567"]
    assert isinstance(nameless, Skipped) and nameless.line == 7
    assert isinstance(priya, PersonRecord)
    assert priya.linkedin_url == "https://www.linkedin.com/in/priya-raman"
    assert priya.birthday == "--03-14"
    assert priya.notes == "Line one\nLine two, with comma"


def test_a_truncated_card_is_reported_not_lost() -> None:
    [record] = parse(io.BytesIO((FIXTURES / "truncated.vcf").read_bytes()), "truncated.vcf")
    assert isinstance(record, Skipped)
    assert (record.line, record.reason.startswith("card is not closed")) == (1, True)


@pytest.mark.parametrize(
    "data",
    [b"", b"\x89PNG\r\n\x1a\n\x00\x00binary", b"just some text\n"],
    ids=["empty", "png", "text"],
)
def test_a_file_without_cards_is_refused_whole(data: bytes) -> None:
    with pytest.raises(FormatError, match="no BEGIN:VCARD"):
        list(parse(io.BytesIO(data), "x.vcf"))


def test_crlf_lf_and_bom_read_the_same() -> None:
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nEMAIL:ada@example.com\nEND:VCARD\n"
    variants = [card.encode(), card.replace("\n", "\r\n").encode(), b"\xef\xbb\xbf" + card.encode()]
    names = [[outcome(r) for r in parse(io.BytesIO(v), "x")] for v in variants]
    assert names == [["Ada Lovelace"]] * 3


def test_a_lone_carriage_return_in_a_note_survives_the_round_trip() -> None:
    """Found by Hypothesis: a raw CR in a written value cut the note short on re-import."""
    from netgarden.domain.views import ContactView
    from netgarden.formats.vcard_write import card

    view = ContactView(1, "Ada", {"notes": "first\rsecond\r\nthird"}, [], [], [], "none",
                       None, None, None, False)  # fmt: skip
    [record] = parse(io.BytesIO(card(view).encode("utf-8")), "x.vcf")
    assert isinstance(record, PersonRecord) and record.notes == "first\nsecond\nthird"
