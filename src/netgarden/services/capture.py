"""Quick capture: propose the contact and kind for a line of text; the user confirms."""

from __future__ import annotations

from dataclasses import dataclass

from netgarden.domain.capture import parse_capture
from netgarden.errors import Candidate, ContactLookupError
from netgarden.services.contacts import resolve_contact
from netgarden.services.database import Unit


@dataclass(frozen=True)
class Proposal:
    text: str
    kind: str
    note: str | None
    who: str | None
    contact: Candidate | None
    candidates: list[Candidate]


def propose(unit: Unit, text: str) -> Proposal:
    """Who and what the text most likely means; candidates when unsure."""
    parsed = parse_capture(text)
    kind = parsed.kind.value if parsed.kind else "other"
    if not parsed.who:
        return Proposal(text, kind, parsed.note, None, None, [])
    try:
        contact_id = resolve_contact(unit, parsed.who)
    except ContactLookupError as error:
        return Proposal(text, kind, parsed.note, parsed.who, None, error.candidates)
    brief = unit.contacts.briefs([contact_id])[contact_id]
    found = Candidate(brief.id, brief.name, brief.company)
    return Proposal(text, kind, parsed.note, parsed.who, found, [found])
