"""Finding contacts: resolving a CONTACT reference (an id, an email or a name) to one
person, requiring that an id exists, and naming people by id."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from netgarden.domain.values import (
    MAX_ID,
    parse_id,
)
from netgarden.errors import (
    AmbiguousContact,
    Candidate,
    InvalidValue,
    UnknownContact,
)

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit
    from netgarden.store.tables import Contact


def require_contact(unit: Unit, contact_id: int) -> Contact:
    """The contact with this id, or NotFound: services call it before they write."""
    return unit.contacts.require(contact_id)


def names_of(unit: Unit | ReadUnit, ids: Iterable[int]) -> dict[int, str]:
    """Each contact's name by id, for messages that name people."""
    found = unit.contacts.briefs(sorted(set(ids)))
    return {contact_id: row.name for contact_id, row in found.items()}


# -- resolving a CONTACT reference ---------------------------------------------------------

CLOSE_MATCH = 90
SUGGEST = 60


def resolve_contact(unit: Unit | ReadUnit, reference: str) -> int:
    """An id (``12`` or ``#12``), an email, or a name: exact, then unique prefix, then close."""
    ref = reference.strip()
    if not ref:
        raise InvalidValue("contact", "empty; give an id, an email or a name")
    contact_id = parse_id(ref)
    if contact_id is not None:
        if contact_id <= MAX_ID and unit.contacts.known(contact_id):
            return contact_id
        shown = ref.lstrip("#").lstrip("0")[:25] or "0"
        raise UnknownContact(f"no contact with id {shown}", ref, [])
    if "@" in ref:
        owner = unit.contacts.email_owner(ref)
        if owner is None:
            raise UnknownContact(f"no contact has the email {ref}", ref, [])
        return owner
    for rows in (
        unit.contacts.by_name(ref),
        unit.contacts.by_name_prefix(ref, 20),
        unit.contacts.by_word_prefix(ref, 20),
    ):
        if len(rows) == 1:
            return int(rows[0].id)
        if rows:
            raise _ambiguous(ref, [Candidate(r.id, r.name, r.company) for r in rows])
    return _close_match(unit, ref)


def _close_match(unit: Unit | ReadUnit, ref: str) -> int:
    from rapidfuzz import fuzz, process, utils

    rows = unit.contacts.all_names()
    names = {row.id: row.name for row in rows}
    found = process.extract(
        ref,
        names,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=5,
        score_cutoff=SUGGEST,
    )
    by_id = {row.id: row for row in rows}
    candidates = [Candidate(key, by_id[key].name, by_id[key].company) for _, _, key in found]
    close = [c for (_, score, _), c in zip(found, candidates, strict=True) if score >= CLOSE_MATCH]
    if len(close) == 1:
        return close[0].id
    if len(close) > 1:
        raise _ambiguous(ref, close)
    hint = (
        "; did you mean " + ", ".join(_describe(c) for c in candidates) + "?" if candidates else ""
    )
    raise UnknownContact(f"no contact matches {ref!r}{hint}", ref, candidates)


def _ambiguous(ref: str, candidates: list[Candidate]) -> AmbiguousContact:
    listing = "\n".join(f"  {_describe(c)}" for c in candidates)
    return AmbiguousContact(
        f"{ref!r} matches {len(candidates)} contacts; use the id:\n{listing}", ref, candidates
    )


def _describe(candidate: Candidate) -> str:
    company = f" ({candidate.company})" if candidate.company else ""
    return f"#{candidate.id} {candidate.name}{company}"
