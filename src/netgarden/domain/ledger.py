"""The value ledger (seeds/001 and 002's reciprocity bank): what I give, receive and ask.

- give/receive kinds: knowledge, introduction, referral, advice, feedback, recognition,
  support; an ask takes one of those or "other" with free text.
- ``give_ask_ratio`` = given / asked (the 5-to-1 rule: give five times for every ask);
  ``None`` when nothing was asked.
- the 70-20-10 mix of my own actions: helping (gives other than knowledge), sharing
  (knowledge given), asking — as percentages.
- a relationship where asks outrun gives is flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from netgarden.errors import InvalidValue


class EntryType(StrEnum):
    GIVE = "give"
    RECEIVE = "receive"
    ASK = "ask"


# entries that are value-providing interactions (seeds/001's third touch): with the
# gives_count_as_touches preference they reset the cadence clock; an ask never does
VALUE_ENTRIES = (EntryType.GIVE.value, EntryType.RECEIVE.value)


class LedgerKind(StrEnum):
    """What a give, receive or ask is about; only an ask may be "other" (with free text)."""

    KNOWLEDGE = "knowledge"
    INTRODUCTION = "introduction"
    REFERRAL = "referral"
    ADVICE = "advice"
    FEEDBACK = "feedback"
    RECOGNITION = "recognition"
    SUPPORT = "support"
    OTHER = "other"


ASK_KINDS = tuple(kind.value for kind in LedgerKind)
KINDS = tuple(kind for kind in ASK_KINDS if kind != LedgerKind.OTHER)
TARGET_RATIO = 5.0
TARGET_MIX = {"helping": 70, "sharing": 20, "asking": 10}


def parse_ledger_kind(value: str, entry: EntryType, field: str = "kind") -> str:
    kind = value.strip().lower()
    accepted = ASK_KINDS if entry is EntryType.ASK else KINDS
    if kind not in accepted:
        raise InvalidValue(field, f"{value!r} is not accepted; use one of: {', '.join(accepted)}")
    return kind


@dataclass(frozen=True)
class LedgerSummary:
    given: int
    received: int
    asked: int
    give_ask_ratio: float | None
    mix: dict[str, int]
    asks_outrun_gives: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "given": self.given,
            "received": self.received,
            "asked": self.asked,
            "give_ask_ratio": self.give_ask_ratio,
            "mix": self.mix,
            "target_mix": TARGET_MIX,
            "asks_outrun_gives": self.asks_outrun_gives,
        }


def summarize(entries: Iterable[tuple[str, str]]) -> LedgerSummary:
    """``entries`` are (entry type, kind) pairs."""
    given = received = asked = knowledge = 0
    for entry_type, kind in entries:
        if entry_type == EntryType.GIVE:
            given += 1
            knowledge += kind == "knowledge"
        elif entry_type == EntryType.RECEIVE:
            received += 1
        elif entry_type == EntryType.ASK:
            asked += 1
    mine = given + asked
    mix = {
        "helping": round(100 * (given - knowledge) / mine) if mine else 0,
        "sharing": round(100 * knowledge / mine) if mine else 0,
        "asking": round(100 * asked / mine) if mine else 0,
    }
    ratio = round(given / asked, 2) if asked else None
    return LedgerSummary(given, received, asked, ratio, mix, asked > given)
