"""Writing vCard 4.0 (or 3.0): escaped, folded at 75 octets, CRLF, one card per contact."""

from __future__ import annotations

from collections.abc import Iterable

from netgarden.domain.values import parse_birthday_stored
from netgarden.domain.views import ContactView

VERSIONS = ("4.0", "3.0")
# The contact's fields a card carries (an allowlist; besides the name, emails, phones and
# tags): a column added later (a private note, an owner) is not written until named here.
FIELDS = ("company", "title", "linkedin_url", "birthday", "location", "notes")


def escape(text: str) -> str:
    """vCard text escaping; every line break (CRLF, CR or LF) becomes ``\\n``, since a raw CR
    would end the line for readers and cut the value."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    return lines.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold(line: str) -> str:
    """Lines over 75 octets continue on the next line after CRLF and a space (RFC 6350)."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def write(contacts: Iterable[ContactView], version: str = "4.0") -> str:
    return "".join(card(c, version) for c in contacts)


def card(contact: ContactView, version: str = "4.0") -> str:
    f = contact.only(FIELDS)
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"UID:urn:netgarden:contact:{contact.id}"]
    lines.append(f"FN:{escape(contact.name)}")
    given, _, family = contact.name.rpartition(" ")
    lines.append(f"N:{escape(family)};{escape(given)};;;")
    if f["company"]:
        lines.append(f"ORG:{escape(f['company'])}")
    if f["title"]:
        lines.append(f"TITLE:{escape(f['title'])}")
    for email in contact.emails:
        lines.append(f"EMAIL:{escape(email)}")
    for phone in contact.phones:
        lines.append(
            f"TEL;VALUE=text:{escape(phone)}" if version == "4.0" else f"TEL:{escape(phone)}"
        )
    if f["linkedin_url"]:
        url = f["linkedin_url"]
        lines.append(f"URL;TYPE=linkedin:{url}" if version == "4.0" else f"URL:{url}")
    birthday = parse_birthday_stored(f["birthday"])
    if birthday is not None:
        if birthday.year is None:
            lines.append(f"BDAY:--{birthday.month:02d}{birthday.day:02d}")
        elif version == "4.0":
            lines.append(f"BDAY:{birthday.year:04d}{birthday.month:02d}{birthday.day:02d}")
        else:
            lines.append(f"BDAY:{birthday}")
    lines += _anniversaries(contact, version)
    if f["location"]:
        lines.append(f"ADR:;;;{escape(f['location'])};;;")
    if contact.tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in contact.tags))
    if f["notes"]:
        lines.append(f"NOTE:{escape(f['notes'])}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def _anniversaries(contact: ContactView, version: str) -> list[str]:
    """Issue 15: a wedding anniversary is vCard 4.0's ANNIVERSARY ("the date of marriage, or
    equivalent"); every anniversary, with its kind, is also an X-ANNIVERSARY line."""
    lines = []
    for text in contact.anniversaries:
        kind, _, stored = text.partition(":")
        day = parse_birthday_stored(stored)
        if day is None:
            continue
        value = (
            f"--{day.month:02d}{day.day:02d}"
            if day.year is None
            else f"{day.year:04d}{day.month:02d}{day.day:02d}"
        )
        if kind == "wedding" and version == "4.0":
            lines.append(f"ANNIVERSARY:{value}")
        lines.append(f"X-ANNIVERSARY;TYPE={escape(kind)}:{value}")
    return lines
