"""Opening CSV files as people actually have them: BOMs, CRLF, Excel re-saves, cp1252,
LinkedIn's "Notes:" preamble. Rows come with the line they start on, read from a binary
stream as they are needed (the file is never held whole)."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO

from netgarden.formats.records import FormatError, Skipped

csv.field_size_limit(10 * 1024 * 1024)


def _encoding(head: bytes, file: str) -> str:
    from netgarden.formats.encoding import encoding_of

    if not head.strip():
        raise FormatError(file, "the file is empty")
    encoding = encoding_of(head)
    if encoding is None:
        raise FormatError(file, "this is binary data, not a text file")
    return encoding


def decode(data: bytes, file: str) -> str:
    """Text of (the start of) a file that should be text, in whatever encoding it came;
    binary data is refused whole."""
    from netgarden.formats.encoding import decode_text

    return decode_text(data, _encoding(data, file))


def open_text(fp: IO[bytes], file: str) -> tuple[str, IO[str]]:
    """The start of a text file (for sniffing), and the whole of it as a text stream; the
    encoding is told from a bounded prefix (encoding.PREFIX)."""
    from netgarden.formats.encoding import decode_text, peek, text_stream

    head, stream = peek(fp)
    encoding = _encoding(head, file)
    return decode_text(head, encoding), text_stream(stream, encoding)


DELIMITERS = (",", ";", "\t")


def delimiter_of(text: str) -> str:
    """Comma, semicolon (European Excel) or tab (Excel's "Unicode text"): the one a line
    near the top has most of, outside quotes (LinkedIn's preamble quotes its commas)."""
    lines = [line for line in io.StringIO(text[:65536], newline="").readlines()[:12]]
    best, most = ",", 0
    for delimiter in DELIMITERS:
        found = max((_outside_quotes(line, delimiter) for line in lines), default=0)
        if found > most:
            best, most = delimiter, found
    return best


def _outside_quotes(line: str, delimiter: str) -> int:
    return sum(part.count(delimiter) for part in line.split('"')[::2])


def normalize_header(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").strip().casefold().split())


@dataclass
class Table:
    """A CSV's header, and its rows as a stream (read once): (line it starts on, cells).
    A last row the file cuts off, or that an unclosed quote runs to the end of the file,
    is not among the rows: it is in ``damaged`` once the rows are read (parsers yield it)."""

    file: str
    header: list[str]  # normalized
    rows: Iterator[tuple[int, list[str]]]
    damaged: list[Skipped] = field(default_factory=list)

    def index(self, *names: str) -> int | None:
        for name in names:
            key = normalize_header(name)
            if key in self.header:
                return self.header.index(key)
        return None

    def has(self, *names: str) -> bool:
        return all(normalize_header(n) in self.header for n in names)


def read_table(
    fp: IO[bytes], file: str, header_must_have: Sequence[str] = (), scan: int = 10
) -> Table:
    """Parse a CSV (comma, semicolon or tab separated) from a binary stream; the header is
    the first row holding ``header_must_have`` (so preambles like LinkedIn's "Notes:" block
    are passed over), within the first ``scan`` rows."""
    head, text = open_text(fp, file)
    lines = _Lines(text)
    delimiter = delimiter_of(head)
    rows = _rows(lines, file, delimiter)
    wanted = {normalize_header(n) for n in header_must_have}
    for _, cells, _raw in itertools.islice(rows, scan):
        header = [normalize_header(c) for c in cells]
        if wanted <= set(header) and any(header):
            table = Table(file, header, iter(()))
            table.rows = _body(rows, lines, delimiter, table)
            return table
    expected = ", ".join(header_must_have) or "a header row"
    raise FormatError(file, f"no header with the expected columns ({expected})")


class _Lines:
    """A text stream's lines for csv.reader, keeping those of the row being read (the last
    row is checked for damage) and the file's very last line."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text
        self.row: list[str] = []
        self.last = ""

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._text.readline()
        if not line:
            raise StopIteration
        self.row.append(line)
        self.last = line
        return line


Row = tuple[int, list[str], list[str]]  # the line it starts on, its cells, its lines


def _rows(lines: _Lines, file: str, delimiter: str) -> Iterator[Row]:
    reader = csv.reader(lines, delimiter=delimiter)
    start = 1
    try:
        while True:
            lines.row = []
            cells = next(reader, None)
            if cells is None:
                return
            yield start, cells, lines.row
            start = reader.line_num + 1
    except csv.Error as exc:
        raise FormatError(file, f"line {reader.line_num}: not valid CSV ({exc})") from None


def _body(
    rows: Iterator[Row], lines: _Lines, delimiter: str, table: Table
) -> Iterator[tuple[int, list[str]]]:
    """The rows that hold something; the last one is checked for damage before it goes."""
    last: Row | None = None
    for row in rows:
        if not any(c.strip() for c in row[1]):
            continue
        if last is not None:
            yield last[0], last[1]
        last = row
    if last is None:
        return
    problem = _damage(last, lines.last, delimiter, len(table.header))
    if problem is None:
        yield last[0], last[1]
    else:
        table.damaged.append(Skipped(table.file, last[0], problem))


def _damage(row: Row, final_line: str, delimiter: str, width: int) -> str | None:
    """Why the file's last row cannot be trusted, or ``None``."""
    _, cells, raw = row
    if _unclosed_quote(raw, delimiter):
        return "a quote opens in this row and never closes; the rest of the file is inside it"
    if not final_line.endswith(("\n", "\r")) and len(cells) < width:
        return f"the file ends inside this row ({len(cells)} of {width} columns); it may be cut off"
    return None


def _unclosed_quote(raw: list[str], delimiter: str) -> bool:
    """Whether the row's lines (to the end of the file, when a quote swallowed it) end
    inside a quoted cell."""
    text = "".join(raw)
    if text.count('"') % 2 == 0:
        return False
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()
