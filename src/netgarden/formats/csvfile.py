"""Opening CSV files as people actually have them: BOMs, CRLF, Excel re-saves, cp1252,
LinkedIn's "Notes:" preamble. Rows come with the line they start on."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from netgarden.formats.records import FormatError

csv.field_size_limit(10 * 1024 * 1024)


def decode(data: bytes, file: str) -> str:
    """Text of a file that should be text; binary data is refused whole."""
    if not data.strip():
        raise FormatError(file, "the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise FormatError(file, "this is binary data, not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def normalize_header(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").strip().casefold().split())


@dataclass
class Table:
    """A CSV's header, and its rows as a stream (read once): (line it starts on, cells)."""

    file: str
    header: list[str]  # normalized
    rows: Iterator[tuple[int, list[str]]]

    def index(self, *names: str) -> int | None:
        for name in names:
            key = normalize_header(name)
            if key in self.header:
                return self.header.index(key)
        return None

    def has(self, *names: str) -> bool:
        return all(normalize_header(n) in self.header for n in names)


def read_table(
    data: bytes, file: str, header_must_have: Sequence[str] = (), scan: int = 10
) -> Table:
    """Parse a CSV; the header is the first row holding ``header_must_have`` (so preambles
    like LinkedIn's "Notes:" block are passed over), within the first ``scan`` rows."""
    text = decode(data, file)
    rows = _rows(text, file)
    wanted = {normalize_header(n) for n in header_must_have}
    for _, cells in itertools.islice(rows, scan):
        header = [normalize_header(c) for c in cells]
        if wanted <= set(header) and any(header):
            body = ((line, cells) for line, cells in rows if any(c.strip() for c in cells))
            return Table(file, header, body)
    expected = ", ".join(header_must_have) or "a header row"
    raise FormatError(file, f"no header with the expected columns ({expected})")


def _rows(text: str, file: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    start = 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:
        raise FormatError(file, f"line {reader.line_num}: not valid CSV ({exc})") from None


def cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()
