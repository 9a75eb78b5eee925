"""Calendars, mailboxes and chat exports as import sources: a file, a folder (of .ics,
.mbox or chat files, or a Maildir), or a Google Takeout zip. Each source's items become
touches through :class:`~netgarden.services.file_touches.FileTouches`, by the import's rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from netgarden.formats.records import Record
from netgarden.services.sources import Opener, Source

if TYPE_CHECKING:
    from netgarden.formats.archive import Archive, ZipLimits
    from netgarden.services.file_touches import FileTouches

T = TypeVar("T")
TOUCH_FORMATS = ("calendar", "mbox", "mail-message", "whatsapp")


def _nothing() -> Iterator[Record]:
    return iter(())


def _read(opener: Opener, parse: Callable[[BinaryIO], Iterator[T]]) -> Iterator[T]:
    with opener() as fp:
        yield from parse(fp)


def touch_source(name: str, opener: Opener, found: str) -> Source:
    """The source for a file of one of TOUCH_FORMATS."""
    from netgarden.formats import calendar, mail, whatsapp

    def touches(files: FileTouches) -> Iterator[Record]:
        if found == "calendar":
            now = files.rules.now
            yield from files.meetings(_read(opener, lambda fp: calendar.parse(fp, name, now)))
        elif found == "mbox":
            yield from files.mails(_read(opener, lambda fp: mail.parse_mbox(fp, name)))
        elif found == "mail-message":
            yield from files.mails(_read(opener, lambda fp: mail.parse_message(fp, name)))
        else:
            yield from files.chats(name, _read(opener, lambda fp: whatsapp.parse(fp, name)))

    return Source(name, found, _nothing, touches)


def touch_folder(path: Path, files: list[Path]) -> list[Source]:
    """A Maildir (its cur/ and new/ messages), or the calendars, mailboxes and chat exports
    in a folder; none when it holds none."""
    from netgarden.formats.detect import HEAD, detect

    maildir = [p for p in files if p.parent.name in ("cur", "new")]
    if maildir:
        return [_maildir(path, maildir)]
    sources = []
    for file in files:
        if file.suffix.casefold() not in (".ics", ".mbox", ".eml", ".txt"):
            continue
        with file.open("rb") as fp:
            found = detect(file.name, fp.read(HEAD))
        if found in TOUCH_FORMATS:
            sources.append(touch_source(str(file), partial(_open_binary, file), found))
    return sources


def _open_binary(path: Path) -> BinaryIO:
    return path.open("rb")


def _maildir(path: Path, messages: list[Path]) -> Source:
    from netgarden.formats import mail
    from netgarden.formats.records import Skipped

    def items() -> Iterator[mail.Mail | Skipped]:
        for message in messages:
            with message.open("rb") as fp:
                yield from mail.parse_message(fp, str(message))

    return Source(str(path), "mbox", _nothing, lambda files: files.mails(items()))


def touch_zip(archive: Archive) -> list[str]:
    """The members of a Google Takeout zip that hold touches: calendars and mailboxes."""
    return archive.names(lambda member: member.casefold().endswith((".ics", ".mbox")))


def zip_source(name: str, opener: Opener, members: list[str], limits: ZipLimits | None) -> Source:
    """A Takeout zip: each calendar and mailbox in it, streamed from the zip."""
    from netgarden.formats import calendar, mail
    from netgarden.formats.archive import Archive

    def touches(files: FileTouches) -> Iterator[Record]:
        with opener() as fp:
            archive = Archive(fp, name, limits)
            for member in members:
                where = f"{name}:{member}"
                with archive.open(member) as stream:
                    if member.casefold().endswith(".ics"):
                        now = files.rules.now
                        yield from files.meetings(calendar.parse(stream, where, now))
                    else:
                        yield from files.mails(mail.parse_mbox(stream, where))

    return Source(name, "takeout", _nothing, touches)
