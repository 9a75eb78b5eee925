"""Who knows whom: link strengths, warm-path scores, introduction states, and the draft of an
introduction request (seeds/001's warm-introduction framework).

A path runs from the first person I would ask to the target. Its warmth multiplies my tie
to that first person (their strength score / 100) by the weight of every link after it:
strong 0.9, medium 0.6, weak 0.3; a shared employer counts as a weak link. Paths are ranked
by warmth times how much the target can help with the ask (``domain.seniority``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from netgarden.errors import InvalidValue

LINK_WEIGHT = {"strong": 0.9, "medium": 0.6, "weak": 0.3}
COLLEAGUE_WEIGHT = 0.3
MIN_TIE = 0.05  # even a faint tie of mine leaves a path possible, just a cold one


class LinkStrength(StrEnum):
    WEAK = "weak"
    MEDIUM = "medium"
    STRONG = "strong"


class IntroState(StrEnum):
    PROPOSED = "proposed"
    ASKED_A = "asked-a"
    ASKED_B = "asked-b"
    MADE = "made"
    OUTCOME = "outcome"
    DECLINED = "declined"


# double opt-in: ask A, then B, then make it, then hear how it went; anyone may decline first
NEXT_STATES: dict[IntroState, tuple[IntroState, ...]] = {
    IntroState.PROPOSED: (IntroState.ASKED_A, IntroState.DECLINED),
    IntroState.ASKED_A: (IntroState.ASKED_B, IntroState.DECLINED),
    IntroState.ASKED_B: (IntroState.MADE, IntroState.DECLINED),
    IntroState.MADE: (IntroState.OUTCOME,),
    IntroState.OUTCOME: (),
    IntroState.DECLINED: (),
}
# the states a move may ask for: every state some state moves on to (all but "proposed")
MOVE_TARGETS: tuple[IntroState, ...] = tuple(
    state for state in IntroState if any(state in nexts for nexts in NEXT_STATES.values())
)
# how long a state may wait before the agenda reminds me (days)
FOLLOW_UP_AFTER = {IntroState.PROPOSED: 2, IntroState.ASKED_A: 3, IntroState.ASKED_B: 3,
                   IntroState.MADE: 14}  # fmt: skip
# whom I act with in each waiting state: A first (double opt-in), then B; A to hear the outcome
ACT_WITH_B = frozenset({IntroState.ASKED_B})


def parse_link_strength(value: str, field: str = "strength") -> LinkStrength:
    try:
        return LinkStrength(value.strip().lower())
    except ValueError:
        raise InvalidValue(
            field, f"{value!r} is not accepted; use one of: weak, medium, strong"
        ) from None


def check_transition(current: IntroState, wanted: str, field: str = "state") -> IntroState:
    try:
        target = IntroState(wanted.strip().lower())
    except ValueError:
        accepted = ", ".join(s.value for s in IntroState)
        raise InvalidValue(field, f"{wanted!r} is not a state; use one of: {accepted}") from None
    allowed = NEXT_STATES[current]
    if target not in allowed:
        options = ", ".join(s.value for s in allowed) or "none (it is finished)"
        raise InvalidValue(field, f"from {current.value} the next state is {options}")
    return target


def path_score(my_tie: float, link_weights: list[float]) -> float:
    score = max(my_tie, MIN_TIE)
    for weight in link_weights:
        score *= weight
    return round(score, 4)


@dataclass(frozen=True)
class Person:
    name: str
    company: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Ask:
    """What a path is for: meeting one person, anyone at a company, or anyone in a role."""

    person: bool = False
    company: str | None = None
    role: str | None = None


# the last word of a role that names what someone is, not what they work on
_AS_A = frozenset([
    "manager", "engineer", "founder", "cofounder", "co-founder", "designer", "director", "lead",
    "scientist", "researcher", "recruiter", "analyst", "officer", "president", "vp", "cto",
    "ceo", "cfo", "coo", "cmo", "cpo", "marketer", "executive", "partner", "investor",
    "developer", "architect", "consultant", "advisor", "writer", "editor", "specialist",
    "head", "pm",
])  # fmt: skip


def someone_in(role: str) -> str:
    """How a role is named in a draft: "someone who works on product", "someone who works
    as a product manager"."""
    words = role.split()
    if words and words[-1].casefold() in _AS_A:
        article = "an" if role[:1].casefold() in "aeiou" else "a"
        return f"someone who works as {article} {role}"
    return f"someone who works on {role}"


def _hope(ask: Ask, target: Person, who: str) -> str:
    """What I hope for, told to someone who is not the target (``who`` describes them)."""
    if ask.company:
        return f"I'm hoping to learn how things work at {target.company or ask.company}"
    if ask.role:
        return f"I'm hoping to talk with {someone_in(ask.role)}"
    return f"I'm hoping to meet {who}"


def draft_request(path: list[Person], ask: Ask) -> str:
    """The note to the first person on the path: a direct ask when they are the target,
    else a request for the next introduction (seeds/001's warm-introduction framework):
    the context, the ask, a note to forward, and a promise to report back."""
    first, target = path[0], path[-1]
    if len(path) == 1:
        return _direct(first, ask)
    nxt, name = path[1], _first(target.name)
    where = f" at {target.company}" if target.company else ""
    who = f"{target.name}, {target.title}{where}" if target.title else f"{target.name}{where}"
    hope = _hope(ask, target, who)
    chain = [p.name for p in path[1:-1]] + [name if not (ask.company or ask.role) else who]
    if nxt is target:
        request = "Would you be open to introducing us?"
        opening = "I'd love to meet you" if not (ask.company or ask.role) else hope
        blurb = (
            f"{opening}, and 20 minutes of your perspective would mean a lot. Happy to work "
            "around your schedule and to share what I've learned in return."
        )
    else:
        through = "" if len(path) == 3 else f"Through {path[2].name}, they"
        request = (
            f"Would you be open to introducing me to {nxt.name}? "
            f"{through or 'They'} could help me reach {name}."
        )
        ideal = f"; {who} would be ideal" if ask.company or ask.role else ""
        blurb = (
            f"{hope}{ideal}. If you'd be comfortable helping me reach {name}, 20 minutes of "
            "their perspective would mean a lot. Happy to work around their schedule and to "
            "share what I've learned in return."
        )
    return "\n".join(
        [
            f"Hi {_first(first.name)},",
            "",
            f"I hope things are going well. {hope}, and I noticed you know "
            + ", who knows ".join(chain)
            + ".",
            f"{request} It would mean a lot, and I'll make sure it's worth their time.",
            "",
            f"Here's a short note you can forward to {_first(nxt.name)} as is:",
            f"> {blurb}",
            "",
            "Only if you're comfortable, of course. Either way I'll let you know how it goes.",
            "",
            "Thank you!",
        ]
    )


def _direct(person: Person, ask: Ask) -> str:
    """The target is someone I know: ask them, no introducer."""
    if ask.company or ask.role:
        opening = f"{_hope(ask, person, person.name)}, and you came to mind first."
    else:
        opening = "I'd love to catch up."
    return (
        f"Hi {_first(person.name)},\n\n{opening} Would you have 20 minutes in the next couple "
        "of weeks? I'd like to hear what you're working on and where I could help.\n\nThanks!"
    )


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name
