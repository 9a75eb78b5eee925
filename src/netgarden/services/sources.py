"""Recognising what is to be imported, before anything is written: files, folders and zips,
each as a :class:`Source` of records (a LinkedIn export, vCards, address-book CSV). A file
that cannot be read at all refuses the import; inside a folder or a zip of card files, such
a file is one skipped line and the others are imported."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from netgarden.errors import InvalidValue, UserError
from netgarden.formats.archive import ZipLimits
from netgarden.formats.records import FormatError, Record, Skipped

if TYPE_CHECKING:
    from netgarden.formats.archive import Archive


@dataclass(frozen=True)
class Source:
    name: str
    format: str
    records: Callable[[], Iterator[Record]]


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
            sources.append(_file(str(path), _read(path), fmt, column_map, limits))
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
    return [_file(name, data, fmt, column_map, limits) for name, data in files]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as problem:
        raise UserError(f"{path}: cannot be read ({problem.strerror or problem})") from None


def _file(
    name: str,
    data: bytes,
    fmt: str | None,
    column_map: str | None,
    limits: ZipLimits | None = None,
) -> Source:
    from netgarden.formats import address_book, linkedin, vcard
    from netgarden.formats.detect import detect

    found = fmt or detect(name, data)
    if found == "linkedin":
        if name.casefold().endswith(".zip") or data[:4] == b"PK\x03\x04":
            return _zip(name, data, limits)
        return Source(name, "linkedin", lambda: linkedin.parse_connections(data, name))
    if found == "linkedin-messages":
        return Source(name, "linkedin", lambda: linkedin.parse_messages(data, name, None))
    if found == "linkedin-invitations":
        return Source(name, "linkedin", lambda: linkedin.parse_invitations(data, name, None))
    if found == "vcard":
        return Source(name, "vcard", lambda: vcard.parse(data, name))
    if found == "google":
        return Source(name, "google", lambda: address_book.parse_google(data, name))
    if found == "outlook":
        return Source(name, "outlook", lambda: address_book.parse_outlook(data, name))
    if found == "address-book":
        from netgarden.formats import generic_book

        return Source(name, "address-book", lambda: generic_book.parse(data, name))
    if found == "csv" and column_map is not None:
        mapping = address_book.parse_column_map(column_map)
        return Source(name, "csv", lambda: address_book.parse_mapped(data, name, mapping))
    raise FormatError(
        name,
        "cannot tell what this file is; choose its format (linkedin, vcard, google or "
        'outlook), or csv with a column map ("Column=field,...")',
    )


def _zip(name: str, data: bytes, limits: ZipLimits | None = None) -> Source:
    """A LinkedIn export as downloaded, or a zip of vCards (each card file on its own: a
    damaged one is reported, the others imported)."""
    from netgarden.formats import linkedin
    from netgarden.formats.archive import Archive

    archive = Archive(data, name, limits)
    files = linkedin.read_zip(archive)
    if files is not None:
        return Source(name, "linkedin", lambda: linkedin.parse_export(files))
    cards = archive.names(lambda member: member.casefold().endswith((".vcf", ".vcard")))
    if not cards:
        raise FormatError(
            name, "this zip has no Connections.csv and no .vcf files; is it a LinkedIn data export?"
        )

    def records() -> Iterator[Record]:
        for member in cards:
            where = f"{name}:{member}"
            yield from _one_of_many(where, partial(_member_cards, archive, member, where))

    return Source(name, "vcard", records)


def _member_cards(archive: Archive, member: str, where: str) -> Iterator[Record]:
    from netgarden.formats import vcard

    return vcard.parse(archive.read(member), where)


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
        parts = {str(p): _read(p) for p in files if linkedin.part_of(p.name)}
        export = linkedin.read_folder(parts, str(path))
        return [Source(str(path), "linkedin", lambda: linkedin.parse_export(export))]
    cards = [p for p in files if p.suffix.casefold() in (".vcf", ".vcard")]
    if fmt in (None, "vcard") and cards:
        return [_card_file(p) for p in cards]
    raise FormatError(
        str(path), "this folder holds no LinkedIn export (Connections.csv) and no .vcf files"
    )


def _card_file(path: Path) -> Source:
    from netgarden.formats import vcard

    def records() -> Iterator[Record]:
        yield from _one_of_many(str(path), lambda: vcard.parse(path.read_bytes(), str(path)))

    return Source(str(path), "vcard", records)
