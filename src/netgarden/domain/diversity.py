"""The diversity review (issue 13; seeds/001 "Network Diversity Audit"): counts and shares
per value of a dimension, the unknown share, concentration (HHI = Σ share² over known
values) and its effective number (1 / HHI), gaps against the user's targets, and for
seniority an empty top or bottom named explicitly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from netgarden.domain import seed_texts as seeds
from netgarden.domain.normalize import fold
from netgarden.domain.review_facts import Facts
from netgarden.domain.review_lines import Line, share
from netgarden.domain.seniority import level_of
from netgarden.errors import InvalidValue


class Dimension(StrEnum):
    INDUSTRY = "industry"
    FUNCTION = "function"
    SENIORITY = "seniority"
    LOCATION = "location"
    COMPANY = "company"


TOP = ("C-level", "VP")
BOTTOM = ("junior", "intern")
LEVEL_ORDER = ("C-level", "VP", "director", "senior", "mid", "junior", "intern")


def parse_dimension(value: str, field_name: str = "by") -> Dimension:
    try:
        return Dimension(value.strip().lower())
    except ValueError:
        accepted = ", ".join(d.value for d in Dimension)
        raise InvalidValue(
            field_name, f"{value!r} is not accepted; use one of: {accepted}"
        ) from None


@dataclass(frozen=True)
class Value:
    value: str
    count: int
    share: float


@dataclass(frozen=True)
class Gap:
    value: str
    at_least: int
    have: int
    line: Line


@dataclass(frozen=True)
class Diversity:
    by: str
    total: int
    values: list[Value]
    unknown: int
    unknown_share: float
    hhi: float
    effective: float
    gaps: list[Gap]
    lines: list[Line]


def value_of(p: Facts, by: Dimension) -> str | None:
    """A contact's value in a dimension; ``None`` when unknown. Seniority is read as
    warm paths read it (the title first, then the seniority field)."""
    if by is Dimension.SENIORITY:
        if not (p.title or p.seniority):
            return None
        return level_of(p.title, p.seniority)[0]
    raw = getattr(p, by.value)
    return raw.strip() if raw and raw.strip() else None


def concentration(counts: Sequence[int]) -> tuple[float, float]:
    """(HHI over the known values, effective number 1/HHI): 6/2/2 → (0.44, 2.27)."""
    total = sum(counts)
    if not total:
        return 0.0, 0.0
    hhi = sum((c / total) ** 2 for c in counts)
    return round(hhi, 4), round(1 / hhi, 2)


def diversity(people: Sequence[Facts], by: Dimension, targets: Mapping[str, int]) -> Diversity:
    """The review of one dimension; ``targets`` maps a value to its at-least."""
    seen: Counter[str] = Counter()
    shown: dict[str, str] = {}
    unknown = 0
    for p in people:
        value = value_of(p, by)
        if value is None:
            unknown += 1
            continue
        key = fold(value)
        shown.setdefault(key, value)
        seen[key] += 1
    total = len(people)
    known = sum(seen.values())
    values = [
        Value(shown[k], n, share(n, known))
        for k, n in sorted(seen.items(), key=lambda kv: (-kv[1], shown[kv[0]]))
    ]
    hhi, effective = concentration(list(seen.values()))
    rule = f"diversity: {by.value}"
    lines = [
        Line(
            f"{by.value}: {len(values)} values, HHI {hhi:.2f}, effective number "
            f"{effective:.2f}, unknown {unknown} of {total}",
            rule,
            seeds.DIVERSITY_AUDIT,
        )
    ]
    gaps = []
    for value, at_least in sorted(targets.items()):
        have = seen.get(fold(value), 0)
        if have < at_least:
            text = f"target {value}: {have} of at least {at_least}"
            gap = Gap(value, at_least, have, Line(text, "diversity target", seeds.DIVERSITY_AUDIT))
            gaps.append(gap)
            lines.append(gap.line)
    if by is Dimension.SENIORITY:
        for end, levels in (("top", TOP), ("bottom", BOTTOM)):
            if not any(seen.get(fold(level)) for level in levels):
                text = f"seniority: the {end} is empty (no {' or '.join(levels)})"
                lines.append(Line(text, "seniority extremes", seeds.SENIORITY_LEVELS))
    return Diversity(
        by.value, total, values, unknown, share(unknown, total), hhi, effective, gaps, lines
    )
