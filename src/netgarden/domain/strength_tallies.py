"""Strength from per-contact tallies instead of every event (issue 18).

A contact's events fall into classes that score alike: a touch's kind and how two-way it
was, or a ledger entry's type. Per class a :class:`Tally` keeps the count, the first and
last dates, and one decayed sum ``Σ 0.5^((last - on) / (m x h))`` for each of the five
half-life steps of :func:`netgarden.domain.strength.strength` (``m`` = 1, 1.25, 1.5, 1.75,
2 by whole years known: :data:`~netgarden.domain.strength.HALF_LIFE_STEPS`). The score at
``as_of`` is then ``Σ weight x 0.5^((as_of - last) / (m x h)) x sum_m`` over a handful of
classes — the same number as scoring every event, for every contact, without reading them.

Beside its classes each contact has one summary tally (source ``"all"``): the classes'
sums weighed by the default weights and brought to the contact's last day, so everyone's
strength reads one row per contact (``total = 0.5^((as_of - last) / (m x h)) x sum_m``).

Only events after ``as_of`` (a day asked in the past) and a half-life other than the default
leave the tallies unable to tell: :func:`score_from_tallies` answers ``None`` there and the
caller scores the events.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from netgarden.domain.strength import (
    HALF_LIFE_STEPS,
    Band,
    Event,
    StrengthWeights,
    band_of,
    half_life_step,
    years_known,
)

# the half-life the sums are kept for: the default setting (another one scores the events)
TALLY_HALF_LIFE = StrengthWeights().half_life_days
TWO_WAY, UNANSWERED, UNKNOWN = "two-way", "unanswered", "unknown"
ONE_WAY = "one-way"  # a summary's reply when none of the contact's events was two-way
SUMMARY = "all"  # the summary tally's source
_DEFAULT = StrengthWeights()
# the stored sums, one per half-life step, in the order of HALF_LIFE_STEPS
SUMS = ("near", "at3", "at4", "at5", "far")


class Tally(NamedTuple):
    """The events of one class for one contact."""

    source: str  # "touch", or the ledger entry's type
    kind: str  # the touch's kind ("" for a ledger entry: its weight is by type)
    reply: str  # TWO_WAY, UNANSWERED or UNKNOWN
    events: int
    first_on: dt.date
    last_on: dt.date
    near: float  # Σ 0.5^((last_on - on) / h): known under three whole years
    far: float  # Σ 0.5^((last_on - on) / 2h): known six whole years or more
    at3: float  # Σ 0.5^((last_on - on) / 1.25h): known three whole years
    at4: float  # ... / 1.5h: four whole years
    at5: float  # ... / 1.75h: five whole years


# where each half-life step's sum sits in a Tally (near, at3, at4, at5, far)
_SUM_AT = tuple(Tally._fields.index(name) for name in SUMS)


class TallyScore(NamedTuple):
    score: int
    band: Band


def class_of(event: Event) -> tuple[str, str, str]:
    if event.source != "touch":
        return event.source, "", TWO_WAY
    if event.two_way:
        return "touch", event.kind, TWO_WAY
    return "touch", event.kind, UNANSWERED if event.replied is False else UNKNOWN


def tallies(events: Iterable[Event]) -> list[Tally]:
    """One contact's events folded into tallies, one per class in class order, then the
    summary (when there are events)."""
    grouped: dict[tuple[str, str, str], list[dt.date]] = {}
    for event in events:
        grouped.setdefault(class_of(event), []).append(event.on)
    found = []
    for (source, kind, reply), days in sorted(grouped.items()):
        last = max(days)
        ages = [(last - on).days for on in days]
        near, at3, at4, at5, far = (
            math.fsum(0.5 ** (age / (m * TALLY_HALF_LIFE)) for age in ages) for m in HALF_LIFE_STEPS
        )
        found.append(
            Tally(source, kind, reply, len(days), min(days), last, near, far, at3, at4, at5)
        )
    return [*found, summary(found)] if found else found


def summary(classes: Sequence[Tally]) -> Tally:
    """The classes' sums weighed by the default weights and brought to the last day."""
    last = max(t.last_on for t in classes)
    sums = [
        math.fsum(
            _weight(t, _DEFAULT)
            * 0.5 ** ((last - t.last_on).days / (m * TALLY_HALF_LIFE))
            * t[_SUM_AT[step]]
            for t in classes
        )
        for step, m in enumerate(HALF_LIFE_STEPS)
    ]
    near, at3, at4, at5, far = sums
    reply = TWO_WAY if any(t.reply == TWO_WAY for t in classes) else ONE_WAY
    first = min(t.first_on for t in classes)
    count = sum(t.events for t in classes)
    return Tally(SUMMARY, "", reply, count, first, last, near, far, at3, at4, at5)


