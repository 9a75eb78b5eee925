"""Telling formats apart from a file's name and first bytes."""

from __future__ import annotations

from netgarden.formats.csvfile import decode, normalize_header

FORMATS = ("linkedin", "vcard", "google", "outlook", "csv")


def detect(name: str, data: bytes) -> str | None:
    """One of FORMATS, ``linkedin-messages`` / ``linkedin-invitations`` for those single
    files, or ``None`` when it cannot tell."""
    lower = name.casefold()
    if lower.endswith(".zip") or data[:4] == b"PK\x03\x04":
        return "linkedin"
    head = data[:65536]
    if b"BEGIN:VCARD" in head.upper() or lower.endswith((".vcf", ".vcard")):
        return "vcard"
    try:
        text = decode(head, name)
    except Exception:
        return None
    lines = [normalize_header(line) for line in text.splitlines()[:12]]
    for line in lines:
        if line.startswith("first name,last name") and "connected on" in line:
            return "linkedin"
        if line.startswith("conversation id,") or line.startswith("from,to,date,subject"):
            return "linkedin-messages"
        if line.startswith("from,to,sent at"):
            return "linkedin-invitations"
        if "e-mail address" in line and "job title" in line:
            return "outlook"
        if ("e-mail 1 - value" in line or "labels" in line or "group membership" in line) and (
            "first name" in line or "given name" in line
        ):
            return "google"
    return None
