"""Reading a WhatsApp chat export (the .txt of "Export chat", with or without media).

Two layouts, and the date order of the phone's locale:

    Android:  31/12/2025, 21:15 - Ana Lima: See you tomorrow
              12/31/25, 9:15 PM - Ana Lima: <Media omitted>
    iOS:      [31/12/2025, 21:15:03] Ana Lima: See you tomorrow
              ‎[31.12.25, 21:15:03] Ana Lima: ‎image omitted

A line that starts no message continues the one before. Day and month are told apart from
the whole file (a first number over 12 is a day); when nothing tells, 12-hour clocks read
month first (the US layout) and 24-hour ones day first."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from netgarden.formats.records import FormatError, Skipped

_LINE = re.compile(
    r"^[\u200e\u200f\ufeff]?\[?(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2,4}),?\s+"
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?\]?"
    r"(?:\s+-\s+|\s+)(?P<rest>.*)$"
)


@dataclass(frozen=True)
class ChatLine:
    file: str
    line: int
    sent_at: dt.datetime  # the phone's local time, as the export writes it
    author: str
    digest: str  # the line's hash: its identity across overlapping exports


def chat_name(file: str) -> str | None:
    """Who the chat is with, from the export's name ("WhatsApp Chat with Ana Lima.txt",
    "WhatsApp Chat - Ana Lima.txt")."""
    stem = re.split(r"[/\\]", file)[-1].rsplit(".", 1)[0]
    match = re.match(r"(?i)whatsapp chat(?: with|\s*-)\s+(.+)$", stem)
    return match.group(1).strip() if match else None


def looks_like_chat(head: bytes) -> bool:
    """The first lines of an export start with a date and a time."""
    lines = head.decode("utf-8-sig", errors="replace").splitlines()[:5]
    return sum(1 for line in lines if _LINE.match(line)) >= min(2, len(lines)) > 0


def parse(fp: BinaryIO, name: str) -> Iterator[ChatLine | Skipped]:
    text = fp.read().decode("utf-8-sig", errors="replace")
    starts = [(n, m) for n, line in enumerate(text.splitlines(), 1) if (m := _LINE.match(line))]
    if not starts:
        raise FormatError(name, "not a WhatsApp chat export: no line starts with a date and time")
    day_first = _day_first([m for _, m in starts])
    for number, match in starts:
        rest = match.group("rest")
        author, colon, _ = rest.partition(": ")
        if not colon:  # "Messages are end-to-end encrypted", "Ana joined": no author
            continue
        when = _when(match, day_first)
        if when is None:
            yield Skipped(name, number, "the date cannot be read")
            continue
        digest = hashlib.sha1(match.group(0).encode("utf-8")).hexdigest()[:20]
        yield ChatLine(name, number, when, author.strip("\u200e\u200f ~"), digest)


def _day_first(matches: list[re.Match[str]]) -> bool:
    if any(len(m.group("a")) == 4 for m in matches):  # 2025-12-31: year first
        return False
    if any(int(m.group("a")) > 12 for m in matches):
        return True
    if any(int(m.group("b")) > 12 for m in matches):
        return False
    return not any(m.group("ampm") for m in matches)


def _when(match: re.Match[str], day_first: bool) -> dt.datetime | None:
    a, b, c = (int(match.group(k)) for k in "abc")
    if len(match.group("a")) == 4:
        year, month, day = a, b, c
    else:
        day, month = (a, b) if day_first else (b, a)
        year = c + 2000 if c < 100 else c
    hour, minute = (int(x) for x in re.split(r"[:.]", match.group("time"))[:2])
    ampm = (match.group("ampm") or "").casefold().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None
