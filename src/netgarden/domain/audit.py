"""The audit (issue 13; seeds/001 "natural attrition … graceful transition", seeds/002
"Review and prune network"): circle changes proposed, each with the criterion that fired.

- consider for inner: middle, strong, ≥ 3 two-way touches in a year
- promote to middle: outer, strength ≥ 40 and ≥ 3 two-way touches in a year
- demote inner → middle: no two-way touch in two cadences and not strong
- demote middle → outer: weak (strength < 40), or no two-way touch in two cadences, or
  the relationship drains me (seeds/001 "energy balance") and is not strong
- archive: outer, nothing at all for two years and strength < 15

A demotion or archive is not proposed ("kept: …") for a target company, a board seat, an
open introduction, influence ≥ 4, or a relationship that energizes me.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from netgarden.domain import seed_texts as seeds
from netgarden.domain.review_facts import Facts
from netgarden.domain.review_lines import Line

TWO_YEARS = dt.timedelta(days=730)


@dataclass(frozen=True)
class AuditProposal:
    number: int
    contact_id: int
    name: str
    action: str  # consider-inner, promote-middle, demote-inner, demote-middle, archive
    circle: str  # the circle it would move to ("archived" for an archive)
    line: Line


@dataclass(frozen=True)
class Kept:
    contact_id: int
    name: str
    action: str
    because: str
    line: Line


def _quiet(p: Facts, today: dt.date, cadence: int) -> bool:
    last = p.history.last_two_way
    return last is None or last < today - dt.timedelta(days=2 * cadence)


def _rule(
    p: Facts, today: dt.date, cadences: Mapping[str, int]
) -> tuple[str, str, str, seeds.Quote] | None:
    """(action, new circle, criterion, seed) for the first rule that fires."""
    h, strong = p.history, p.band == "strong"
    if p.circle == "middle" and strong and h.two_way_year >= 3:
        text = f"strong, {h.two_way_year} two-way touches in a year"
        return "consider-inner", "inner", text, seeds.EXPAND_INNER
    if p.circle == "outer" and p.score >= 40 and h.two_way_year >= 3:
        text = f"strength {p.score} ≥ 40, {h.two_way_year} two-way touches in a year"
        return "promote-middle", "middle", text, seeds.MIDDLE_CIRCLE
    if p.circle == "inner" and not strong and _quiet(p, today, cadences["inner"]):
        text = f"no two-way touch in two cadences ({2 * cadences['inner']} days), not strong"
        return "demote-inner", "middle", text, seeds.GRACEFUL_TRANSITION
    if p.circle == "middle":
        if p.score < 40:
            return (
                "demote-middle",
                "outer",
                f"weak (strength {p.score} < 40)",
                seeds.NATURAL_ATTRITION,
            )
        if _quiet(p, today, cadences["middle"]):
            text = f"no two-way touch in two cadences ({2 * cadences['middle']} days)"
            return "demote-middle", "outer", text, seeds.GRACEFUL_TRANSITION
        if p.energy == "drains" and not strong:
            return "demote-middle", "outer", "drains your energy, not strong", seeds.ENERGY_BALANCE
    last = p.history.last_any
    if p.circle == "outer" and (last is None or last < today - TWO_YEARS) and p.score < 15:
        text = f"nothing for two years, strength {p.score} < 15"
        return "archive", "archived", text, seeds.REVIEW_AND_PRUNE
    return None


def _exemption(p: Facts, targets: Collection[str], open_intros: Collection[int]) -> str | None:
    if p.company and p.company.casefold() in targets:
        return f"works at target company {p.company}"
    if p.board_seat:
        return f"holds your board seat {p.board_seat}"
    if p.id in open_intros:
        return "an open introduction"
    if p.influence is not None and p.influence >= 4:
        return f"influence {p.influence} ≥ 4"
    if p.energy == "energizes":
        return "energizes you"
    return None


def audit(
    people: Sequence[Facts],
    today: dt.date,
    cadences: Mapping[str, int],
    target_companies: Collection[str],
    open_intros: Collection[int],
) -> tuple[list[AuditProposal], list[Kept]]:
    """Numbered proposals and the demotions kept by an exemption, in id order."""
    targets = {t.casefold() for t in target_companies}
    proposals: list[AuditProposal] = []
    kept: list[Kept] = []
    for p in sorted(people, key=lambda p: p.id):
        fired = _rule(p, today, cadences)
        if fired is None:
            continue
        action, circle, criterion, quote = fired
        line = Line(f"{p.label}: {action} ({criterion})", f"audit: {action}", quote)
        upward = action in ("consider-inner", "promote-middle")
        because = None if upward else _exemption(p, targets, open_intros)
        if because:
            kept.append(
                Kept(
                    p.id,
                    p.name,
                    action,
                    because,
                    Line(f"kept: {p.label} ({because})", f"audit: {action}", quote),
                )
            )
        else:
            proposals.append(AuditProposal(len(proposals) + 1, p.id, p.name, action, circle, line))
    return proposals, kept
