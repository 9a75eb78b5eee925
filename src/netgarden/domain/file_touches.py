"""The rules that turn what files hold (meetings, emails, chat lines) into touches. Pure:
no I/O; the caller passes who the user is and the limits.

Meetings (documented in the README, "Touches from your files"):
- the user is whoever ``me`` names (the ``me_emails`` preference, or the calendar's owner);
- a declined attendee is not there; a tentative one is kept as "not confirmed";
- more than ``max_others`` other people is a gathering, not a relationship touch (4Degrees'
  rule, default 5): counted, not logged;
- all-day events, cancelled ones and those with nobody else are skipped;
- the kind is video when a conferencing link is there, call for a dial-in, else meeting.

Mail: lists (``List-Id``), bulk (``Precedence: bulk``/``list``/``junk``, ``Auto-Submitted``),
no-reply senders and messages to more than ``max_others`` people are skipped and counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_VIDEO = re.compile(
    r"zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|"
    r"whereby\.com|meet\.jit\.si|gotomeeting\.com|facetime|skype|chime\.aws|bluejeans",
    re.IGNORECASE,
)
_CALL = re.compile(
    r"\btel:|\bdial[- ]in\b|\bphone call\b|\bconference call\b|^\s*\+?\d[\d\s()./-]{6,}\s*$",
    re.IGNORECASE,
)
_NO_REPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer-daemon|postmaster|"
    r"notifications?|newsletter|bounces?)(?:[+-].*)?@",
    re.IGNORECASE,
)

# Gmail's labels as Takeout writes them, in the account's language
SENT_LABELS = frozenset(
    {"sent", "gesendet", "envoyés", "messages envoyés", "enviados", "enviado", "inviati",
     "posta inviata", "verzonden", "wysłane", "отправленные", "送信済み", "已发送邮件",
     "보낸편지함", "skickat", "sendt", "lähetetyt"}
)  # fmt: skip
SKIP_LABELS = frozenset(
    {"spam", "trash", "bin", "papierkorb", "corbeille", "papelera", "cestino", "prullenbak",
     "kosz", "корзина", "ゴミ箱", "chats", "chat", "drafts", "entwürfe", "brouillons",
     "borradores", "bozze", "concepten"}
)  # fmt: skip


def meeting_kind(where: str) -> str:
    """video, call or meeting, from a meeting's location, links and description."""
    if _VIDEO.search(where):
        return "video"
    if any(_CALL.search(part) for part in [where, *where.split("  ")]):
        return "call"
    return "meeting"


@dataclass(frozen=True)
class Person:
    email: str | None
    name: str | None
    confirmed: bool = True


@dataclass(frozen=True)
class Verdict:
    """Who a meeting was with, or why it is no touch (``reason``)."""

    people: tuple[Person, ...] = ()
    reason: str | None = None


def judge_meeting(
    attendees: Iterable[tuple[str | None, str | None, str]],
    organizer: str | None,
    me: frozenset[str],
    max_others: int,
    *,
    all_day: bool,
    cancelled: bool,
) -> Verdict:
    """``attendees``: (email, name, PARTSTAT). The reason names the rule that applies."""
    if cancelled:
        return Verdict(reason="cancelled")
    if all_day:
        return Verdict(reason="all-day")
    others: dict[str, Person] = {}
    for email, name, status in attendees:
        if (email and email in me) or status == "DECLINED":
            continue
        key = email or (name or "").casefold()
        if key:
            others[key] = Person(email, name, confirmed=status != "TENTATIVE")
    if organizer and organizer not in me and organizer not in others:
        others[organizer] = Person(organizer, None)
    if not others:
        return Verdict(reason="alone")
    if len(others) > max_others:
        return Verdict(reason="too many people")
    return Verdict(people=tuple(others.values()))


def mail_skip_reason(
    sender: str | None,
    recipients: int,
    list_id: str | None,
    precedence: str | None,
    auto: bool,
    labels: Iterable[str],
    max_others: int,
) -> str | None:
    """Why an email is no relationship touch, or None when it is one."""
    if any(label.casefold() in SKIP_LABELS for label in labels):
        return "spam, trash, chat or draft"
    if list_id or precedence in ("bulk", "list", "junk"):
        return "mailing list or bulk"
    if auto:
        return "sent automatically"
    if sender and _NO_REPLY.match(sender):
        return "no-reply sender"
    if recipients > max_others:
        return "too many recipients"
    return None


def is_sent(labels: Iterable[str]) -> bool:
    return any(label.casefold() in SENT_LABELS for label in labels)
