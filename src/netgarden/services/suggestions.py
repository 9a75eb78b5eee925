"""Suggestions of whom to introduce to whom: the network's profiles and links, scored by
``domain.suggestions``."""

from __future__ import annotations

from netgarden.domain.suggestions import Profile, Suggestion, suggest
from netgarden.services.database import Unit

__all__ = ["Suggestion", "suggest_intros"]


def suggest_intros(unit: Unit, limit: int = 20) -> list[Suggestion]:
    """Pairs not yet linked where one's needs match the other's expertise, best first."""
    profiles = [
        Profile(p.id, p.name, (p.title, p.function, p.industry, p.interests), p.help_them)
        for p in unit.network.profiles()
    ]
    return suggest(profiles, unit.network.all_pairs(), limit)
