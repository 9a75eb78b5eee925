"""The call list as a whole: everyone classed (``domain.career.classify``), in order, and its
summary — counts per class, the share who switched careers beside the ~10% seeds/004 saw,
and each target company where nobody reaches a hiring manager."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from netgarden.domain.career import (
    CLASS_ORDER,
    SWITCHED_SHARE_SEEN,
    Call,
    CallClass,
    CallPerson,
    CompanyFacts,
    Status,
    classify,
)
from netgarden.domain.normalize import fold
from netgarden.domain.seniority import level_of

JUNIOR_LEVELS = frozenset({"junior", "intern"})


def is_junior(title: str | None, seniority: str | None) -> bool:
    """Whether I am early in my career (my profile's title, else its seniority)."""
    if not title and not seniority:
        return False
    return level_of(title, seniority)[0] in JUNIOR_LEVELS


@dataclass(frozen=True)
class Summary:
    counts: dict[str, int]
    total: int
    switched: int
    switched_share: float | None
    unreached_targets: list[str]  # target companies where nobody reaches a hiring manager
    junior_first: bool  # intermediate and senior people first (I am junior)
    role: str | None


@dataclass(frozen=True)
class CallList:
    calls: list[Call]
    summary: Summary


def call_list(
    people: Sequence[CallPerson],
    companies: Mapping[str, CompanyFacts],
    role: str | None,
    junior: bool,
    targets: Sequence[str],
) -> CallList:
    """Everyone in ``people`` classed and ordered: by class (``CLASS_ORDER``), then, for a
    junior user, intermediate and senior people first, then the strongest first."""
    calls = []
    for p in people:
        call = classify(p, companies.get(fold(p.company)) if p.company else None, role)
        level = level_of(p.title, p.seniority)[0]
        calls.append(Call(call.person, call.klass, call.reason, level not in JUNIOR_LEVELS))
    rank = {klass: i for i, klass in enumerate(CLASS_ORDER)}
    calls.sort(
        key=lambda c: (rank[c.klass], junior and not c.senior_enough, -c.person.strength,
                       fold(c.person.name), c.person.id)
    )  # fmt: skip
    return CallList(calls, summarize(calls, role, junior, targets))


def summarize(
    calls: Sequence[Call], role: str | None, junior: bool, targets: Sequence[str]
) -> Summary:
    counts = Counter(c.klass for c in calls)
    switched = sum(c.person.status == Status.SWITCHED_CAREERS.value for c in calls)
    reached = {fold(c.person.company) for c in calls if c.klass is CallClass.CALL_FIRST}
    return Summary(
        counts={k.value: counts.get(k, 0) for k in CLASS_ORDER},
        total=len(calls),
        switched=switched,
        switched_share=round(switched / len(calls), 3) if calls else None,
        unreached_targets=[t for t in targets if fold(t) not in reached],
        junior_first=junior,
        role=role,
    )


def switched_note(summary: Summary) -> str:
    """The switched-careers share beside what seeds/004 saw."""
    if summary.switched_share is None:
        return "nobody to count yet"
    share = f"{summary.switched_share:.0%}"
    seen = f"{SWITCHED_SHARE_SEEN:.0%}"
    who = f"{summary.switched} of {summary.total} ({share})"
    return f"{who} switched careers; seeds/004 saw about {seen}"
