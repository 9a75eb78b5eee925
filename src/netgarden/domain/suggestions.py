"""Suggestions of whom to introduce to whom, the pure part: one person's needs matching
another's expertise, scored by how rare the shared words are (TF-IDF without the TF)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence, Set
from dataclasses import dataclass

PER_NEED = 3
_WORD = re.compile(r"[a-z][a-z0-9+#-]{2,}")
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "about",
        "their",
        "from",
        "into",
        "that",
        "this",
        "what",
        "how",
        "they",
        "them",
        "our",
        "your",
        "help",
        "intro",
        "intros",
        "introductions",
        "share",
        "research",
        "feedback",
    ]
)


@dataclass(frozen=True)
class Suggestion:
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    score: float
    reason: str


@dataclass(frozen=True)
class Profile:
    """What one person knows (their title, function, industry, interests) and needs (how
    someone can help them), as free text."""

    id: int
    name: str
    knows: tuple[str | None, ...]
    needs: str | None


def suggest(
    profiles: Sequence[Profile], linked: Set[tuple[int, int]], limit: int = 20
) -> list[Suggestion]:
    """Pairs not yet ``linked`` (each pair as (low id, high id)) where one's needs match the
    other's expertise, best first: each shared word weighs more the rarer it is among what
    people know (a word more than a fifth of people know weighs nothing); each distinct set
    of needs keeps its ``PER_NEED`` best matches."""
    expertise: dict[int, set[str]] = {}
    needs: dict[int, set[str]] = {}
    for p in profiles:
        expertise[p.id] = _words(*p.knows)
        needs[p.id] = _words(p.needs)
    df = Counter(word for words in expertise.values() for word in words)
    total = max(len(profiles), 1)
    too_common = max(total * 0.2, 2)  # in a tiny network nothing is "common"
    idf = {word: math.log(1 + total / count) for word, count in df.items() if count <= too_common}
    index: dict[str, list[int]] = defaultdict(list)
    for contact_id, words in expertise.items():
        for word in words:
            if word in idf:
                index[word].append(contact_id)
    names = {p.id: p.name for p in profiles}
    best: list[tuple[float, int, int, list[str]]] = []
    # people often need the same things: score each distinct set of needs once
    ranked_for: dict[frozenset[str], list[tuple[float, int, list[str]]]] = {}
    for a, wanted in needs.items():
        key = frozenset(w for w in wanted if w in index)
        if not key:
            continue
        if key not in ranked_for:
            scores: dict[int, float] = defaultdict(float)
            shared: dict[int, list[str]] = defaultdict(list)
            for word in key:
                for b in index[word]:
                    scores[b] += idf[word]
                    shared[b].append(word)
            top = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[: PER_NEED + 1]
            ranked_for[key] = [(score, b, shared[b]) for b, score in top]
        taken = 0
        for score, b, common in ranked_for[key]:
            if b != a and (min(a, b), max(a, b)) not in linked and taken < PER_NEED:
                best.append((score, a, b, common))
                taken += 1
    best.sort(key=lambda item: (-item[0], item[1], item[2]))
    seen: set[tuple[int, int]] = set()
    result = []
    for score, a, b, common in best:
        pair = (min(a, b), max(a, b))
        if pair in seen:
            continue
        seen.add(pair)
        reason = f"{names[a]} needs {', '.join(sorted(common)[:4])}; {names[b]} knows it"
        result.append(Suggestion(a, names[a], b, names[b], round(score, 2), reason))
        if len(result) >= limit:
            break
    return result


def _words(*texts: str | None) -> set[str]:
    found: set[str] = set()
    for text in texts:
        if text:
            found.update(w for w in _WORD.findall(text.casefold()) if w not in _STOP)
    return found
