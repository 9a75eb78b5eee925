"""Counting in words: a number with its noun agreeing ("1 touch", "2 touches")."""

from __future__ import annotations

_VOWELS = "aeiou"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, plural unless n is 1; thousands separated (``1,204 contacts``).
    Give ``plural`` for nouns the rules below get wrong (person → people)."""
    return f"{n:,} {noun if n == 1 else plural or _plural(noun)}"


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"
