"""The health review (issue 13): circle sizes against seeds/002's three circles and, kept
apart, seeds/001's nested 150-50-15; strength bands against seeds/001's "usually 5-10" and
"usually 20-50"; lapsed ties and three-touch compliance per circle; the uncircled.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from netgarden.domain import seed_texts as seeds
from netgarden.domain.review_facts import History
from netgarden.domain.review_lines import Line

# seeds/002: (low, high or None for "or more")
THREE_CIRCLES: Mapping[str, tuple[int, int | None, seeds.Quote]] = {
    "inner": (5, 10, seeds.INNER_CIRCLE),
    "middle": (30, 50, seeds.MIDDLE_CIRCLE),
    "outer": (150, None, seeds.OUTER_CIRCLE),
}
BANDS: Mapping[str, tuple[int, int, seeds.Quote]] = {
    "strong": (5, 10, seeds.STRONG_TIES),
    "medium": (20, 50, seeds.MEDIUM_TIES),
}
CIRCLED = ("inner", "middle", "outer")
THREE_TOUCH_CIRCLES = ("inner", "middle")  # three-touch compliance is counted for these


class HasStanding(Protocol):
    """What health reads of a contact (``Facts`` has it)."""

    @property
    def circle(self) -> str: ...
    @property
    def band(self) -> str: ...
    @property
    def history(self) -> History: ...


class Standing(NamedTuple):
    """A contact's standing alone: the health review's read of 30,000 without their Facts."""

    circle: str
    band: str
    history: History


@dataclass(frozen=True)
class Measure:
    """One number against its target, with the line that says how it stands."""

    key: str
    count: int
    low: int
    high: int | None
    status: str  # below, within, above
    line: Line


@dataclass(frozen=True)
class Health:
    as_of: dt.date
    circles: list[Measure]  # seeds/002
    nested: list[Measure]  # seeds/001 150-50-15
    bands: list[Measure]
    lapsed: dict[str, int]
    three_touch: dict[str, tuple[int, int]]  # circle → (meeting it, in the circle)
    uncircled: int
    lines: list[Line]


def _status(count: int, low: int, high: int | None) -> str:
    if count < low:
        return "below"
    return "above" if high is not None and count > high else "within"


def _measure(
    key: str, count: int, low: int, high: int | None, quote: seeds.Quote, rule: str
) -> Measure:
    status = _status(count, low, high)
    wanted = f"{low}-{high}" if high is not None and high != low else f"{low}+"
    if high == low:
        wanted = str(low)
    text = f"{key}: {count} ({status} {wanted})"
    return Measure(key, count, low, high, status, Line(text, rule, quote))


def health(
    people: Sequence[HasStanding],
    today: dt.date,
    cadences: Mapping[str, int],
    lapsed_factor: int,
    three_touch_min: int,
) -> Health:
    """The health review of everyone in ``people`` (archived contacts left out by the caller)."""
    sizes = Counter(p.circle for p in people)
    circles = [
        _measure(f"{c} circle", sizes[c], low, high, quote, "circle size")
        for c, (low, high, quote) in THREE_CIRCLES.items()
    ]
    core, active = sizes["inner"], sizes["inner"] + sizes["middle"]
    total = active + sizes["outer"]
    nested = [
        _measure("core (inner)", core, 15, 15, seeds.CORE_15, "150-50-15: core"),
        _measure("active (inner + middle)", active, 50, 50, seeds.ACTIVE_50, "150-50-15: active"),
        _measure(
            "total (inner + middle + outer)", total, 150, 150, seeds.TOTAL_150, "150-50-15: total"
        ),
    ]
    bands_seen = Counter(p.band for p in people)
    bands = [
        _measure(f"{band} ties", bands_seen[band], low, high, quote, "strength band")
        for band, (low, high, quote) in BANDS.items()
    ]
    lapsed = {c: 0 for c in CIRCLED}
    three = {c: [0, 0] for c in THREE_TOUCH_CIRCLES}
    for p in people:
        if p.circle not in cadences:
            continue
        limit = today - dt.timedelta(days=cadences[p.circle] * lapsed_factor)
        last = p.history.last_any
        lapsed[p.circle] += last is None or last < limit
        if p.circle in three:
            three[p.circle][1] += 1
            three[p.circle][0] += p.history.touches_year >= three_touch_min
    lines = [m.line for m in (*circles, *nested, *bands)]
    for c, n in lapsed.items():
        text = f"{c} circle: {n} lapsed (untouched for {lapsed_factor} cadences)"
        lines.append(Line(text, "lapsed ties", seeds.GRACEFUL_TRANSITION))
    for c, (ok, of) in three.items():
        text = f"{c} circle: {ok} of {of} had {three_touch_min}+ touches in the last year"
        lines.append(Line(text, "three-touch compliance", seeds.THREE_TOUCH))
    uncircled = sizes["none"]
    lines.append(
        Line(
            f"uncircled: {uncircled} (triage proposes a circle for each from their history)",
            "triage",
            seeds.OUTER_LINKEDIN,
        )
    )
    touched = {c: (ok, of) for c, (ok, of) in three.items()}
    return Health(today, circles, nested, bands, lapsed, touched, uncircled, lines)
