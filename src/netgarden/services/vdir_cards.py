"""A contact as a vdir card and back: netgarden's card (vcard_write plus X-NETGARDEN-*), a
card's values as an edit, and what a card says that netgarden does not (for a conflict)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from netgarden.domain.views import ContactView
from netgarden.formats import vcard_sync
from netgarden.formats.records import PersonRecord, Skipped
from netgarden.services.contacts import ContactInput

NETGARDEN_UID = "urn:netgarden:contact:"
VERSION = "3.0"  # what iOS, Android (DAVx5) and every CardDAV server read


@dataclass(frozen=True)
class CardFile:
    """One ``.vcf`` file of the vdir as read: its bytes' digest (the etag), its UID (the
    file's name without ``.vcf`` when it has none), and the person it holds or why not."""

    filename: str
    text: str
    etag: str
    uid: str
    record: PersonRecord | None
    problem: str | None = None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_card(filename: str, data: bytes) -> CardFile:
    from netgarden.formats import vcard
    from netgarden.formats.records import FormatError

    text = data.decode("utf-8", "replace")
    uid = vcard_sync.uid_of(text) or filename.removesuffix(".vcf")
    try:
        first = next(iter(vcard.parse(io.BytesIO(data), filename)), None)
    except FormatError as exc:
        return CardFile(filename, text, digest(data), uid, None, str(exc))
    if isinstance(first, PersonRecord):
        return CardFile(filename, text, digest(data), uid, first)
    reason = first.reason if isinstance(first, Skipped) else "no card in this file"
    return CardFile(filename, text, digest(data), uid, None, reason)


def netgarden_values(contact: ContactView) -> dict[str, str]:
    """The contact's fields a vCard has no place for, as X-NETGARDEN-* values."""
    values = {k: _text(v) for k, v in contact.only(vcard_sync.FIELDS).items() if v is not None}
    values["circle"] = contact.circle
    if contact.cadence_source == "contact" and contact.cadence_days:
        values["cadence_days"] = str(contact.cadence_days)
    else:
        values.pop("cadence_days", None)
    return values


def render(contact: ContactView, uid: str, foreign: list[str]) -> bytes:
    """netgarden's card for the contact under ``uid``, with a card's foreign X- lines."""
    from netgarden.formats.vcard_write import card

    text = vcard_sync.compose(card(contact, VERSION), uid, netgarden_values(contact), foreign)
    return text.encode("utf-8")


def own_digest(contact: ContactView, uid: str) -> str:
    """What netgarden's side of the card is, to tell later whether netgarden changed it."""
    return digest(render(contact, uid, []))


def as_edit(found: CardFile) -> ContactInput:
    """The card's values as netgarden's: a field the card lacks is cleared; an
    X-NETGARDEN-* field it lacks (a card made on a phone) is left as it is."""
    r = found.record
    assert r is not None
    values = vcard_sync.netgarden_values(found.text)
    return ContactInput(
        name=r.name, company=r.company or "", title=r.title or "", notes=r.notes or "",
        location=r.location or "", birthday=r.birthday or "", linkedin=r.linkedin_url or "",
        all_emails=list(r.emails), all_phones=list(r.phones), all_tags=list(r.tags),
        circle=values.get("circle"), every=values.get("cadence_days"),
        how_met=values.get("how_met"), met_on=values.get("met_on"),
        personal=values.get("personal"), interests=values.get("interests"),
        help_them=values.get("help_them"), help_me=values.get("help_me"),
        industry=values.get("industry"), function=values.get("function"),
        seniority=values.get("seniority"),
    )  # fmt: skip


def differences(found: CardFile, contact: ContactView) -> list[str]:
    """What the card says that netgarden's contact does not: ``title: CTO`` …"""
    r = found.record
    assert r is not None
    f = contact.only(("company", "title", "birthday", "location", "linkedin_url", "notes"))
    ours = {
        "name": contact.name, "company": f["company"], "title": f["title"],
        "emails": ", ".join(contact.emails), "phones": ", ".join(contact.phones),
        "birthday": f["birthday"], "location": f["location"], "linkedin": f["linkedin_url"],
        "tags": ", ".join(contact.tags), "notes": f["notes"],
    }  # fmt: skip
    theirs = {
        "name": r.name, "company": r.company, "title": r.title, "emails": ", ".join(r.emails),
        "phones": ", ".join(r.phones), "birthday": r.birthday, "location": r.location,
        "linkedin": r.linkedin_url, "tags": ", ".join(r.tags), "notes": r.notes,
    }  # fmt: skip
    return [
        f"{key}: {theirs[key]}"
        for key in ours
        if theirs[key] and (theirs[key] or "") != (ours[key] or "")
    ]


def _text(value: object) -> str:
    import datetime as dt

    return value.isoformat() if isinstance(value, dt.date) else str(value)
