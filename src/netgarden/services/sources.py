"""Recognising what is to be imported, before anything is written: files, folders and zips,
each as a :class:`Source` of records (a LinkedIn export, vCards, address-book CSV). A file
that cannot be read at all refuses the import; inside a folder or a zip of card files, such
a file is one skipped line and the others are imported.

Files are opened as binary streams and parsed as they are read: a file is never held whole
(an upload already in memory is read through a stream all the same)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from netgarden.errors import InvalidValue, UserError
from netgarden.formats.archive import ZipLimits
from netgarden.formats.records import FormatError, Record, Skipped

if TYPE_CHECKING:
    from netgarden.formats.archive import Archive
    from netgarden.services.file_touches import FileTouches


# opens a file afresh, from its start, as a binary stream
Opener = Callable[[], BinaryIO]


@dataclass(frozen=True)
class Source:
    name: str
    format: str
    records: Callable[[], Iterator[Record]]
    # calendars, mailboxes and chats: their items become touches by the import's rules
    touches: Callable[[FileTouches], Iterator[Record]] | None = None


def open_sources(
    paths: Iterable[Path],
    fmt: str | None,
    column_map: str | None,
    limits: ZipLimits | None = None,
) -> list[Source]:
    """Read and recognise every input before anything is written; refuse what is not one.
    A zip's members are measured against ``limits`` before they are unpacked."""
    from netgarden.formats.detect import FORMATS

    if fmt is not None and fmt not in FORMATS:
        raise InvalidValue("format", f"{fmt!r} is not a format; use one of: {', '.join(FORMATS)}")
    if (fmt == "csv") != (column_map is not None):
        raise InvalidValue(
            "column_map", "a CSV file needs a column map, and a column map needs the csv format"
        )
    sources: list[Source] = []
    for path in paths:
        if not path.exists():
            raise UserError(f"{path}: no such file or folder")
        if path.is_dir():
            sources.extend(_folder(path, fmt))
        else:
            sources.append(_file(str(path), partial(_open, path), fmt, column_map, limits))
    return sources


def open_files(
    files: Iterable[tuple[str, bytes]],
    fmt: str | None,
    column_map: str | None,
    limits: ZipLimits | None = None,
) -> list[Source]:
    """Like ``open_sources`` for files held as (name, content), e.g. uploads: each source
    and each skipped row is named as the user named the file."""
    open_sources([], fmt, column_map)  # the same checks of the options
    return [_file(name, partial(io.BytesIO, data), fmt, column_map, limits) for name, data in files]


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as problem:
        raise UserError(f"{path}: cannot be read ({problem.strerror or problem})") from None


def _head(name: str, opener: Opener) -> bytes:
    """The start of a file, to tell what it is."""
    from netgarden.formats.detect import HEAD

    with opener() as fp:
        try:
            return fp.read(HEAD)
        except OSError as problem:
            raise UserError(f"{name}: cannot be read ({problem.strerror or problem})") from None


def _parsed(opener: Opener, parse: Callable[[BinaryIO], Iterator[Record]]) -> Iterator[Record]:
    """The records of a file opened now, closed when they are all read (or dropped)."""
    with opener() as fp:
        yield from parse(fp)


def _file(
    name: str,
    opener: Opener,
    fmt: str | None,
    column_map: str | None,
    limits: ZipLimits | None = None,
) -> Source:
    from netgarden.formats import address_book, generic_book, linkedin, vcard
    from netgarden.formats.detect import detect

    head = _head(name, opener)
    found = fmt or detect(name, head)
    if found == "linkedin" and (name.casefold().endswith(".zip") or head[:4] == b"PK\x03\x04"):
        return _zip(name, opener, limits)
    parsers: dict[str, Callable[[BinaryIO], Iterator[Record]]] = {
        "linkedin": lambda fp: linkedin.parse_connections(fp, name),
        "linkedin-messages": lambda fp: linkedin.parse_messages(fp, name, None),
        "linkedin-invitations": lambda fp: linkedin.parse_invitations(fp, name, None),
        "vcard": lambda fp: vcard.parse(fp, name),
        "google": lambda fp: address_book.parse_google(fp, name),
        "outlook": lambda fp: address_book.parse_outlook(fp, name),
        "address-book": lambda fp: generic_book.parse(fp, name),
    }
    from netgarden.services.file_sources import TOUCH_FORMATS, touch_source

    if found in TOUCH_FORMATS:
        return touch_source(name, opener, found)
    if found == "csv" and column_map is not None:
        mapping = address_book.parse_column_map(column_map)
        parsers["csv"] = lambda fp: address_book.parse_mapped(fp, name, mapping)
    if found in parsers:
        kind = "linkedin" if found.startswith("linkedin") else found
        return Source(name, kind, partial(_parsed, opener, parsers[found]))
    raise FormatError(name, _unknown(head))


