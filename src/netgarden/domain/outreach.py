"""How each outreach template does: messages sent, response rate, meeting acceptance.

seeds/001 and seeds/002 both list response rate as the first networking metric. A sent
message counts as answered when it is marked replied; where the reply is unknown, when a
message from them or a meeting with them follows within ``REPLY_DAYS``; a message marked
"no reply" stays unanswered. A meeting request is accepted when a meeting with them follows
within ``MEETING_DAYS``. Pure: the caller reads the touches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from netgarden.domain.seed_templates import MEETING

REPLY_DAYS = 14
MEETING_DAYS = 30
MESSAGE_KINDS = frozenset({"message", "email"})
MEETING_KINDS = frozenset({"coffee", "meeting", "call", "video", "informational-interview"})


@dataclass(frozen=True)
class Sent:
    """An outgoing message drafted from a template, to one person."""

    touch_id: int
    contact_id: int
    on: dt.date
    template_key: str
    asks: str | None
    replied: bool | None


@dataclass(frozen=True)
class Later:
    """A touch with that person: when, what, and who reached out."""

    touch_id: int
    on: dt.date
    kind: str
    direction: str


@dataclass(frozen=True)
class TemplateOutcome:
    """One template's numbers. A rate is None when there is nothing to divide by."""

    template_key: str
    sent: int
    answered: int
    meeting_requests: int
    meetings: int

    @property
    def response_rate(self) -> float | None:
        return round(self.answered / self.sent, 4) if self.sent else None

    @property
    def meeting_acceptance(self) -> float | None:
        return round(self.meetings / self.meeting_requests, 4) if self.meeting_requests else None


def answered(sent: Sent, later: Iterable[Later]) -> bool:
    """Whether a message got a response (the rule in the module's docstring)."""
    if sent.replied is not None:
        return sent.replied
    return any(_within(sent, touch, REPLY_DAYS) and _from_them(touch) for touch in later)


def _from_them(touch: Later) -> bool:
    """A meeting with them, or a message they wrote."""
    return touch.kind in MEETING_KINDS or (touch.kind in MESSAGE_KINDS and touch.direction != "out")


def meeting_followed(sent: Sent, later: Iterable[Later]) -> bool:
    """Whether a meeting with them followed a request within ``MEETING_DAYS``."""
    return any(_within(sent, t, MEETING_DAYS) and t.kind in MEETING_KINDS for t in later)


def _within(sent: Sent, touch: Later, days: int) -> bool:
    if touch.touch_id == sent.touch_id:
        return False
    return sent.on <= touch.on <= sent.on + dt.timedelta(days=days)


def outcomes(sent: Sequence[Sent], later: Mapping[int, Sequence[Later]]) -> list[TemplateOutcome]:
    """Per template key (sorted), from the messages ``sent`` and each person's touches
    (``later``, by contact id)."""
    by_key: dict[str, list[Sent]] = {}
    for one in sent:
        by_key.setdefault(one.template_key, []).append(one)
    result = []
    for key in sorted(by_key):
        ones = by_key[key]
        requests = [s for s in ones if s.asks == MEETING]
        result.append(
            TemplateOutcome(
                key,
                len(ones),
                sum(answered(s, later.get(s.contact_id, ())) for s in ones),
                len(requests),
                sum(meeting_followed(s, later.get(s.contact_id, ())) for s in requests),
            )
        )
    return result
