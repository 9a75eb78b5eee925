"""Introductions I make (double opt-in), and those made to me."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from netgarden.domain.network import (
    FOLLOW_UP_AFTER,
    IntroState,
    check_transition,
)
from netgarden.domain.normalize import clean_text
from netgarden.errors import InvalidValue, NotFound
from netgarden.services.database import Unit
from netgarden.services.links import _pair
from netgarden.services.lookup import require_contact


@dataclass(frozen=True)
class IntroView:
    id: int
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    why: str | None
    state: str
    outcome: str | None
    updated_on: dt.date

    def follow_up_due(self, today: dt.date) -> bool:
        wait = FOLLOW_UP_AFTER.get(IntroState(self.state))
        return wait is not None and (today - self.updated_on).days >= wait


@dataclass(frozen=True)
class Proposal:
    """The introduction a proposal left open: new, or one already open for the pair."""

    intro: IntroView
    created: bool

    @property
    def id(self) -> int:
        return self.intro.id

    @property
    def state(self) -> str:
        return self.intro.state


# an introduction still under way; proposing the same pair again would repeat it
OPEN_STATES = (IntroState.PROPOSED, IntroState.ASKED_A, IntroState.ASKED_B)


def propose_intro(
    unit: Unit, a: int, b: int, why: str | None, today: dt.date, now: dt.datetime
) -> Proposal:
    """Propose introducing a and b. While an introduction of the two is still under way,
    nothing is created and that one is returned."""
    if a == b:
        raise InvalidValue("b", "a contact cannot be introduced to themselves")
    require_contact(unit, a)
    require_contact(unit, b)
    found = unit.network.open_intro(a, b, [state.value for state in OPEN_STATES])
    if found is not None:
        return Proposal(intro_view(unit, found.id), created=False)
    number = unit.network.add_intro(a, b, clean_text(why), today, now)
    return Proposal(intro_view(unit, number), created=True)


def advance_intro(
    unit: Unit, intro_id: int, state: str, outcome: str | None, today: dt.date, now: dt.datetime
) -> IntroView:
    """Move an introduction on to ``state``; returns it as it now is. Made, it links the two
    and counts as a give to each."""
    intro = _require(unit, intro_id)
    target = check_transition(IntroState(intro.state), state)
    unit.network.set_intro_state(intro_id, target.value, clean_text(outcome), today)
    if target is IntroState.MADE:  # they now know each other, and I gave to both
        unit.network.link(intro.a_id, intro.b_id, "medium", "introduced by me", "intro", now)
        for contact_id in (intro.a_id, intro.b_id):
            unit.ledger.insert(
                contact_id=contact_id,
                entry_type="give",
                kind="introduction",
                note=f"introduction #{intro_id}",
                occurred_on=today,
                now=now,
            )
    return intro_view(unit, intro_id)


def intro_view(unit: Unit, intro_id: int) -> IntroView:
    """One introduction as the board shows it."""
    intro = _require(unit, intro_id)
    names = unit.contacts.briefs([intro.a_id, intro.b_id])
    return IntroView(intro.id, intro.a_id, names[intro.a_id].name, intro.b_id,
                     names[intro.b_id].name, intro.why, intro.state, intro.outcome,
                     intro.updated_on)  # fmt: skip


def _require(unit: Unit, intro_id: int) -> Any:
    intro = unit.network.intro(intro_id)
    if intro is None:
        raise NotFound("introduction", intro_id)
    return intro


def introductions(unit: Unit) -> list[IntroView]:
    return [IntroView(*row) for row in unit.network.intros()]


@dataclass(frozen=True)
class Introduced:
    """Who introduced me to whom, as ``introduced_to_me`` noted it."""

    introducer_id: int
    introducer: str
    newcomer_id: int
    newcomer: str


def introduced_to_me(
    unit: Unit, introducer: int, newcomer: int, today: dt.date, now: dt.datetime
) -> Introduced:
    """X introduced me to Y: Y's how-we-met says so, and X and Y know each other."""
    _pair(unit, introducer, newcomer)
    unit.network.link(introducer, newcomer, "medium", "introduced them to me", "intro", now)
    contact = unit.contacts.require(newcomer)
    name = unit.contacts.require(introducer).name
    changes: dict[str, Any] = {"how_met": f"Introduced by {name}"}
    if contact.met_on is None:
        changes["met_on"] = today
    unit.contacts.update(newcomer, changes, now)
    unit.search.reindex([newcomer])
    from netgarden.services.task_rules import intro_received

    intro_received(unit, introducer, newcomer, contact.name, today, now)
    return Introduced(introducer, name, newcomer, contact.name)
