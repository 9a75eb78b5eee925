"""Telling formats apart from a file's name and first bytes."""

from __future__ import annotations

import csv

from netgarden.formats.csvfile import decode, delimiter_of, normalize_header

FORMATS = ("linkedin", "vcard", "google", "outlook", "csv", "calendar", "mbox", "whatsapp")


# how much of a file detection reads
HEAD = 65536


def detect(name: str, head: bytes) -> str | None:
    """From a file's name and its first bytes (``HEAD`` of them are enough): one of
    FORMATS, ``linkedin-messages`` / ``linkedin-invitations`` for those single files,
    ``address-book`` for other address books' CSV (Thunderbird's, or the usual column
    names), or ``None`` when it cannot tell."""
    from netgarden.formats.generic_book import recognises

    lower = name.casefold()
    if lower.endswith(".zip") or head[:4] == b"PK\x03\x04":
        return "linkedin"
    head = head[:HEAD]
    if b"BEGIN:VCARD" in head.upper() or lower.endswith((".vcf", ".vcard")):
        return "vcard"
    found = _touch_file(lower, head)
    if found is not None:
        return found
    try:
        text = decode(head, name)
    except Exception:
        return None
    if "BEGIN:VCARD" in text.upper():  # UTF-16, say
        return "vcard"
    delimiter = delimiter_of(text)
    headers = [  # line by line: a quote the preamble leaves open swallows no header
        [normalize_header(c) for c in next(csv.reader([line], delimiter=delimiter), [])]
        for line in text.splitlines()[:12]
    ]
    for header in headers:
        found = _layout(",".join(header))
        if found is not None:
            return found
    return next(("address-book" for header in headers if recognises(header)), None)


def _layout(line: str) -> str | None:
    if line.startswith("first name,last name") and "connected on" in line:
        return "linkedin"
    if line.startswith("conversation id,") or line.startswith("from,to,date,subject"):
        return "linkedin-messages"
    if line.startswith("from,to,sent at"):
        return "linkedin-invitations"
    outlook_only = "e-mail 2 address" in line or "middle name" in line
    if "e-mail address" in line and "job title" in line and outlook_only:
        return "outlook"
    if ("e-mail 1 - value" in line or "labels" in line or "group membership" in line) and (
        "first name" in line or "given name" in line
    ):
        return "google"
    return None


def _touch_file(lower: str, head: bytes) -> str | None:
    """A calendar, a mailbox, one message, or a WhatsApp chat export."""
    from netgarden.formats.whatsapp import looks_like_chat

    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:64].upper()
    if lower.endswith(".ics") or start.startswith(b"BEGIN:VCALENDAR"):
        return "calendar"
    if lower.endswith(".mbox") or head.startswith(b"From "):
        return "mbox"
    if lower.endswith(".eml"):
        return "mail-message"
    if lower.endswith(".txt") and looks_like_chat(head):
        return "whatsapp"
    return None
