"""Triage (issue 13): a circle for each uncircled contact from their history.

strength ≥ 40 → middle; 15-39 → outer; otherwise the contact stays uncircled as a
"connection only". Never inner: the inner circle is the user's choice. Proposals come in
batches the user confirms one at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from netgarden.domain import seed_texts as seeds
from netgarden.domain.review_facts import Facts
from netgarden.domain.review_lines import Line

MIDDLE_AT = 40
OUTER_AT = 15
BATCH = 20


@dataclass(frozen=True)
class Proposal:
    contact_id: int
    name: str
    company: str | None
    circle: str
    reason: str
    line: Line


def propose(people: Sequence[Facts]) -> tuple[list[Proposal], int]:
    """(proposals for the uncircled, how many stay a connection only), strongest first."""
    found: list[Proposal] = []
    kept = 0
    for p in sorted(people, key=lambda p: (-p.score, p.id)):
        if p.circle != "none":
            continue
        if p.score >= MIDDLE_AT:
            reason = f"strength {p.score} ≥ {MIDDLE_AT}"
            found.append(
                Proposal(
                    p.id,
                    p.name,
                    p.company,
                    "middle",
                    reason,
                    Line(reason, "triage: middle", seeds.MIDDLE_CIRCLE),
                )
            )
        elif p.score >= OUTER_AT:
            reason = f"strength {p.score} is {OUTER_AT}-{MIDDLE_AT - 1}"
            found.append(
                Proposal(
                    p.id,
                    p.name,
                    p.company,
                    "outer",
                    reason,
                    Line(reason, "triage: outer", seeds.OUTER_LINKEDIN),
                )
            )
        else:
            kept += 1
    return found, kept


def batches(proposals: Sequence[Proposal], size: int = BATCH) -> list[list[Proposal]]:
    return [list(proposals[i : i + size]) for i in range(0, len(proposals), size)]
