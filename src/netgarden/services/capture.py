"""Quick capture: propose the people, kind and day for a line of text; the user confirms
(and chooses whenever a name fits more than one contact: never a guess); then one touch is
logged with everyone they chose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from netgarden.domain.capture import parse_capture
from netgarden.errors import Candidate, ContactLookupError
from netgarden.services.database import Unit
from netgarden.services.lookup import resolve_contact
from netgarden.services.touches import LoggedTouch, TouchInput, log_touch


@dataclass(frozen=True)
class Participant:
    """One name the text mentions, and whom it may be."""

    said: str
    candidates: list[Candidate]  # whom to choose from
    chosen: int | None = None  # set only when exactly one contact fits the name

    @property
    def problem(self) -> str | None:
        if self.chosen is not None:
            return None
        if not self.candidates:
            return f"No contact matches “{self.said}”; add them first."
        if len(self.candidates) == 1:
            return f"No contact is called “{self.said}”; is it this one?"
        return f"“{self.said}” fits {len(self.candidates)} contacts; choose one."


@dataclass(frozen=True)
class Proposal:
    text: str
    kind: str
    on: dt.date
    note: str | None
    people: list[Participant]
    problems: dict[str, str] = field(default_factory=dict)  # field → what is wrong with it

    @property
    def confirmable(self) -> bool:
        """Whether the user can confirm: someone to log it with, each name choosable."""
        return bool(self.people) and all(p.candidates for p in self.people)


def propose(unit: Unit, text: str, today: dt.date) -> Proposal:
    """Who, what and when the text most likely means; candidates to choose from when unsure."""
    parsed = parse_capture(text, today)
    kind = parsed.kind.value if parsed.kind else "other"
    problems: dict[str, str] = {}
    if parsed.bad_date:
        problems["occurred_on"] = f"“{parsed.bad_date}” is not a date; pick the day"
    elif parsed.on and parsed.on > today:
        problems["occurred_on"] = f"{parsed.on} is in the future; log touches that happened"
    if not parsed.people:
        problems["people"] = "Say who it was with, e.g. “coffee with Priya about evals”."
    people = [_participant(unit, name) for name in parsed.people]
    on = parsed.on if parsed.on and parsed.on <= today else today
    return Proposal(text, kind, on, parsed.note, people, problems)


def _participant(unit: Unit, name: str) -> Participant:
    try:
        contact_id = resolve_contact(unit, name)
    except ContactLookupError as error:
        return Participant(name, error.candidates)
    brief = unit.contacts.briefs([contact_id])[contact_id]
    return Participant(name, [Candidate(brief.id, brief.name, brief.company)], contact_id)


def unchosen(proposal: Proposal, chosen: Sequence[str | None]) -> dict[int, str]:
    """Which of the proposal's people the user has not (validly) chosen: index → message."""
    missing: dict[int, str] = {}
    for index, person in enumerate(proposal.people):
        value = chosen[index] if index < len(chosen) else None
        allowed = {str(c.id) for c in person.candidates}
        if value not in allowed:
            missing[index] = f"Choose who “{person.said}” is."
    return missing


@dataclass(frozen=True)
class Captured:
    touch: LoggedTouch
    names: list[str]

    def summary(self) -> str:
        """ "Logged coffee with Jordan Lee and Sam Lee on 2026-12-01"."""
        names = self.names
        people = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return f"Logged {self.touch.kind} with {people} on {self.touch.occurred_on}"


def log_capture(
    unit: Unit, contact_ids: Sequence[int], data: TouchInput, now: dt.datetime, today: dt.date
) -> Captured:
    """One touch with everyone the user chose."""
    logged = log_touch(unit, contact_ids, data, now, today)
    briefs = unit.contacts.briefs(list(logged.contact_ids))
    return Captured(logged, [briefs[i].name for i in logged.contact_ids])
