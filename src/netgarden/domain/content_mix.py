"""What I publish, and the two content-mix rules it is held to.

Content is counted by its mix: ``insight`` (industry insights and valuable information),
``journey`` (my own professional journey and lessons learned), ``promotion`` (my company,
my product, myself). Two seeds give a rule, and they disagree, so both are checked:

- seeds/002's 70-20-10 content rule: at least 70% insight and at most 10% promotion
  (the journey takes the 20% between);
- seeds/001's 80/20 rule: at most 20% promotion (80% value-giving content: insight and
  journey alike).

A rule *warns* when the promotion share is above its ceiling (or, for 70-20-10, insight is
below 70%); with nothing published it has nothing to say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from netgarden.domain.goal_texts import MIX_70_20_10, MIX_80_20
from netgarden.domain.seed_texts import Quote
from netgarden.domain.values import E, _choice


class Mix(StrEnum):
    INSIGHT = "insight"
    JOURNEY = "journey"
    PROMOTION = "promotion"


class ContentKind(StrEnum):
    ARTICLE = "article"
    POST = "post"
    THREAD = "thread"
    NEWSLETTER = "newsletter"
    TALK = "talk"
    VIDEO = "video"
    PODCAST = "podcast"
    OTHER = "other"


class CommunityRole(StrEnum):
    """How I take part in a community (seeds/002: "Join board or leadership role")."""

    MEMBER = "member"
    COMMITTEE = "committee"
    BOARD = "board"


def parse_enum(enum: type[E], value: str, field: str) -> E:
    return _choice(enum, value, field)


@dataclass(frozen=True)
class MixCheck:
    """One rule held against a mix of counts."""

    rule: str  # "70-20-10" or "80/20"
    quote: Quote
    shares: dict[str, int]  # whole percentages by mix
    status: str  # "pass", "warn" or "none"
    message: str


def shares(counts: Mapping[str, int]) -> dict[str, int]:
    """Each mix's share of the total, in whole percent (0 with nothing published)."""
    total = sum(counts.get(m.value, 0) for m in Mix)
    return {m.value: round(100 * counts.get(m.value, 0) / total) if total else 0 for m in Mix}


def check_mix(counts: Mapping[str, int]) -> list[MixCheck]:
    """Both rules against this mix of counts (``{"insight": 7, "journey": 2, ...}``)."""
    total = sum(counts.get(m.value, 0) for m in Mix)
    part = shares(counts)
    if not total:
        none = "nothing published in this period"
        return [MixCheck("70-20-10", MIX_70_20_10, part, "none", none),
                MixCheck("80/20", MIX_80_20, part, "none", none)]  # fmt: skip
    promo = 100 * counts.get(Mix.PROMOTION.value, 0) / total
    insight = 100 * counts.get(Mix.INSIGHT.value, 0) / total
    said = f"{part['insight']}% insight, {part['journey']}% journey, {part['promotion']}% promotion"
    seventy = promo <= 10 and insight >= 70
    eighty = promo <= 20
    return [
        MixCheck("70-20-10", MIX_70_20_10, part, "pass" if seventy else "warn",
                 said + ("" if seventy else "; aim for 70% insight and at most 10% promotion")),
        MixCheck("80/20", MIX_80_20, part, "pass" if eighty else "warn",
                 said + ("" if eighty else "; keep promotion at or under 20%")),
    ]  # fmt: skip
