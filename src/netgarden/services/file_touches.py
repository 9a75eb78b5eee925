"""Touches from the user's own files: meetings from calendars, emails from mailboxes, chats
from WhatsApp exports. The formats read the files; ``domain.file_touches`` judges each item;
this stage names the people, dates each touch in the user's time zone, keys it for
idempotency and counts what it leaves out (the import summary shows the counts).

Source keys (a re-import, or an overlapping newer export, adds only what is new):
``ics:`` UID + occurrence start; ``mail:`` thread + day (one touch per thread per day);
``chat:`` chat + person + day."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from netgarden.domain.file_touches import (
    is_sent,
    judge_meeting,
    mail_skip_reason,
    meeting_kind,
)
from netgarden.errors import InvalidValue
from netgarden.formats.calendar import Meeting
from netgarden.formats.mail import Mail
from netgarden.formats.records import (
    PersonRef,
    PlanRecord,
    Record,
    ReplyMark,
    Skipped,
    TouchRecord,
)
from netgarden.formats.whatsapp import ChatLine, chat_name
from netgarden.services.database import Unit

if TYPE_CHECKING:
    from netgarden.services.importing import ImportSummary

NOTE_LIMIT = 200  # a subject or a meeting's title, trimmed, is the touch's note


@dataclass(frozen=True)
class FileRules:
    me: frozenset[str]  # the user's addresses, folded
    max_others: int
    now: dt.datetime
    tz: dt.tzinfo


@dataclass
class Correspondent:
    email: str
    name: str
    sent: int = 0  # by the user to them
    received: int = 0  # from them


@dataclass
class FileCounts:
    """What files held that is not a touch, by reason, and who wrote both ways but is not a
    contact (4Degrees' rule for someone worth adding: a message sent and one received)."""

    left_out: Counter[str] = field(default_factory=Counter)
    correspondents: dict[str, Correspondent] = field(default_factory=dict)

    def two_way(self, limit: int = 10) -> list[Correspondent]:
        both = [c for c in self.correspondents.values() if c.sent and c.received]
        return sorted(both, key=lambda c: (-(c.sent + c.received), c.email))[:limit]


Known = Callable[[PersonRef], int | None]


class FileTouches:
    """Turns one import's file items into touch records; ``known`` tells a contact."""

    def __init__(self, rules: FileRules, counts: FileCounts, known: Known) -> None:
        self.rules = rules
        self.counts = counts
        self.known = known
        self.message_ids: set[str] = set()

    def _leave_out(self, reason: str) -> None:
        self.counts.left_out[reason] += 1

    def _day(self, when: dt.datetime | dt.date) -> dt.date:
        if isinstance(when, dt.datetime):
            return (when.astimezone(self.rules.tz) if when.tzinfo else when).date()
        return when

    def meetings(self, items: Iterable[Meeting | Skipped]) -> Iterator[Record]:
        coming: dict[str, tuple[dt.datetime, PlanRecord]] = {}  # the next one of each UID
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            me = self.rules.me | ({item.owner} if item.owner else set())
            if not me:
                raise _who_am_i("calendar")
            all_day = not isinstance(item.start, dt.datetime)
            verdict = judge_meeting(
                ((a.email, a.name, a.status) for a in item.attendees), item.organizer,
                frozenset(me), self.rules.max_others, all_day=all_day, cancelled=item.cancelled,
            )  # fmt: skip
            if verdict.reason is not None:
                self._leave_out(f"meetings: {verdict.reason}")
                continue
            assert isinstance(item.start, dt.datetime)
            start = item.start if item.start.tzinfo else item.start.replace(tzinfo=self.rules.tz)
            if start > self.rules.now:
                self._plan(
                    coming, item, start, [PersonRef(p.name, None, p.email) for p in verdict.people]
                )
                continue
            doubtful = [p.name or p.email or "" for p in verdict.people if not p.confirmed]
            note = item.summary or ""
            if doubtful:
                note = f"{note} (not confirmed: {', '.join(doubtful)})".strip()
            yield TouchRecord(
                item.file, item.line, self._day(item.start), meeting_kind(item.where), "mutual",
                _trim(note), [PersonRef(p.name, None, p.email) for p in verdict.people],
                "ics:" + _hash(item.uid, start.astimezone(dt.UTC).isoformat()),
            )  # fmt: skip

        yield from (record for _, record in coming.values())

    def _plan(
        self,
        coming: dict[str, tuple[dt.datetime, PlanRecord]],
        item: Meeting,
        start: dt.datetime,
        people: list[PersonRef],
    ) -> None:
        """A meeting still to come: the next occurrence of its UID is planned, the later
        ones of a recurring meeting are counted (the next import plans the one after)."""
        record = PlanRecord(
            item.file, item.line, self._day(start), meeting_kind(item.where),
            _trim(item.summary or ""), people, "ics-plan:" + _hash(item.uid),
        )  # fmt: skip
        have = coming.get(item.uid)
        if have is not None and have[0] <= start:
            self._leave_out("meetings: still to come, after the next one planned")
            return
        if have is not None:
            self._leave_out("meetings: still to come, after the next one planned")
        coming[item.uid] = (start, record)

    def mails(self, items: Iterable[Mail | Skipped]) -> Iterator[Record]:
        me = self.rules.me
        if not me:
            raise _who_am_i("mailbox")
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            if item.message_id in self.message_ids:
                self._leave_out("emails: the same message again (its Message-ID)")
                continue
            self.message_ids.add(item.message_id)
            sender = item.sender[0] if item.sender else None
            if sender and sender not in me and is_sent(item.labels):
                me = me | {sender}  # Takeout's Sent label, in any language: an alias of yours
            out = sender in me
            others = [r for r in item.recipients if r[0] not in me] if out else []
            if not out and item.sender:
                others = [item.sender]
            reason = mail_skip_reason(
                sender, len([r for r in item.recipients if r[0] not in me]), item.list_id,
                item.precedence, item.auto, item.labels, self.rules.max_others,
            )  # fmt: skip
            if reason is None and not others:
                reason = "nobody else"
            if reason is not None:
                self._leave_out(f"emails: {reason}")
                continue
            day = self._day(item.sent_at)
            thread = "mail:" + _hash(item.thread) + ":"
            refs = [PersonRef(name or None, None, email) for email, name in others]
            self._note_correspondents(refs, out)
            if not out and item.replies_to:
                yield ReplyMark(thread, day)
            yield TouchRecord(
                item.file, item.line, day, "email", "out" if out else "in",
                _trim(item.subject or ""), refs, thread + day.isoformat(),
            )  # fmt: skip

    def _note_correspondents(self, refs: list[PersonRef], out: bool) -> None:
        for ref in refs:
            if ref.email is None or self.known(ref) is not None:
                continue
            found = self.counts.correspondents.setdefault(
                ref.email, Correspondent(ref.email, ref.name or "")
            )
            found.name = found.name or ref.name or ""
            if out:
                found.sent += 1
            else:
                found.received += 1

    def chats(self, name: str, items: Iterable[ChatLine | Skipped]) -> Iterator[Record]:
        lines: list[ChatLine] = []
        for item in items:
            if isinstance(item, Skipped):
                yield item
            else:
                lines.append(item)
        authors = list(dict.fromkeys(line.author for line in lines))
        title = chat_name(name)
        other = title if title in authors else None
        if other is None and len(authors) == 2:  # a one-to-one chat named otherwise
            other = next((a for a in authors if self.known(PersonRef(a)) is not None), None)
        if other is not None and len(authors) <= 2:
            yield from self._one_to_one(name, other, lines)
        else:
            yield from self._group(name, title or name, lines)

    def _one_to_one(self, name: str, other: str, lines: list[ChatLine]) -> Iterator[Record]:
        days: dict[dt.date, tuple[int, set[str]]] = {}
        for line in lines:
            first, sides = days.setdefault(line.sent_at.date(), (line.line, set()))
            sides.add("in" if line.author == other else "out")
        for day, (first, sides) in days.items():
            direction = "mutual" if len(sides) == 2 else next(iter(sides))
            yield TouchRecord(
                name, first, day, "message", direction, None, [PersonRef(other)],
                "chat:" + _hash(other.casefold(), "") + ":" + day.isoformat(),
            )  # fmt: skip

    def _group(self, name: str, title: str, lines: list[ChatLine]) -> Iterator[Record]:
        """A group: a touch per day for each member who is a contact (their messages in)."""
        days: dict[tuple[str, dt.date], int] = {}
        for line in lines:
            days.setdefault((line.author, line.sent_at.date()), line.line)
        members = {author for author, _ in days}
        contacts = {a for a in members if self.known(PersonRef(a)) is not None}
        self.counts.left_out["chats: group members who are not contacts"] += len(members - contacts)
        for (author, day), first in days.items():
            if author in contacts:
                yield TouchRecord(
                    name, first, day, "message", "in", _trim(title), [PersonRef(author)],
                    "chat:" + _hash(title.casefold(), author.casefold()) + ":" + day.isoformat(),
                )  # fmt: skip


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def _trim(text: str) -> str | None:
    text = " ".join(text.split())
    if len(text) > NOTE_LIMIT:
        text = text[: NOTE_LIMIT - 1].rstrip() + "…"
    return text or None


def _who_am_i(what: str) -> InvalidValue:
    return InvalidValue(
        "me_emails",
        f"netgarden does not know your email addresses, so it cannot tell you apart in a "
        f"{what}; set the me_emails setting to them (separated by commas)",
    )


def file_touches(unit: Unit, now: dt.datetime, known: Known) -> FileTouches:
    """This import's rules, from the workspace's preferences; dates in the local time zone."""
    from netgarden.services.preferences import me_emails

    rules = FileRules(
        me=me_emails(unit),
        max_others=unit.preferences().max_attendees,
        now=now if now.tzinfo else now.astimezone(),
        tz=now.astimezone().tzinfo or dt.UTC,
    )
    return FileTouches(rules, FileCounts(), known)


def count_people(unit: Unit, summary: ImportSummary, participants: list[tuple[int, str]]) -> None:
    """Touches per person, and whose cadence clock starts again: someone whose newest
    touch is one of these (before the new touches are written)."""
    added: Counter[int] = Counter()
    newest: dict[int, str] = {}
    for contact_id, on in participants:
        added[contact_id] += 1
        newest[contact_id] = max(newest.get(contact_id, on), on)
    before = unit.touches.last_touched(sorted(added))
    summary.clocks_reset = sum(
        1 for c, on in newest.items() if c not in before or before[c].isoformat() < on
    )
    from netgarden.services.lookup import names_of

    names = names_of(unit, added)
    summary.per_person = {
        f"{names[c]} (#{c})": n for c, n in sorted(added.items(), key=lambda x: (-x[1], x[0]))
    }


def mark_replies(unit: Unit, replies: list[ReplyMark], keys: Iterable[str]) -> int:
    """Each reply marks the outreach of its thread on or before its day as replied."""
    threads: dict[str, list[str]] = defaultdict(list)
    wanted = {r.thread for r in replies}
    for key in keys:
        if key.startswith("mail:") and key[: key.rindex(":") + 1] in wanted:
            threads[key[: key.rindex(":") + 1]].append(key)
    answered = {
        key
        for reply in replies
        for key in threads.get(reply.thread, ())
        if key[len(reply.thread) :] <= reply.on.isoformat()
    }
    return unit.touches.mark_replied(sorted(answered))


def files_dict(
    counts: FileCounts | None, per_person: dict[str, int], clocks_reset: int, replied: int
) -> dict[str, Any]:
    """The summary's part for file touches (nothing for imports of people)."""
    if counts is None:
        return {}
    return {
        "left_out": dict(sorted(counts.left_out.items())),
        "touches_per_person": per_person,
        "cadence_clocks_reset": clocks_reset,
        "outreach_replied": replied,
        "two_way_not_contacts": [
            {"email": c.email, "name": c.name, "sent": c.sent, "received": c.received}
            for c in counts.two_way()
        ],
    }
