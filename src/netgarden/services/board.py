"""The personal board of directors and my profile (issue 13)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netgarden.domain.board import BoardSeat, board
from netgarden.domain.matrix import influence_of
from netgarden.domain.review_facts import Facts
from netgarden.domain.review_lines import Line
from netgarden.domain.seniority import level_of
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.profile import SHARED_KEYS
from netgarden.services.reviews import review_facts, target_companies

# what reviews know of me: my company (internal review), title or seniority (board: more
# senior than me, my peers), function, time zone (shared working hours)
PROFILE_KEYS = ("company", "title", "seniority", "function", "time_zone")


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


def profile(unit: Unit) -> dict[str, str]:
    from netgarden.services.profile import my_facts

    return my_facts(unit)


def set_profile(unit: Unit, values: dict[str, str | None]) -> dict[str, str]:
    """Set (a value) or clear (``""``) what reviews know of me; ``None`` leaves a key alone."""
    from netgarden.domain.time_zones import parse_time_zone

    for key, value in values.items():
        if key not in PROFILE_KEYS:
            raise InvalidValue(
                "key", f"{key!r} is not accepted; use one of: {', '.join(PROFILE_KEYS)}"
            )
        if value is None:
            continue
        cleaned = value.strip()
        if key == "time_zone" and cleaned:
            cleaned = parse_time_zone(cleaned)
        if len(cleaned) > 300:
            raise InvalidValue(key, f"{len(cleaned):,} characters; at most 300")
        if key in SHARED_KEYS:  # one profile: `me` and `profile set` never disagree
            unit.profile.save({key: cleaned or None}, dt.datetime.now(dt.UTC).replace(tzinfo=None))
        else:
            unit.reviews.set_profile(key, cleaned or None)
    return profile(unit)