def score_from_tallies(
    found: Sequence[Tally], as_of: dt.date, weights: StrengthWeights
) -> TallyScore | None:
    """The score and band at ``as_of`` as ``strength`` gives them, or ``None`` where the
    tallies cannot tell (the caller then scores the events)."""
    return TallyScorer(weights).score(found, as_of)


class TallyScorer:
    """Scores many contacts' tallies with one set of weights (batch strength: 30,000 at a
    time): from the summary when the weights are the default ones, else from the classes
    (each class's weight worked out once)."""

    def __init__(self, weights: StrengthWeights) -> None:
        self.weights = weights
        self.usable = weights.half_life_days == TALLY_HALF_LIFE
        # the summary is weighed by the default weights; the settings change only the
        # half-life (then nothing is usable) and the saturation (applied after the sum)
        self.summaries = self.usable and replace(weights, saturation=0) == replace(
            _DEFAULT, saturation=0
        )
        self._weights: dict[tuple[str, str, str], float] = {}

    def score(self, found: Sequence[Tally], as_of: dt.date) -> TallyScore | None:
        """The score from a contact's tallies (classes, summary or both)."""
        if not found:
            return TallyScore(0, Band.NEW)
        if not self.usable:
            return None
        if self.summaries:
            for t in found:
                if t.source == SUMMARY:
                    return self._from_summary(t, as_of)
        classes = [t for t in found if t.source != SUMMARY]
        first, last = min(t.first_on for t in classes), max(t.last_on for t in classes)
        if last > as_of:
            return None
        step = half_life_step(years_known(first, as_of))
        half_life, at = HALF_LIFE_STEPS[step] * TALLY_HALF_LIFE, _SUM_AT[step]
        day = as_of.toordinal()
        total = math.fsum(
            self._weight(t) * 0.5 ** ((day - t.last_on.toordinal()) / half_life) * t[at]
            for t in classes
        )
        return self._scored(total, any(t.reply == TWO_WAY for t in classes))

    def _from_summary(self, t: Tally, as_of: dt.date) -> TallyScore | None:
        if t.last_on > as_of:
            return None
        step = half_life_step(years_known(t.first_on, as_of))
        half_life = HALF_LIFE_STEPS[step] * TALLY_HALF_LIFE
        total = 0.5 ** ((as_of - t.last_on).days / half_life) * t[_SUM_AT[step]]
        return self._scored(total, t.reply == TWO_WAY)

    def _scored(self, total: float, two_way: bool) -> TallyScore:
        score = _score_of(total, two_way, self.weights)
        return TallyScore(score, band_of(score, True))

    def summary_scores(
        self, rows: Iterable[SummaryRow], as_of: dt.date
    ) -> tuple[dict[int, tuple[int, str]], list[int]]:
        """Each contact's (score, band's value) at ``as_of`` from their summary tally as
        plain values (:data:`SummaryRow`), as :meth:`score` gives them, without an object a
        contact (30,000 at a time); and the contacts it cannot tell (an event after
        ``as_of``: the caller scores their events). Only for the default weights
        (``summaries``)."""
        assert self.summaries, "the summary is weighed by the default weights"
        found: dict[int, tuple[int, str]] = {}
        pending: list[int] = []
        # a network repeats its first and last days: each step and decay worked out once
        steps: dict[dt.date, int] = {}
        decays: dict[tuple[int, dt.date], float] = {}
        weights = self.weights
        for contact_id, first, last, reply, near, at3, at4, at5, far in rows:
            if last > as_of:
                pending.append(contact_id)
                continue
            step = steps.get(first)
            if step is None:
                step = steps[first] = half_life_step(years_known(first, as_of))
            decay = decays.get((step, last))
            if decay is None:
                half_life = HALF_LIFE_STEPS[step] * TALLY_HALF_LIFE
                decay = decays[step, last] = 0.5 ** ((as_of - last).days / half_life)
            score = _score_of(decay * (near, at3, at4, at5, far)[step], reply == TWO_WAY, weights)
            found[contact_id] = (score, _BANDS[score])
        return found, pending

    def _weight(self, tally: Tally) -> float:
        key = (tally.source, tally.kind, tally.reply)
        weight = self._weights.get(key)
        if weight is None:
            weight = self._weights[key] = _weight(tally, self.weights)
        return weight


# a summary tally as plain values: (contact_id, first_on, last_on, reply, *SUMS)
SummaryRow = tuple[int, dt.date, dt.date, str, float, float, float, float, float]
# each score's band (with history), by score
_BANDS = tuple(band_of(score, True).value for score in range(101))