def _unknown(head: bytes) -> str:
    """Why a file's format cannot be told, and what to do."""
    from netgarden.formats.encoding import encoding_of

    if not head.strip():
        return "cannot tell what this file is: it is empty; there is nothing to import"
    if encoding_of(head) is None:
        return (
            "cannot tell what this file is: it holds binary data, not contacts "
            "(a CSV, vCard or LinkedIn export)"
        )
    return (
        "cannot tell what this file is; choose its format (linkedin, vcard, google, "
        "outlook, calendar, mbox or whatsapp), or csv with a column map "
        '("Column=field,...")'
    )


def _zip(name: str, opener: Opener, limits: ZipLimits | None = None) -> Source:
    """A LinkedIn export as downloaded, or a zip of vCards (each card file on its own: a
    damaged one is reported, the others imported). The zip is recognised now and opened
    again, as a stream, when its records are read."""
    from netgarden.formats import linkedin
    from netgarden.formats.archive import Archive
    from netgarden.services.file_sources import touch_zip, zip_source

    with opener() as fp:
        archive = Archive(fp, name, limits)
        export = linkedin.read_zip(archive) is not None
        cards = archive.names(lambda member: member.casefold().endswith((".vcf", ".vcard")))
        touch_members = touch_zip(archive)
    if not export and touch_members:  # a Google Takeout: calendars and mailboxes
        return zip_source(name, opener, touch_members, limits)
    if not export and not cards:
        raise FormatError(
            name, "this zip has no Connections.csv and no .vcf files; is it a LinkedIn data export?"
        )

    def records() -> Iterator[Record]:
        with opener() as fp:
            archive = Archive(fp, name, limits)
            files = linkedin.read_zip(archive)
            if files is not None:
                yield from linkedin.parse_export(files)
                return
            for member in cards:
                where = f"{name}:{member}"
                yield from _one_of_many(where, partial(_member_cards, archive, member, where))

    return Source(name, "linkedin" if export else "vcard", records)


def _member_cards(archive: Archive, member: str, where: str) -> Iterator[Record]:
    from netgarden.formats import vcard

    with archive.open(member) as fp:
        yield from vcard.parse(fp, where)


def _one_of_many(file: str, records: Callable[[], Iterable[Record]]) -> Iterator[Record]:
    """One file of a folder or a zip: if it cannot be read at all, it is reported as one
    skipped line and the others go on."""
    try:
        yield from records()
    except FormatError as problem:
        reason = str(problem).removeprefix(f"{problem.file}: ")
        yield Skipped(file, 1, reason)
    except OSError as problem:
        yield Skipped(file, 1, f"cannot be read ({problem.strerror or problem})")


def _folder(path: Path, fmt: str | None) -> list[Source]:
    from netgarden.formats import linkedin

    files = sorted(p for p in path.rglob("*") if p.is_file())
    names = {p.name.casefold() for p in files}
    if fmt in (None, "linkedin") and "connections.csv" in names:
        parts: dict[str, Opener] = {
            str(p): partial(_open, p) for p in files if linkedin.part_of(p.name)
        }
        export = linkedin.read_folder(parts, str(path))
        return [Source(str(path), "linkedin", lambda: linkedin.parse_export(export))]
    cards = [p for p in files if p.suffix.casefold() in (".vcf", ".vcard")]
    if fmt in (None, "vcard") and cards:
        return [_card_file(p) for p in cards]
    from netgarden.services.file_sources import touch_folder

    touch_sources = touch_folder(path, files)
    if touch_sources:
        return touch_sources
    raise FormatError(
        str(path),
        "this folder holds no LinkedIn export (Connections.csv), no .vcf files, no calendars "
        "(.ics), mailboxes (.mbox, Maildir) or WhatsApp chat exports",
    )


def _card_file(path: Path) -> Source:
    from netgarden.formats import vcard

    def records() -> Iterator[Record]:
        # opened with open, not _open: a card file that cannot be read is one skipped line
        parse = partial(_parsed, lambda: path.open("rb"), lambda fp: vcard.parse(fp, str(path)))
        yield from _one_of_many(str(path), parse)

    return Source(str(path), "vcard", records)
