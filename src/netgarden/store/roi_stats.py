"""Queries networking ROI is counted from (issue 16): messages sent and what followed them,
meetings, ledger counts, contacts come to know, and the histories of the contacts who could
have become quality connections in a period. Few queries, each bounded by the period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, or_, select, union
from sqlalchemy.orm import Session

from netgarden.store.contact_scope import known_since
from netgarden.store.rows import StrengthEvent
from netgarden.store.scope import mine
from netgarden.store.tables import Contact, LedgerEntry, Touch, TouchParticipant
from netgarden.store.tables_opps import QualityFirst

MESSAGE_KINDS = ("message", "email")
MEETING_KINDS = ("coffee", "meeting", "call", "video", "informational-interview")
_CHUNK = 500


class RoiStats:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)

    def _sent(self, since: dt.date, until: dt.date) -> Any:
        tp = TouchParticipant
        return (
            select(tp.contact_id, tp.occurred_on, Touch.replied, Touch.asks)
            .join(Touch, (Touch.id == tp.touch_id) & self._mine(Touch))
            .where(self._mine(tp), tp.occurred_on >= since, tp.occurred_on <= until,
                   Touch.direction == "out", Touch.kind.in_(MESSAGE_KINDS))
        )  # fmt: skip

    def sent(self, since: dt.date, until: dt.date) -> list[Any]:
        """(contact_id, occurred_on, replied, asks) of my messages and emails, per person."""
        return list(self.session.execute(self._sent(since, until)))

    def after_sent(
        self, since: dt.date, end: dt.date, contact_ids: Sequence[int] | None = None
    ) -> list[Any]:
        """(contact_id, occurred_on, kind, direction) from ``since`` to ``end`` of meetings
        and of messages from them (what may answer a message); of these contacts only when
        ``contact_ids`` is given."""
        if contact_ids is None:
            return list(self.session.execute(self._after_sent(since, end)))
        rows: list[Any] = []
        for start in range(0, len(contact_ids), _CHUNK):
            chunk = list(contact_ids[start : start + _CHUNK])
            query = self._after_sent(since, end).where(TouchParticipant.contact_id.in_(chunk))
            rows += self.session.execute(query)
        return rows

    def _after_sent(self, since: dt.date, end: dt.date) -> Any:
        tp = TouchParticipant
        return (
            select(tp.contact_id, tp.occurred_on, Touch.kind, Touch.direction)
            .join(Touch, (Touch.id == tp.touch_id) & self._mine(Touch))
            .where(self._mine(tp), tp.occurred_on >= since, tp.occurred_on <= end,
                   or_(Touch.kind.in_(MEETING_KINDS),
                       Touch.kind.in_(MESSAGE_KINDS) & (Touch.direction != "out")))
        )  # fmt: skip

    def outreach(self, since: dt.date, until: dt.date, meeting_ask: str) -> list[Any]:
        """One scan of the period's messages and meetings, counted per person:
        (contact_id, my messages whose reply is marked and that asked for no meeting, of
        them marked replied, my other messages (reply unmarked or asking for a meeting:
        ``sent_open`` lists them), the first meeting day or None). People with none of
        these are left out. The dates are bounds; no date arithmetic runs in SQL."""
        tp, t = TouchParticipant, Touch
        mine_out = t.kind.in_(MESSAGE_KINDS) & (t.direction == "out")
        plain = t.replied.is_not(None) & (t.asks.is_(None) | (t.asks != meeting_ask))
        open_ = t.replied.is_(None) | (t.asks == meeting_ask)
        met = t.kind.in_(MEETING_KINDS)
        query = (
            select(tp.contact_id,
                   func.sum(case((mine_out & plain, 1), else_=0)),
                   func.sum(case((mine_out & plain & t.replied.is_(True), 1), else_=0)),
                   func.sum(case((mine_out & open_, 1), else_=0)),
                   func.min(case((met, tp.occurred_on), else_=None)))
            .join(t, (t.id == tp.touch_id) & self._mine(t))
            .where(self._mine(tp), t.occurred_on >= since, t.occurred_on <= until,
                   tp.occurred_on >= since, tp.occurred_on <= until, mine_out | met)
            .group_by(tp.contact_id)
        )  # fmt: skip
        return [(int(c), int(n or 0), int(r or 0), int(o or 0), None if day is None else
                 day if isinstance(day, dt.date) else _day(day))
                for c, n, r, o, day in self.session.execute(query)]  # fmt: skip

    def sent_open(
        self, since: dt.date, until: dt.date, meeting_ask: str, contact_ids: Sequence[int]
    ) -> list[Any]:
        """(contact_id, occurred_on, replied, asks) of these people's messages from me in the
        period whose reply is unmarked or that asked for a meeting."""
        t = Touch
        open_ = t.replied.is_(None) | (t.asks == meeting_ask)
        rows: list[Any] = []
        for start in range(0, len(contact_ids), _CHUNK):
            chunk = list(contact_ids[start : start + _CHUNK])
            query = self._sent(since, until).where(TouchParticipant.contact_id.in_(chunk), open_)
            rows += self.session.execute(query)
        return rows

    def first_met(self, since: dt.date, until: dt.date) -> dict[int, dt.date]:
        """Each person I met (a meeting kind of touch) in the period: the first day."""
        tp = TouchParticipant
        rows = self.session.execute(
            select(tp.contact_id, func.min(tp.occurred_on))
            .join(Touch, (Touch.id == tp.touch_id) & self._mine(Touch))
            .where(self._mine(tp), tp.occurred_on >= since, tp.occurred_on <= until,
                   Touch.kind.in_(MEETING_KINDS))
            .group_by(tp.contact_id)
        )  # fmt: skip
        return {int(c): day for c, day in rows}

    def ledger_counts(self, since: dt.date, until: dt.date) -> list[tuple[str, str, int]]:
        """(entry_type, kind, how many) in the period."""
        e = LedgerEntry
        rows = self.session.execute(
            select(e.entry_type, e.kind, func.count())
            .where(self._mine(e), e.occurred_on >= since, e.occurred_on <= until)
            .group_by(e.entry_type, e.kind)
        )
        return [(t, k, int(n)) for t, k, n in rows]

    def known_days(self, since: dt.date, until: dt.date) -> tuple[int, list[dt.date]]:
        """How many active contacts I knew before ``since``, and the day I came to know each
        one known in the period."""
        day = known_since()
        active = (self._mine(Contact), Contact.archived_at.is_(None))
        before = self.session.scalar(select(func.count()).where(*active, day < since))
        days = self.session.scalars(select(day).where(*active, day >= since, day <= until))
        return int(before or 0), [d if isinstance(d, dt.date) else _day(d) for d in days]

    def quality_firsts(self, since: dt.date, until: dt.date) -> list[dt.date]:
        """The first quality days in the period (the derived rows, default weights)."""
        q = QualityFirst
        return list(
            self.session.scalars(
                select(q.first_on).where(self._mine(q), q.first_on >= since, q.first_on <= until)
            )
        )

    def quality_candidates(self, since: dt.date, until: dt.date) -> list[int]:
        """Contacts who could first become a quality connection in the period: an event in
        it, and a two-way event in the year before its end (domain.quality)."""
        tp, t, e = TouchParticipant, Touch, LedgerEntry
        year = since - dt.timedelta(days=365)
        active = select(tp.contact_id).where(
            self._mine(tp), tp.occurred_on >= since, tp.occurred_on <= until
        )
        given = select(e.contact_id).where(
            self._mine(e), e.occurred_on >= since, e.occurred_on <= until
        )
        two_way = (
            select(tp.contact_id)
            .join(t, (t.id == tp.touch_id) & self._mine(t))
            .where(self._mine(tp), tp.occurred_on >= year, tp.occurred_on <= until,
                   or_(t.direction != "out", t.replied.is_(True)))
        )  # fmt: skip
        ledger_year = select(e.contact_id).where(
            self._mine(e), e.occurred_on >= year, e.occurred_on <= until
        )
        busy = set(self.session.scalars(union(active, given)))
        warm = set(self.session.scalars(union(two_way, ledger_year)))
        return sorted(busy & warm)

    def histories(self, contact_ids: Sequence[int], until: dt.date) -> list[StrengthEvent]:
        """Touches and ledger entries up to ``until`` of these contacts (strength's events)."""
        tp, t, e = TouchParticipant, Touch, LedgerEntry
        rows: list[StrengthEvent] = []
        connection = self.session.connection()
        for start in range(0, len(contact_ids), _CHUNK):
            chunk = list(contact_ids[start : start + _CHUNK])
            touches = (
                select(tp.contact_id, tp.occurred_on, t.kind, t.direction, t.replied)
                .join(t, (t.id == tp.touch_id) & self._mine(t))
                .where(self._mine(tp), tp.contact_id.in_(chunk), tp.occurred_on <= until)
            )
            rows += [StrengthEvent(c, on, kind, "touch", d, r)
                     for c, on, kind, d, r in connection.execute(touches)]  # fmt: skip
            ledger = select(e.contact_id, e.occurred_on, e.kind, e.entry_type).where(
                self._mine(e), e.contact_id.in_(chunk), e.occurred_on <= until
            )
            rows += [StrengthEvent(c, on, kind, kind_of, "mutual", None)
                     for c, on, kind, kind_of in connection.execute(ledger)]  # fmt: skip
        return rows


def _day(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])
