"""The inputs of seeds/002's trust equation, per contact: "Trust = (Credibility +
Reliability + Intimacy) / Self-Orientation". Pure: ``as_of`` is an argument.

- reliability: promises kept on time / promises due in the last year ("Follow through on
  commitments"); None when none fell due;
- self-orientation: asks / (gives + asks) from the value ledger; None with neither;
- credibility and intimacy are the user's own ratings (1-10); without both there is no
  composite number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

YEAR = 365


@dataclass(frozen=True, slots=True)
class Promise:
    due_on: dt.date
    done_on: dt.date | None


@dataclass(frozen=True, slots=True)
class Trust:
    promises_due: int
    kept_on_time: int
    reliability: float | None
    gives: int
    asks: int
    self_orientation: float | None
    credibility: int | None = None
    intimacy: int | None = None

    @property
    def composite(self) -> float | None:
        """(C + R + I) / S on a 1-10 scale for each, only when C and I were rated."""
        if self.credibility is None or self.intimacy is None:
            return None
        if self.reliability is None or not self.self_orientation:
            return None
        reliability = 1 + 9 * self.reliability
        orientation = 1 + 9 * self.self_orientation
        return round((self.credibility + reliability + self.intimacy) / orientation, 2)


def trust(
    promises: Iterable[Promise], gives: int, asks: int, as_of: dt.date,
    credibility: int | None = None, intimacy: int | None = None,
) -> Trust:  # fmt: skip
    """Reliability over promises due in the year to ``as_of``; self-orientation overall."""
    since = as_of - dt.timedelta(days=YEAR)
    due = [p for p in promises if since < p.due_on <= as_of]
    kept = sum(1 for p in due if p.done_on is not None and p.done_on <= p.due_on)
    reliability = round(kept / len(due), 3) if due else None
    orientation = round(asks / (gives + asks), 3) if gives + asks else None
    return Trust(len(due), kept, reliability, gives, asks, orientation, credibility, intimacy)
