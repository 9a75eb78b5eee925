"""The personal board of directors and my profile (issue 13)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netgarden.domain.board import BoardSeat, board
from netgarden.domain.matrix import influence_of
from netgarden.domain.review_facts import Facts
from netgarden.domain.review_lines import Line
from netgarden.domain.seniority import level_of
from netgarden.services.database import Unit
from netgarden.services.reviews import review_facts, target_companies

# what reviews know of me: my company (internal review), title or seniority (board: more
# senior than me, my peers), function, time zone (shared working hours)


@dataclass(frozen=True)
class Board:
    as_of: dt.date
    seats: list[BoardSeat]
    mentees: list[tuple[int, str]]
    mentee_line: Line


def my_level(unit: Unit) -> str:
    from netgarden.services.profile import my_facts

    mine = my_facts(unit)
    return level_of(mine.get("title"), mine.get("seniority"))[0]


def board_review(unit: Unit, today: dt.date, people: list[Facts] | None = None) -> Board:
    targets = {t.casefold() for t in target_companies(unit)}

    def influence(p: Facts) -> int:
        return influence_of(p, targets)[0]

    found = review_facts(unit, today) if people is None else people
    seats, mentees, line = board(found, today, my_level(unit), influence)
    return Board(today, seats, mentees, line)
