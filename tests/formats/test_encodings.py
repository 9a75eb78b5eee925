"""Files in the encodings people have: UTF-8 with or without a BOM, UTF-16 either way round
with or without a BOM (Excel's "Unicode text", Apple's vCards), Windows-1252, Shift_JIS."""

from __future__ import annotations

import codecs
import io

import pytest

from netgarden.formats.address_book import parse_google
from netgarden.formats.detect import detect
from netgarden.formats.records import PersonRecord
from netgarden.formats.vcard import parse

WESTERN = ["Zoë Ådams", "Jürgen Müller", "François Gâteau"]
JAPANESE = ["山田 太郎", "安藤 ロイド"]


def vcards(names: list[str]) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{n}\r\nEND:VCARD\r\n" for n in names)


def google(names: list[str]) -> str:
    rows = "".join(
        f"{n.split()[0]},{n.split()[1]},{i}@example.com,\r\n" for i, n in enumerate(names)
    )
    return "First Name,Last Name,E-mail 1 - Value,Labels\r\n" + rows


def encoded(text: str, encoding: str) -> bytes:
    boms = {"utf-16-le+bom": (codecs.BOM_UTF16_LE, "utf-16-le"),
            "utf-16-be+bom": (codecs.BOM_UTF16_BE, "utf-16-be")}  # fmt: skip
    if encoding in boms:
        bom, codec = boms[encoding]
        return bom + text.encode(codec)
    return text.encode(encoding)


CASES = [
    *[(enc, WESTERN) for enc in ("utf-8", "utf-8-sig", "utf-16-le+bom", "utf-16-be+bom")],
    *[(enc, WESTERN) for enc in ("utf-16-le", "utf-16-be", "cp1252")],
    *[(enc, JAPANESE) for enc in ("utf-16-be", "shift_jis", "utf-16-le+bom")],
]


@pytest.mark.parametrize(("encoding", "names"), CASES, ids=[f"{e}-{n[0]}" for e, n in CASES])
def test_vcards_in_any_encoding_give_the_same_names(encoding: str, names: list[str]) -> None:
    data = encoded(vcards(names), encoding)
    assert detect("contacts.vcf", data) == "vcard"
    assert [
        r.name for r in parse(io.BytesIO(data), "contacts.vcf") if isinstance(r, PersonRecord)
    ] == names


@pytest.mark.parametrize(("encoding", "names"), CASES, ids=[f"{e}-{n[0]}" for e, n in CASES])
def test_google_csv_in_any_encoding_gives_the_same_names(encoding: str, names: list[str]) -> None:
    data = encoded(google(names), encoding)
    assert detect("google.csv", data) == "google"
    assert [
        r.name for r in parse_google(io.BytesIO(data), "google.csv") if isinstance(r, PersonRecord)
    ] == names


def test_a_utf16_vcard_cut_off_mid_character_reports_the_open_card() -> None:
    data = encoded(vcards(WESTERN), "utf-16-le+bom")[:-3]
    records = list(parse(io.BytesIO(data), "cut.vcf"))
    assert [r.name for r in records if isinstance(r, PersonRecord)] == WESTERN[:2]
    assert "not closed" in getattr(records[-1], "reason", "")
