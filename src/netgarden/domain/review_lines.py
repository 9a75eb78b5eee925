"""A line of a review: what it says, the rule it applies and the seed words it comes from.

Every review (health, triage, audit, diversity, matrix, board, brokers, internal) answers in
these, so a command, a page and the API name the same rule and seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netgarden.domain.seed_texts import Quote


@dataclass(frozen=True)
class Line:
    text: str
    rule: str
    quote: Quote

    @property
    def source(self) -> str:
        """``seeds/002: Inner Circle (5-10 people)``: the seed, then its words."""
        return f"{self.quote.seed}: {self.quote.text}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "rule": self.rule,
            "seed": self.quote.seed,
            "quote": self.quote.text,
            "section": self.quote.section,
        }


def share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
