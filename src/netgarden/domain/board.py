"""The personal board of directors (issue 13; seeds/002: sponsor, mentor, coach, connector,
peer) and mentees (seeds/002 "Begin mentoring 2-3 junior professionals").

Candidates for an empty seat, up to three, each with the reason:

- sponsor: influence ≥ 4 and strength ≥ 40
- mentor: more senior than me and has given me advice
- coach: has given me feedback
- connector: has introduced me to people
- peer: my seniority, strong, two-way contact in the last 90 days

A filled seat gets seeds/002's cultivation line and a prompt from data (a mentor whose
last advice nothing of mine has followed: "implement their advice and report back").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from netgarden.domain import seed_texts as seeds
from netgarden.domain.review_facts import Facts, Seat
from netgarden.domain.review_lines import Line
from netgarden.domain.seniority import WEIGHTS, level_of

RECENT = dt.timedelta(days=90)
MENTEES_LOW, MENTEES_HIGH = 2, 3


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    name: str
    reason: str


@dataclass(frozen=True)
class BoardSeat:
    seat: str
    holders: list[tuple[int, str]]
    candidates: list[Candidate]
    lines: list[Line] = field(default_factory=list)


def _weight(p: Facts) -> float:
    return WEIGHTS[level_of(p.title, p.seniority)[0]]


def _criteria(
    my_level: str, today: dt.date, influence: Callable[[Facts], int]
) -> dict[str, Callable[[Facts], str | None]]:
    mine = WEIGHTS[my_level]

    def sponsor(p: Facts) -> str | None:
        ok = influence(p) >= 4 and p.score >= 40
        return f"influence {influence(p)}, strength {p.score}" if ok else None

    def mentor(p: Facts) -> str | None:
        advice = p.history.received_on.get("advice")
        if advice and _weight(p) > mine:
            return f"{level_of(p.title, p.seniority)[0]}, advice on {advice.isoformat()}"
        return None

    def coach(p: Facts) -> str | None:
        day = p.history.received_on.get("feedback")
        return f"feedback on {day.isoformat()}" if day else None

    def connector(p: Facts) -> str | None:
        day = p.history.received_on.get("introduction")
        return f"introduced you on {day.isoformat()}" if day else None

    def peer(p: Facts) -> str | None:
        last = p.history.last_two_way
        same = level_of(p.title, p.seniority)[0] == my_level
        if same and p.band == "strong" and last and last >= today - RECENT:
            return f"{my_level} like you, strong, two-way on {last.isoformat()}"
        return None

    return {
        "sponsor": sponsor,
        "mentor": mentor,
        "coach": coach,
        "connector": connector,
        "peer": peer,
    }


def _prompt(seat: str, p: Facts) -> str | None:
    if seat == "mentor":
        advice = p.history.received_on.get("advice")
        if advice and not p.history.since_last_advice:
            return (
                f"implement their advice and report back: nothing since the advice of "
                f"{advice.isoformat()}"
            )
    return None


def board(
    people: Sequence[Facts], today: dt.date, my_level: str, influence: Callable[[Facts], int]
) -> tuple[list[BoardSeat], list[tuple[int, str]], Line]:
    """The five seats, and my mentees with the line on how many seeds/002 asks for."""
    criteria = _criteria(my_level, today, influence)
    seated = {p.id for p in people if p.board_seat}
    seats = []
    for seat in Seat:
        holders = [p for p in people if p.board_seat == seat.value]
        lines, candidates = [], []
        quote = seeds.BOARD_SEATS[seat.value]
        if holders:
            cultivation = seeds.CULTIVATION[seat.value]
            for p in holders:
                text = f"{seat.value}: {p.label} — {cultivation.text}"
                lines.append(Line(text, f"board: {seat.value}", cultivation))
                prompt = _prompt(seat.value, p)
                if prompt:
                    lines.append(Line(f"{p.label}: {prompt}", f"board: {seat.value}", cultivation))
        else:
            ranked = sorted(people, key=lambda p: (-p.score, p.id))
            for p in ranked:
                reason = None if p.id in seated else criteria[seat.value](p)
                if reason:
                    candidates.append(Candidate(p.id, p.name, reason))
                    if len(candidates) == 3:
                        break
            text = f"{seat.value}: empty; " + (
                ", ".join(f"{c.name} #{c.contact_id} ({c.reason})" for c in candidates)
                or "no candidate in your data yet"
            )
            lines.append(Line(text, f"board: {seat.value}", quote))
        seats.append(BoardSeat(seat.value, [(p.id, p.name) for p in holders], candidates, lines))
    mentees = [(p.id, p.name) for p in people if p.mentee]
    n = len(mentees)
    status = "within" if MENTEES_LOW <= n <= MENTEES_HIGH else ("below" if n < 2 else "above")
    mentee_line = Line(
        f"mentees: {n} ({status} {MENTEES_LOW}-{MENTEES_HIGH})", "mentees", seeds.MENTEES
    )
    return seats, mentees, mentee_line
