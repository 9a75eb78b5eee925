"""Parsers read binary streams as they go: the file is never held whole, the encoding is
told from a bounded prefix, and a zip's members are streams too."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netgarden.formats import encoding, vcard
from netgarden.formats.address_book import parse_google
from netgarden.formats.archive import Archive
from netgarden.formats.encoding import peek
from netgarden.formats.linkedin import parse_connections
from netgarden.formats.records import FormatError, PersonRecord

PREFIX = 64 * 1024  # the prefix read to tell the encoding, smaller here to keep tests quick


@pytest.fixture(autouse=True)
def _small_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "PREFIX", PREFIX)


HEADER = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


class Watched(io.RawIOBase):
    """A stream that remembers how far it was read, refuses to be read whole, and cannot
    seek (as a pipe or a zip member being unpacked)."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self.position = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        assert size is not None and size >= 0, "read whole"
        chunk = bytes(self._data[self.position : self.position + size])
        self.position += len(chunk)
        return chunk

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _connections(count: int) -> bytes:
    rows = (f"Ada{i},Lovelace,,ada{i}@example.org,Analytical,Countess,07 Feb 2026\r\n"
            for i in range(count))  # fmt: skip
    return HEADER + "".join(rows).encode()


def _cards(count: int) -> bytes:
    return b"".join(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada %d\r\nEND:VCARD\r\n" % i
                    for i in range(count))  # fmt: skip


def test_a_csv_yields_its_first_row_before_the_file_is_read() -> None:
    data = _connections(4_000)  # ~280 KB
    stream = Watched(data)
    records = parse_connections(stream, "Connections.csv")  # type: ignore[arg-type]
    first = next(records)
    assert isinstance(first, PersonRecord) and first.name == "Ada0 Lovelace"
    assert stream.position <= 2 * PREFIX < len(data)
    assert sum(1 for _ in records) == 3_999


def test_a_vcard_file_yields_its_first_card_before_the_file_is_read() -> None:
    data = _cards(6_000)  # ~270 KB
    stream = Watched(data)
    records = vcard.parse(stream, "all.vcf")  # type: ignore[arg-type]
    assert next(records).name == "Ada 0"  # type: ignore[union-attr]
    assert stream.position <= 2 * PREFIX < len(data)
    assert sum(1 for _ in records) == 5_999


def test_the_encoding_is_told_from_the_prefix_only() -> None:
    """UTF-16 without a BOM (Excel's "Unicode text") is told from the prefix; what comes
    after the prefix is read in that encoding, not sniffed again."""
    rows = "".join(f"P{i},Q,p{i}@example.org\r\n" for i in range(PREFIX // 20))
    text = "First Name,Last Name,E-mail 1 - Value\r\nJosé,García,jose@example.org\r\n"
    data = (text + rows + "Renée,Zoë,renee@example.org\r\n").encode("utf-16-le")
    assert len(data) > 2 * PREFIX
    stream = Watched(data)
    names = [r.name for r in parse_google(stream, "g.csv")  # type: ignore[arg-type]
             if isinstance(r, PersonRecord)]  # fmt: skip
    assert names[0] == "José García" and names[-1] == "Renée Zoë"


def test_peek_gives_the_prefix_and_the_whole_stream() -> None:
    data = bytes(range(256)) * 10_000
    head, stream = peek(Watched(data), 1000)  # type: ignore[arg-type]
    assert head == data[:1000]
    assert stream.read() == data


@given(st.lists(st.sampled_from([b"a", b"bc", b"\r", b"\n", b"\r\n", b" "]), max_size=60),
       st.integers(1, 7))  # fmt: skip
def test_lines_split_across_chunks_as_in_one_piece(parts: list[bytes], chunk: int) -> None:
    data = b"".join(parts)
    source = io.BytesIO(data)
    lines = list(vcard._split_lines(lambda _size: source.read(chunk)))
    assert lines == re.split(rb"\r\n|\r|\n", data)


def _zip(members: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def test_a_zip_member_is_a_stream() -> None:
    data = _cards(5_000)
    archive = Archive(_zip({"cards/all.vcf": data}), "cards.zip")
    with archive.open("cards/all.vcf") as member:
        assert member.read(11) == b"BEGIN:VCARD" and member.readable()
    with archive.open("cards/all.vcf") as member:
        records = vcard.parse(member, "cards.zip:cards/all.vcf")
        assert sum(1 for _ in records) == 5_000


def test_damage_found_while_a_member_is_read_names_the_member() -> None:
    buffer = _zip({"all.vcf": _cards(2_000)})
    raw = bytearray(buffer.getvalue())
    raw[raw.index(b"all.vcf") + 7 + 500] ^= 0xFF  # inside the compressed data
    archive = Archive(io.BytesIO(bytes(raw)), "cards.zip")
    match = r"cards\.zip:all\.vcf: is damaged"
    with pytest.raises(FormatError, match=match), archive.open("all.vcf") as member:
        list(vcard.parse(member, "cards.zip:all.vcf"))