def _score_of(total: float, two_way: bool, weights: StrengthWeights) -> int:
    """0-100 from the decayed, weighted sum (strength's formula); one-way history capped."""
    score = round(100 * (1 - math.exp(-total / weights.saturation)))
    return score if two_way else min(score, weights.one_way_cap)


def _weight(tally: Tally, w: StrengthWeights) -> float:
    return _class_weight(tally.source, tally.kind, tally.reply, w)


def _class_weight(source: str, kind: str, reply: str, w: StrengthWeights) -> float:
    if source != "touch":
        return w.ledger.get(source, 0.0)
    base = w.kinds.get(kind, 2.0)
    if reply == TWO_WAY:
        return base
    return base * (w.unanswered if reply == UNANSWERED else w.unknown_reply)


# past this many half-lives between a contact's last event and the day asked, taking the
# later events back out of the sums could lose precision: the events are scored instead
_FURTHEST = 20.0
# a score this close to a rounding edge is left to the events (the sums are exact only to
# the last bits of a float)
_EDGE = 1e-6


def score_before(
    summary: Tally | None,
    two_way: bool,
    later: Iterable[Event],
    as_of: dt.date,
    scorer: TallyScorer,
) -> TallyScore | None:
    """The score at ``as_of`` of the events up to it, as ``strength`` gives it, from a
    contact's summary tally (every event), whether an event up to ``as_of`` was two-way,
    and their events after ``as_of`` (:func:`score_less` of their :func:`later_shares`)."""
    return score_less(summary, two_way, later_shares(later, as_of), as_of, scorer)


def later_shares(later: Iterable[Event], as_of: dt.date) -> tuple[float, ...]:
    """What the events after ``as_of`` add to a summary, brought back to ``as_of``: one sum
    per half-life step, in :data:`SUMS`' order (``Σ weight x 0.5^((as_of - on) / (m x h))`` by
    the default weights; the store sums the same in SQL, ``shares_after``)."""
    day = as_of.toordinal()
    found = [(_class_weight(*class_of(e), _DEFAULT), day - e.on.toordinal())
             for e in later if e.on > as_of]  # fmt: skip
    return tuple(
        math.fsum(w * 0.5 ** (age / (m * TALLY_HALF_LIFE)) for w, age in found)
        for m in HALF_LIFE_STEPS
    )


def score_less(
    summary: Tally | None,
    two_way: bool,
    later: Sequence[float],
    as_of: dt.date,
    scorer: TallyScorer,
) -> TallyScore | None:
    """The score at ``as_of`` from a contact's summary tally brought back to ``as_of``, less
    ``later``, the shares of their events after it (:func:`later_shares`); ``two_way``:
    whether an event up to ``as_of`` was two-way. ``None`` where that cannot tell exactly
    (weights other than the summary's, a day many half-lives back, a score on a rounding
    edge): the caller then scores the events (``scorer``: the weights asked)."""
    if summary is None:
        return TallyScore(0, Band.NEW)
    sums = (summary.near, summary.at3, summary.at4, summary.at5, summary.far)  # SUMS' order
    return sums_less(summary.first_on, summary.last_on, sums, two_way, later, as_of, scorer)


def sums_less(
    first_on: dt.date,
    last_on: dt.date,
    sums: Sequence[float],
    two_way: bool,
    later: Sequence[float],
    as_of: dt.date,
    scorer: TallyScorer,
) -> TallyScore | None:
    """:func:`score_less` of a summary as plain values (a :data:`SummaryRow`'s days and sums,
    in :data:`SUMS`' order)."""
    if first_on > as_of:
        return TallyScore(0, Band.NEW)
    if not scorer.summaries:
        return None
    step, half_life = _half_life(first_on, as_of)
    ahead = last_on.toordinal() - as_of.toordinal()
    if ahead > _FURTHEST * half_life:
        return None
    total = max(0.5 ** (-ahead / half_life) * sums[step] - later[step], 0.0)
    exact = 100 * (1 - math.exp(-total / scorer.weights.saturation))
    if abs(exact - math.floor(exact) - 0.5) < _EDGE:
        return None
    score = round(exact)
    if not two_way:
        score = min(score, scorer.weights.one_way_cap)
    return TallyScore(score, band_of(score, True))


@lru_cache(maxsize=4096)
def _half_life(first_on: dt.date, as_of: dt.date) -> tuple[int, float]:
    """The half-life step and its days for someone first seen on ``first_on``, at ``as_of``
    (a network repeats its first days: worked out once each)."""
    step = half_life_step(years_known(first_on, as_of))
    return step, HALF_LIFE_STEPS[step] * TALLY_HALF_LIFE
