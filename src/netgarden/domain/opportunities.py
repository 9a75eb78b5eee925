"""Opportunities (issue 16): a job, a referral, a collaboration… and where it came from.

- kinds: job, referral, collaboration, speaking, writing, client, partnership, investor,
  mentoring, other (seeds/002's "Opportunity Generation": jobs, project collaborations,
  speaking/writing, partnerships).
- stages: open → pursuing → interviewing → offer → won, or lost / withdrawn from any of them.
  Every change is recorded with its day; a stage may be set again after a mistake (a lost
  one reopened), never to the stage it is in.
- channel: network, cold-application, inbound, event, recruiter. Unsaid, it follows from what
  was given: an event → event, a contact it came through → network; else it stays unsaid.
- "reached interviews": the opportunity was ever at interviewing or offer, or was won.
- a *referral* is an opportunity that came through a person (kind referral, or a network
  one with the contact it came through); its quality is whether it reaches the hiring
  manager (seeds/004: "unless that referral is going to the hiring manager … that referral is
  not going to help you much").
- sharing: a new job or collaboration suggests up to five people to pass it to (seeds/001
  "Opportunity alerting"), laid-off and open-to-work people first (seeds/002 "Offer support
  to those who have been laid off"), then by circle and strength.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from netgarden.domain.values import _choice


class OppKind(StrEnum):
    JOB = "job"
    REFERRAL = "referral"
    COLLABORATION = "collaboration"
    SPEAKING = "speaking"
    WRITING = "writing"
    CLIENT = "client"
    PARTNERSHIP = "partnership"
    INVESTOR = "investor"
    MENTORING = "mentoring"
    OTHER = "other"


class Stage(StrEnum):
    OPEN = "open"
    PURSUING = "pursuing"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    WON = "won"
    LOST = "lost"
    WITHDRAWN = "withdrawn"


class Channel(StrEnum):
    NETWORK = "network"
    COLD_APPLICATION = "cold-application"
    INBOUND = "inbound"
    EVENT = "event"
    RECRUITER = "recruiter"


ACTIVE = (Stage.OPEN, Stage.PURSUING, Stage.INTERVIEWING, Stage.OFFER)
CLOSED = (Stage.WON, Stage.LOST, Stage.WITHDRAWN)
# the stages that prove an interview happened (won: it went through them)
INTERVIEWED = frozenset({Stage.INTERVIEWING.value, Stage.OFFER.value, Stage.WON.value})
# kinds a new opportunity suggests sharing for (issue 16)
SHAREABLE = frozenset({OppKind.JOB.value, OppKind.COLLABORATION.value})
SHARE_LIMIT = 5
# statuses (h-career's contact status) that come first among people to share with
SUPPORT_FIRST = ("laid-off", "open-to-work")
CIRCLE_ORDER = {"inner": 0, "middle": 1, "outer": 2, "none": 3}
TITLE_MAX = 300
HM_WORDS = {"yes": True, "no": False, "unknown": None}


def parse_opp_kind(value: str, field: str = "kind") -> OppKind:
    return _choice(OppKind, value, field)


def parse_stage(value: str, field: str = "stage") -> Stage:
    return _choice(Stage, value, field)


def parse_channel(value: str, field: str = "channel") -> Channel:
    return _choice(Channel, value, field)


def parse_reaches_hm(value: str | bool | None, field: str = "reaches_hm") -> bool | None:
    """``yes``/``no``/``unknown`` (or a bool, from JSON)."""
    from netgarden.errors import InvalidValue

    if value is None or isinstance(value, bool):
        return value
    word = value.strip().lower()
    if word not in HM_WORDS:
        raise InvalidValue(field, f"{value!r} is not accepted; use one of: yes, no, unknown")
    return HM_WORDS[word]


def default_channel(
    channel: Channel | None, via_id: int | None, event_id: int | None
) -> Channel | None:
    """The channel as given, else what the rest says: an event, then a person."""
    if channel is not None:
        return channel
    if event_id is not None:
        return Channel.EVENT
    if via_id is not None:
        return Channel.NETWORK
    return None


def check_move(current: Stage, target: Stage) -> Stage:
    """A move to another stage (any, so a mistake can be undone); never to the same one."""
    from netgarden.errors import InvalidValue

    if current is target:
        raise InvalidValue("stage", f"it is already {target.value}; choose another stage")
    return target


def reached_interview(stages: Iterable[str]) -> bool:
    """Whether any recorded stage proves an interview (``INTERVIEWED``)."""
    return any(stage in INTERVIEWED for stage in stages)


def is_referral(kind: str, channel: str | None, via_id: int | None) -> bool:
    """An opportunity that came through a person (the module's docstring)."""
    return kind == OppKind.REFERRAL.value or (
        channel == Channel.NETWORK.value and via_id is not None
    )


@dataclass(frozen=True)
class Candidate:
    """Someone an opportunity could be shared with."""

    contact_id: int
    name: str
    circle: str
    strength: int
    status: str | None = None  # h-career's contact status; None: not known
    title: str | None = None
    function: str | None = None


@dataclass(frozen=True)
class Suggestion:
    contact_id: int
    name: str
    reason: str
    status: str | None
    strength: int


# words of a title that say the level, not the field ("product manager" → product)
LEVEL_WORDS = frozenset(
    ("manager", "senior", "junior", "lead", "head", "director", "staff", "principal", "chief",
     "associate", "vice", "president", "intern")
)  # fmt: skip


def _words(text: str | None) -> set[str]:
    found = (text or "").casefold().replace("/", " ").replace(",", " ").split()
    return {w for w in found if len(w) > 2 and w not in LEVEL_WORDS}


def suggest_sharing(
    candidates: Sequence[Candidate],
    role: str | None,
    title: str,
    leave_out: Iterable[int] = (),
    limit: int = SHARE_LIMIT,
) -> list[Suggestion]:
    """Up to ``limit`` people to pass an opportunity to: laid off or open to work first,
    then people whose title or function shares a word with the role (or the title), then
    by circle (inner first) and strength; ``leave_out`` (who it came through, who already
    has it) are skipped."""
    skip = set(leave_out)
    wanted = _words(role) or _words(title)

    def rank(c: Candidate) -> tuple[int, int, int, int, str, int]:
        support = SUPPORT_FIRST.index(c.status) if c.status in SUPPORT_FIRST else 9
        fits = 0 if wanted & (_words(c.title) | _words(c.function)) else 1
        return (support, fits, CIRCLE_ORDER.get(c.circle, 9), -c.strength, c.name, c.contact_id)

    chosen = sorted((c for c in candidates if c.contact_id not in skip), key=rank)[:limit]
    return [
        Suggestion(c.contact_id, c.name, _reason(c, wanted), c.status, c.strength) for c in chosen
    ]


def _reason(c: Candidate, wanted: set[str]) -> str:
    if c.status == "laid-off":
        return "laid off: share it first (seeds/002, crisis networking)"
    if c.status == "open-to-work":
        return "open to work: share it first (seeds/002, crisis networking)"
    if wanted & (_words(c.title) | _words(c.function)):
        return f"works in the field ({c.title or c.function})"
    return f"{c.circle} circle, strength {c.strength}"


def days_in_stage(changed_on: dt.date, today: dt.date) -> int:
    return max(0, (today - changed_on).days)
