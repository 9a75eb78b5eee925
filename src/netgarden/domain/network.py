"""Who knows whom: link strengths, warm-path scores, introduction states, and the draft of an
introduction request (seeds/001's warm-introduction framework).

A path runs from the first person I would ask to the target. Its score multiplies my tie to
that first person (their strength score / 100) by the weight of every link after it:
strong 0.9, medium 0.6, weak 0.3; a shared employer counts as a weak link. Higher is warmer.
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


def check_transition(current: IntroState, wanted: str, field: str = "STATE") -> IntroState:
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


def draft_request(path: list[Person], goal: str) -> str:
    """The note to the first person on the path, asking for the next introduction."""
    me_to = path[0]
    target = path[-1]
    if len(path) == 1:
        return (
            f"Hi {_first(me_to.name)},\n\n{goal} — and you came to mind first. Would you have "
            "20 minutes in the next couple of weeks? I'd also love to hear what you're working "
            "on and where I could help.\n\nThanks!"
        )
    nxt = path[1]
    where = f" at {target.company}" if target.company else ""
    role = f"{target.title}{where}" if target.title else f"someone{where}"
    chain = "" if nxt is target else f", who knows {target.name}"
    return "\n".join(
        [
            f"Hi {_first(me_to.name)},",
            "",
            f"I hope things are going well. {goal}, and I noticed you know {nxt.name}{chain}.",
            f"Would you be open to introducing me to {target.name}, {role}? It would mean a lot, "
            "and I'll make sure it's worth their time.",
            "",
            "Here's a short note you can forward as is:",
            f"> {goal}. I'd value 20 minutes of {_first(target.name)}'s perspective — happy to "
            "work around their schedule and to share what I've learned in return.",
            "",
            "Only if you're comfortable, of course. Either way I'll let you know how it goes.",
            "",
            "Thank you!",
        ]
    )


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name
