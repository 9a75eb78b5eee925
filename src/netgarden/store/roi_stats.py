"""Queries networking ROI is counted from (issue 16): messages sent and what followed them,
meetings, ledger counts, contacts come to know, and the histories of the contacts who could
have become quality connections in a period. Few queries, each bounded by the period.

Each is a builder marked with ``@statement`` (store/reads.py): RoiReads (roi_reads.py) runs
them through SQLAlchemy in a transaction, or as compiled SQLite text on a bare connection,
so ``netgarden roi`` never imports SQLAlchemy. Dates are bound parameters; no date
arithmetic runs in SQL (the same statements run on PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, case, func, or_, select, union
from sqlalchemy.orm import Session

from netgarden.store.contact_scope import known_since
from netgarden.store.reads import statement
from netgarden.store.roi_reads import MEETING_KINDS, MESSAGE_KINDS, RoiReads
from netgarden.store.scope import mine
from netgarden.store.tables import Contact, LedgerEntry, Touch, TouchParticipant
from netgarden.store.tables_opps import QualityFirst

_TP, _T, _E = TouchParticipant, Touch, LedgerEntry


def _ws(model: Any) -> Any:
    return model.workspace_id == bindparam("ws")


def _in_period(column: Any, since: str = "since", until: str = "until") -> tuple[Any, Any]:
    return column >= bindparam(since, type_=column.type), column <= bindparam(
        until, type_=column.type
    )


def _joined(*columns: Any) -> Any:
    return select(*columns).join(_T, (_T.id == _TP.touch_id) & _ws(_T)).where(_ws(_TP))


def _ids() -> Any:
    return _TP.contact_id.in_(bindparam("ids", expanding=True))


@statement(())
def sent_open() -> Any:
    """(contact_id, occurred_on, replied, asks) of these people's (``ids``) messages from me
    in the period whose reply is unmarked or that asked for a meeting (``meeting_ask``)."""
    return _joined(_TP.contact_id, _TP.occurred_on, _T.replied, _T.asks).where(
        *_in_period(_TP.occurred_on), _T.direction == "out", _T.kind.in_(MESSAGE_KINDS), _ids(),
        _T.replied.is_(None) | (_T.asks == bindparam("meeting_ask")),
    )  # fmt: skip


@statement(())
def after_sent() -> Any:
    """(contact_id, occurred_on, kind, direction) in the period of meetings and of messages
    from them, of these people (``ids``)."""
    return _joined(_TP.contact_id, _TP.occurred_on, _T.kind, _T.direction).where(
        *_in_period(_TP.occurred_on), _ids(),
        or_(_T.kind.in_(MEETING_KINDS), _T.kind.in_(MESSAGE_KINDS) & (_T.direction != "out")),
    )  # fmt: skip


@statement(())
def outreach() -> Any:
    """One scan of the period's messages and meetings, per person (RoiReads.outreach)."""
    ask: Any = bindparam("meeting_ask")
    mine_out = _T.kind.in_(MESSAGE_KINDS) & (_T.direction == "out")
    plain = _T.replied.is_not(None) & (_T.asks.is_(None) | (_T.asks != ask))
    open_ = _T.replied.is_(None) | (_T.asks == ask)
    met = _T.kind.in_(MEETING_KINDS)
    return _joined(
        _TP.contact_id,
        func.sum(case((mine_out & plain, 1), else_=0)),
        func.sum(case((mine_out & plain & _T.replied.is_(True), 1), else_=0)),
        func.sum(case((mine_out & open_, 1), else_=0)),
        func.min(case((met, _TP.occurred_on), else_=None)),
    ).where(
        *_in_period(_T.occurred_on), *_in_period(_TP.occurred_on), mine_out | met
    ).group_by(_TP.contact_id)  # fmt: skip


@statement(())
def ledger_counts() -> Any:
    """(entry_type, kind, how many) in the period."""
    return (
        select(_E.entry_type, _E.kind, func.count())
        .where(_ws(_E), *_in_period(_E.occurred_on))
        .group_by(_E.entry_type, _E.kind)
    )


@statement((False,), (True,))
def known_days(before: bool) -> Any:
    """How many active contacts I knew before ``since`` or, not ``before``, the day I came
    to know each one known in the period."""
    day = known_since()
    active = (_ws(Contact), Contact.archived_at.is_(None))
    if before:
        return select(func.count()).where(*active, day < bindparam("since", type_=day.type))
    return select(day).where(*active, *_in_period(day))


@statement(())
def quality_firsts() -> Any:
    """The first quality days in the period (the derived rows, default weights)."""
    q = QualityFirst
    return select(q.first_on).where(_ws(q), *_in_period(q.first_on))


@statement((False,), (True,))
def quality_people(warm: bool) -> Any:
    """Contacts with an event in the period (``warm``: a two-way event or a ledger entry
    from ``year`` to ``until``): who could first become a quality connection in it."""
    since = "year" if warm else "since"
    touched = select(_TP.contact_id).where(_ws(_TP), *_in_period(_TP.occurred_on, since))
    if warm:
        two_way = or_(_T.direction != "out", _T.replied.is_(True))
        touched = _joined(_TP.contact_id).where(*_in_period(_TP.occurred_on, since), two_way)
    given = select(_E.contact_id).where(_ws(_E), *_in_period(_E.occurred_on, since))
    return union(touched, given)


@statement(())
def history_touches() -> Any:
    """(contact_id, on, kind, direction, replied) of these people's (``ids``) touches up to
    ``until``."""
    return _joined(_TP.contact_id, _TP.occurred_on, _T.kind, _T.direction, _T.replied).where(
        _ids(), _TP.occurred_on <= bindparam("until", type_=_TP.occurred_on.type)
    )


@statement(())
def history_entries() -> Any:
    """(contact_id, on, kind, entry_type) of these people's (``ids``) ledger entries up to
    ``until``."""
    return select(_E.contact_id, _E.occurred_on, _E.kind, _E.entry_type).where(
        _ws(_E), _E.contact_id.in_(bindparam("ids", expanding=True)),
        _E.occurred_on <= bindparam("until", type_=_E.occurred_on.type),
    )  # fmt: skip


class RoiStats(RoiReads):
    session: Session

    def first_met(self, since: dt.date, until: dt.date) -> dict[int, dt.date]:
        """Each person I met (a meeting kind of touch) in the period: the first day."""
        rows = self.session.execute(
            select(_TP.contact_id, func.min(_TP.occurred_on))
            .join(_T, (_T.id == _TP.touch_id) & mine(_T, self.workspace_id))
            .where(mine(_TP, self.workspace_id), _TP.occurred_on >= since,
                   _TP.occurred_on <= until, _T.kind.in_(MEETING_KINDS))
            .group_by(_TP.contact_id)
        )  # fmt: skip
        return {int(c): day for c, day in rows}
