"""The internal review (issue 13; seeds/001 "Internal Organizational Networking"): my own
company's people by function (horizontal) and by seniority above, at and below me
(vertical), and decision makers whose tie is weak."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from netgarden.domain import seed_texts as seeds
from netgarden.domain.review_lines import Line
from netgarden.domain.seniority import WEIGHTS, level_of
from netgarden.errors import UserError
from netgarden.services.board import my_level
from netgarden.services.database import Unit
from netgarden.services.reviews import review_facts

WEAK = ("weak", "dormant", "new")


@dataclass(frozen=True)
class Internal:
    company: str
    by_function: dict[str, int]
    vertical: dict[str, int]
    weak_deciders: list[tuple[int, str, str]]
    lines: list[Line]


def internal_review(unit: Unit, today: dt.date) -> Internal:
    from netgarden.services.profile import my_facts

    company = my_facts(unit).get("company")
    if not company:
        raise UserError("reviews do not know your company yet; set it in your profile first")
    mine = WEIGHTS[my_level(unit)]
    people = [
        p
        for p in review_facts(unit, today)
        if p.company and p.company.casefold() == company.casefold()
    ]
    functions = Counter(p.function or "unknown" for p in people)
    vertical = {"above": 0, "at": 0, "below": 0}
    for p in people:
        weight = WEIGHTS[level_of(p.title, p.seniority)[0]]
        vertical["above" if weight > mine else "below" if weight < mine else "at"] += 1
    deciders = [(p.id, p.name, p.decides) for p in people if p.decides and p.band in WEAK]
    lines = [
        Line(
            f"{company}: {len(people)} people in {len(functions)} functions: "
            + ", ".join(f"{f} {n}" for f, n in functions.most_common()),
            "internal: horizontal",
            seeds.INTERNAL_HORIZONTAL,
        ),
        Line(
            f"{company}: {vertical['above']} above you, {vertical['at']} at your level, "
            f"{vertical['below']} below",
            "internal: vertical",
            seeds.INTERNAL_VERTICAL,
        ),
    ]
    lines += [
        Line(
            f"{name} #{i} decides {what} and your tie is weak",
            "internal: decision makers",
            seeds.DECISION_MAKERS,
        )
        for i, name, what in deciders
    ]
    return Internal(company, dict(functions), vertical, deciders, lines)
