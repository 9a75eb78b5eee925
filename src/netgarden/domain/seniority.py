"""How much a person at the end of a warm path can help with the ask: their seniority (from
the title, else the seniority field) and, when the ask names a role, how much of their title
is about that role.

Levels and weights (a title matching several levels takes the highest):

| level    | title words                                              | weight |
|----------|----------------------------------------------------------|--------|
| C-level  | chief, CEO/CTO/…, founder, president, officer, partner  | 1.0    |
| VP       | VP, SVP, EVP, vice president, head (of)                  | 0.9    |
| director | director, principal, distinguished, fellow               | 0.8    |
| senior   | senior, sr, staff, lead                                  | 0.7    |
| mid      | anything else (and an unknown title)                     | 0.55   |
| junior   | junior, jr, associate, assistant, coordinator, entry     | 0.4    |
| intern   | intern, trainee, apprentice, student                     | 0.25   |

The seniority field (junior, mid, senior, executive, and the level names above) counts when
the title says nothing. A role's fit is 0.5 plus half the share of the title's words (level
words aside) that the role names: "VP Product" fits "product" fully, "Product Marketer"
half, "Productivity Lead" (only inside a word) not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from netgarden.domain.normalize import fold

_C_LEVEL = (
    r"chief|c[a-z]o|founder|cofounder|(?<!vice )(?<!vice-)president|officer"
    r"|(?:general|managing|founding) partner|^partner$"
)
# level, weight, title pattern (whole words, folded)
LEVELS: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple(
    (level, weight, re.compile(rf"\b(?:{words})\b"))
    for level, weight, words in (
        ("C-level", 1.0, _C_LEVEL),
        ("VP", 0.9, r"vp|svp|evp|vice[- ]president|head"),
        ("director", 0.8, r"director|principal|distinguished|fellow"),
        ("senior", 0.7, r"senior|sr|staff|lead"),
        ("junior", 0.4, r"junior|jr|associate|assistant|coordinator|entry[- ]level"),
        ("intern", 0.25, r"intern|internship|trainee|apprentice|student"),
    )
)
MID = ("mid", 0.55)
FIELD_LEVELS = {
    "executive": "C-level", "c-level": "C-level", "vp": "VP", "director": "director",
    "senior": "senior", "lead": "senior", "mid": "mid", "junior": "junior", "entry": "junior",
    "intern": "intern",
}  # fmt: skip
WEIGHTS = {level: weight for level, weight, _ in LEVELS} | {MID[0]: MID[1]}
# words that say how senior, not what about (left out of a role's fit)
_LEVEL_WORDS = re.compile(rf"\b(?:{_C_LEVEL}|vp|svp|evp|vice|head|of|director|principal|"
                          r"senior|sr|staff|lead|junior|jr|intern|and|&)\b")  # fmt: skip
_WORD = re.compile(r"[\w+#]+")


@dataclass(frozen=True)
class Help:
    """How much someone can help with an ask (0-1), and why."""

    weight: float
    why: str


@lru_cache(maxsize=4096)
def level_of(title: str | None, seniority: str | None) -> tuple[str, str]:
    """(level, what it was read from): the title first, then the seniority field. Kept per
    title (a network repeats its titles: the matrix reads 30,000 at a time)."""
    folded = fold(title)
    matched = [(weight, level) for level, weight, pattern in LEVELS if pattern.search(folded)]
    if matched:
        return max(matched)[1], f"“{title}”"
    field = FIELD_LEVELS.get(fold(seniority))
    if field:
        return field, f"seniority {seniority}"
    return MID[0], f"“{title}”" if title else "no title or seniority"


def role_fit(title: str | None, role: str) -> tuple[float, str]:
    """(fit 0.5-1, how it fits): the share of the title's own words the role names."""
    wanted = set(_WORD.findall(fold(role)))
    words = _WORD.findall(_LEVEL_WORDS.sub(" ", fold(title)))
    if not words or not wanted:
        return 0.5, f"title barely about “{role}”"
    share = sum(word in wanted for word in words) / len(words)
    if share >= 1:
        return 1.0, f"title about “{role}”"
    if share == 0:
        return 0.5, f"title barely about “{role}”"
    return round(0.5 + share / 2, 3), f"title partly about “{role}”"


def helpfulness(title: str | None, seniority: str | None, role: str | None = None) -> Help:
    """How much this person can help: their level's weight, times the role's fit if any."""
    level, source = level_of(title, seniority)
    weight, why = WEIGHTS[level], f"{level} ({source})"
    if role:
        fit, how = role_fit(title, role)
        weight, why = weight * fit, f"{why}, {how}"
    return Help(round(weight, 4), why)
