"""vCard 2.1, 3.0 and 4.0 as phones and address books really write them.

A line-level stream parser, lenient where real files are sloppy and strict about not losing
a card silently: every card is yielded as a person or as a :class:`Skipped` with its line.
Handles folded lines, quoted-printable (with soft line breaks), 2.1 base64 blocks, CHARSET
parameters (Shift_JIS, Latin-1, ...), bare 2.1 parameters, Apple's grouped labels
(``item1.URL`` + ``item1.X-ABLabel``), nested AGENT cards, comment lines, and photos (read
past, never kept).
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from netgarden.formats.dates import parse_birthday_text
from netgarden.formats.linkedin import linkedin_url
from netgarden.formats.records import FormatError, PersonRecord, Record, Skipped

_PROPERTY = re.compile(rb"^([A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)([;:])")
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_BREAK = re.compile(rb"[\r\n]")
_FOLD = re.compile(rb"(?:\r\n|\r|\n)[ \t]")


@dataclass
class Property:
    group: str | None
    name: str
    params: dict[str, list[str]]
    raw: bytes  # the value as in the file (unfolded, still encoded)
    version: str = "3.0"
    charset: str = "utf-8"  # the file's, for a value without a CHARSET of its own

    def param(self, key: str) -> list[str]:
        return self.params.get(key, [])

    @property
    def types(self) -> set[str]:
        return {t.casefold() for t in self.param("TYPE")}

    def text(self) -> str:
        """The decoded value: quoted-printable and charset applied, escapes left in place."""
        raw = self.raw
        encoding = {e.upper() for e in self.param("ENCODING")}
        if "QUOTED-PRINTABLE" in encoding:
            raw = quopri.decodestring(raw)
        charset = (self.param("CHARSET") or [self.charset])[0]
        return _decode(raw, charset)

    def values(self) -> list[str]:
        """Structured value components (N, ADR, ORG), unescaped."""
        return [_unescape(part) for part in _split(self.text(), ";")]

    def value(self) -> str:
        return _unescape(self.text())


@dataclass
class Card:
    line: int
    properties: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None

    def label(self, group: str | None) -> str:
        if group is None:
            return ""
        for p in self.properties:
            if p.group == group and p.name == "X-ABLABEL":
                return p.value().casefold()
        return ""


def parse(fp: BinaryIO, file: str) -> Iterator[Record]:
    """Every card in the stream: a PersonRecord, or Skipped with its line and the reason."""
    lines, charset = _lines(fp, file)
    for card_or_skip in _cards(lines, file, charset):
        if isinstance(card_or_skip, Skipped):
            yield card_or_skip
            continue
        try:
            yield _person(card_or_skip, file)
        except _CardProblem as problem:
            yield Skipped(file, card_or_skip.line, str(problem))


def _lines(fp: BinaryIO, file: str) -> tuple[Iterator[bytes], str]:
    """The file's lines as bytes a line parser can read (UTF-16 becomes UTF-8), and the
    charset of values that name none: UTF-8, or what the file's start turns out to be in
    (Shift_JIS, Windows-1252…). The encoding is told from a bounded prefix."""
    from netgarden.formats.encoding import decode_text, encoding_of, peek, text_stream

    head, stream = peek(fp)
    # told from the unfolded text: a line may be folded inside a UTF-8 character (RFC 6350
    # allows it), which is no reason to take the file for Shift_JIS
    encoding = encoding_of(_FOLD.sub(b"", head))
    if encoding is not None and encoding.startswith("utf-16"):
        if "BEGIN:VCARD" not in decode_text(head, encoding).upper():
            raise FormatError(file, _NOT_VCARD)
        text = text_stream(stream, encoding)
        return _split_lines(lambda size: text.read(size).encode("utf-8")), "utf-8"
    if b"BEGIN:VCARD" not in head.upper():
        raise FormatError(file, _NOT_VCARD)
    if head.startswith(b"\xef\xbb\xbf"):
        stream.read(3)
    charset = "utf-8" if encoding is None or encoding.startswith("utf-8") else encoding
    # a stray NUL byte is no reason to refuse a whole file: such a file is read as UTF-8
    return _split_lines(stream.read), charset


_NOT_VCARD = "no BEGIN:VCARD in this file; is it a vCard (.vcf) file?"
CHUNK = 64 * 1024


def _split_lines(read: Callable[[int], bytes]) -> Iterator[bytes]:
    """Lines ended by CRLF, LF or CR, read a chunk at a time (a CR at a chunk's end waits:
    the LF that may follow belongs to it). The last, possibly empty, line comes too."""
    pending: list[bytes] = []
    while block := read(CHUNK):
        if _BREAK.search(block) is None:
            pending.append(block)  # inside a long line (a photo): no need to look again
            continue
        text = b"".join(pending) + block
        cut = len(text) - 1 if text.endswith(b"\r") else len(text)
        lines = _LINE_BREAK.split(text[:cut])
        pending = [lines.pop() + text[cut:]]
        yield from lines
    yield from _LINE_BREAK.split(b"".join(pending))


class _CardProblem(Exception):
    pass


def _cards(lines: Iterator[bytes], file: str, charset: str) -> Iterator[Card | Skipped]:
    card: Card | None = None
    depth = 0
    version = "3.0"
    current: Property | None = None
    for number, line in enumerate(lines, 1):
        upper = line.strip().upper()
        if upper == b"BEGIN:VCARD":
            if card is None:
                card, depth, version, current = Card(number), 1, "3.0", None
            else:
                depth += 1  # a nested card (2.1 AGENT): read past it
            continue
        if upper == b"END:VCARD":
            depth -= 1
            if depth == 0 and card is not None:
                yield card
                card, current = None, None
            continue
        if card is None or depth > 1:
            continue
        if line[:1] in (b" ", b"\t") and current is not None:
            current.raw += line[1:]
            continue
        if current is not None and _continues(current, line):
            current.raw = (
                current.raw[:-1] + line if current.raw.endswith(b"=") else current.raw + line
            )
            continue
        match = _PROPERTY.match(line)
        if match is None:
            current = None  # a comment or a stray line: AOSP's tests expect it ignored
            continue
        current = _property(line, match, version)
        current.charset = charset
        if current.name == "VERSION":
            version = current.raw.decode("ascii", "replace").strip()
            current.version = version
        card.properties.append(current)
    if card is not None:
        yield Skipped(file, card.line, "card is not closed (no END:VCARD); the file may be cut off")


def _continues(prop: Property, line: bytes) -> bool:
    encoding = {e.upper() for e in prop.param("ENCODING")}
    if "QUOTED-PRINTABLE" in encoding and prop.raw.endswith(b"="):
        return True  # a soft line break
    # 2.1 base64 runs on, unindented, to a blank line
    return bool(encoding & {"BASE64", "B"} and line.strip() and _PROPERTY.match(line) is None)


def _property(line: bytes, match: re.Match[bytes], version: str) -> Property:
    group = match[1][:-1].decode("ascii").upper() if match[1] else None
    name = match[2].decode("ascii").upper()
    rest = line[match.end(2) :]
    head, _, raw = _split_value(rest)
    params: dict[str, list[str]] = {}
    for chunk in _split(head.decode("latin-1"), ";"):
        if not chunk:
            continue
        key, eq, value = chunk.partition("=")
        if not eq:  # 2.1 bare parameter: TEL;CELL;PREF or ENCODING shorthand
            bare = key.strip().upper()
            if bare in {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT"}:
                params.setdefault("ENCODING", []).append(bare)
            else:
                params.setdefault("TYPE", []).append(bare)
            continue
        values = [v.strip().strip('"') for v in _split(value, ",")]
        params.setdefault(key.strip().upper(), []).extend(values)
    return Property(group, name, params, raw, version)


def _split_value(rest: bytes) -> tuple[bytes, bytes, bytes]:
    """``;params:value`` → (params, ':', value); a colon inside quotes is no separator."""
    quoted = False
    for index, byte in enumerate(rest):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return rest[:index], b":", rest[index + 1 :]
    return rest, b"", b""


def _split(text: str, sep: str) -> list[str]:
    """Split on ``sep`` unless escaped with a backslash."""
    parts, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\,;nN:])", lambda m: "\n" if m[1] in "nN" else m[1], text).strip()


def _decode(raw: bytes, charset: str) -> str:
    """The value in its CHARSET; a charset that is no text encoding (``base64``, a name with
    a NUL, an unknown one) or that does not fit falls back to UTF-8, then Windows-1252."""
    for name in (charset, "utf-8"):
        try:
            return raw.decode(name)
        except (LookupError, ValueError):  # UnicodeError is a ValueError
            continue
    return raw.decode("cp1252", errors="replace")


def _person(card: Card, file: str) -> PersonRecord:
    name = _name(card)
    org = card.first("ORG")
    company = next((v for v in org.values() if v), None) if org else None
    if not name:
        if company:
            name = company
        else:
            raise _CardProblem("card has no name (no FN, N or ORG)")
    title_prop = card.first("TITLE") or card.first("ROLE")
    record = PersonRecord(
        file=file,
        line=card.line,
        name=name,
        company=company if company != name else None,
        title=title_prop.value() or None if title_prop else None,
    )
    for prop in card.all("EMAIL"):
        email = prop.value().removeprefix("mailto:").strip()
        if "<" in email and email.endswith(">"):  # "Omega" <omega@example.com>
            email = email.rsplit("<", 1)[1][:-1].strip()
        if "@" in email and email not in record.emails:
            record.emails.append(email)
    for prop in card.all("TEL"):
        number = prop.value().removeprefix("tel:").strip()
        if re.search(r"\d{3}", number) and number not in record.phones:
            record.phones.append(number)
    record.linkedin_url = _linkedin(card)
    bday = card.first("BDAY")
    record.birthday = parse_birthday_text(bday.value()) if bday else None
    omit = bday.param("X-APPLE-OMIT-YEAR") if bday else []
    if record.birthday and omit and record.birthday.startswith(omit[0]):
        record.birthday = "--" + record.birthday[5:]  # Apple's year-less birthday
    notes = [p.value() for p in card.all("NOTE") if p.value()]
    record.notes = "\n".join(notes) or None
    record.location = _location(card)
    for prop in card.all("CATEGORIES"):
        record.tags.extend(t.strip() for t in _split(prop.text(), ",") if t.strip())
    record.tags = [_unescape(t) for t in record.tags]
    return record


def _name(card: Card) -> str | None:
    fn = card.first("FN")
    if fn and fn.value():
        return fn.value()
    n = card.first("N")
    if n:
        parts = n.values() + [""] * 5
        family, given, additional, prefix, suffix = parts[:5]
        composed = " ".join(p for p in (prefix, given, additional, family, suffix) if p)
        if composed:
            return composed
    for prop in card.properties:  # 2.1 phonetic or X-PHONETIC names as a last resort
        phonetic = prop.name in {"X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME", "SORT-STRING"}
        if phonetic and prop.value():
            return prop.value()
    return None


def _linkedin(card: Card) -> str | None:
    for prop in card.all("URL") + card.all("X-SOCIALPROFILE"):
        kind = prop.types | {card.label(prop.group)}
        url = linkedin_url(prop.value()) if "linkedin" in prop.value().casefold() else None
        if url or ("linkedin" in kind and (url := linkedin_url(prop.value()))):
            return url
    return None


def _location(card: Card) -> str | None:
    for prop in card.all("ADR"):
        parts = prop.values() + [""] * 7
        city, region, country = parts[3], parts[4], parts[6]
        place = ", ".join(p for p in (city, region, country) if p)
        if place:
            return place.replace("\n", " ")
    return None
