"""Reading mailboxes: an mbox file (Google Takeout's, Thunderbird's, Apple Mail's), a
Maildir folder, or one message file. Only headers are read; bodies are skipped as they
stream past and never kept.

An mbox is streamed line by line: a file of gigabytes takes the memory of one message's
headers. A message starts at a ``From `` line at the start of the file or after a blank
line; a body line that begins ``>From `` (mboxrd's escape) is body, never a boundary."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from typing import BinaryIO

from netgarden.formats.records import Skipped

Address = tuple[str, str]  # (email, name); the email folded to lower case


@dataclass(frozen=True)
class Mail:
    file: str
    line: int
    message_id: str
    thread: str  # the thread's id: Gmail's X-GM-THRID, else the first of References…
    replies_to: tuple[str, ...]  # In-Reply-To and References
    sent_at: dt.datetime
    sender: Address | None
    recipients: tuple[Address, ...]  # To and Cc
    subject: str | None
    list_id: str | None
    precedence: str | None
    auto: bool  # Auto-Submitted other than "no"
    labels: tuple[str, ...]  # Gmail's X-Gmail-Labels, in the export's language


# the headers read; the others (Received, DKIM-Signature…) are passed over unparsed
WANTED = frozenset(
    {"message-id", "in-reply-to", "references", "x-gm-thrid", "date", "from", "to", "cc",
     "subject", "list-id", "precedence", "auto-submitted", "x-gmail-labels"}
)  # fmt: skip


_WANTED_LINE = re.compile(
    rb"^(" + b"|".join(re.escape(n.encode()) for n in sorted(WANTED)) + rb"):[ \t]*"
    rb"(.*(?:\r?\n[ \t].*)*)",
    re.IGNORECASE | re.MULTILINE,
)


class Headers:
    """The wanted headers of one message, unfolded; a name met twice keeps every value.
    Found by one regular expression over the header block rather than ``email.parser``:
    this is the mbox import's inner loop, and the standard parser builds the whole message
    model, every Received and DKIM line included (five times slower)."""

    def __init__(self, raw: bytes) -> None:
        self.values: dict[str, list[str]] = {}
        for name, value in _WANTED_LINE.findall(raw):
            text = value.decode("utf-8", "replace")
            if "\n" in text:  # folded over several lines
                text = " ".join(text.split())
            self.values.setdefault(name.decode("ascii").casefold(), []).append(text.strip())

    def get(self, name: str) -> str | None:
        found = self.values.get(name.casefold())
        return found[0] if found else None

    def get_all(self, name: str) -> list[str]:
        return self.values.get(name.casefold(), [])


def parse_mbox(fp: BinaryIO, name: str) -> Iterator[Mail | Skipped]:
    """Each message of an mbox, from its headers."""
    header: list[bytes] = []
    in_header = False
    start = 0
    blank = True
    number = 0
    for number, line in enumerate(fp, 1):
        if blank and line.startswith(b"From "):
            if header:
                yield _message(b"".join(header), name, start)
            header, in_header, start = [], True, number
        elif in_header:
            if line in (b"\n", b"\r\n"):
                in_header = False
            else:
                header.append(line)
        blank = line in (b"\n", b"\r\n")
    if header:
        yield _message(b"".join(header), name, start)
    elif number and start == 0:
        yield Skipped(name, 1, "no messages: an mbox starts each one with a 'From ' line")


def parse_message(fp: BinaryIO, name: str) -> Iterator[Mail | Skipped]:
    """One message file (a Maildir's, an .eml): only its headers are read."""
    header: list[bytes] = []
    for line in fp:
        if line in (b"\n", b"\r\n"):
            break
        header.append(line)
    yield _message(b"".join(header), name, 1)


def _message(header: bytes, name: str, line: int) -> Mail | Skipped:
    message = Headers(header)
    when = _date(message.get("Date"))
    if when is None:
        return Skipped(name, line, "the message has no date that can be read")
    message_id = _ids(message.get("Message-ID"))
    replies_to = tuple(
        dict.fromkeys((*_ids(message.get("In-Reply-To")), *_ids(message.get("References"))))
    )
    own = message_id[0] if message_id else _stand_in_id(header)
    thread = str(message.get("X-GM-THRID") or "").strip() or _root(message, replies_to, own)
    senders = _addresses([message.get("From")])
    auto = str(message.get("Auto-Submitted") or "no").strip().casefold() != "no"
    return Mail(
        file=name,
        line=line,
        message_id=own,
        thread=thread,
        replies_to=replies_to,
        sent_at=when,
        sender=senders[0] if senders else None,
        recipients=tuple(_addresses(message.get_all("To") + message.get_all("Cc"))),
        subject=_text(message.get("Subject")) or None,
        list_id=_text(message.get("List-Id")) or None,
        precedence=_text(message.get("Precedence")).casefold() or None,
        auto=auto,
        labels=tuple(
            label.strip() for label in _text(message.get("X-Gmail-Labels")).split(",") if label
        ),
    )


def _root(message: Headers, replies_to: tuple[str, ...], own: str) -> str:
    """The thread's first message: References lists it first; In-Reply-To names the parent."""
    references = _ids(message.get("References"))
    if references:
        return references[0]
    return replies_to[0] if replies_to else own


def _stand_in_id(header: bytes) -> str:
    """A message without a Message-ID is known by its headers' hash."""
    return "sha1:" + hashlib.sha1(header).hexdigest()


def _text(value: object) -> str:
    """A header as text, RFC 2047 encoded words (=?UTF-8?B?…?=) decoded."""
    if value is None:
        return ""
    raw = str(value)
    if "=?" not in raw:
        return " ".join(raw.split())
    try:
        return " ".join(str(make_header(decode_header(raw))).split())
    except (LookupError, ValueError, UnicodeDecodeError):
        return " ".join(raw.split())


def _ids(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    words = str(value).replace(">", "> ").split()
    return tuple(w.strip().casefold() for w in words if w.startswith("<") and w.endswith(">"))


def _date(value: object) -> dt.datetime | None:
    if value is None:
        return None
    try:
        when = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _addresses(values: Iterable[str | None]) -> list[Address]:
    found = []
    for name, email in _pairs([v for v in values if v is not None]):
        if "@" in email:  # the name decoded after the split: a decoded one may hold a comma
            found.append((email.strip().casefold(), _text(name).strip('" ')))
    return found


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    """(name, address) pairs. The usual forms (``Name <a@b>``, ``a@b``, commas between)
    are split here; quoted names and comments go to the standard library's parser."""
    if any('"' in v or "(" in v for v in values):
        return getaddresses(values)
    pairs = []
    for value in values:
        for part in value.split(","):
            name, angle, rest = part.partition("<")
            if angle:
                pairs.append((name.strip(), rest.partition(">")[0].strip()))
            elif part.strip():
                pairs.append(("", part.strip()))
    return pairs
