"""What goals count, read with few indexed queries over one period (issue 15).

Each method reads the rows of one kind inside ``start``..``end`` (an index on the day
serves every one of them); :mod:`netgarden.services.goal_metrics` counts them with the rules
of :mod:`netgarden.domain.goals`. Nothing here reads a whole history: where a rule needs what
came before the period (a first-ever touch, the previous touch, an earlier receive) it asks
per contact, through the (contact, day) indexes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    and_,
    bindparam,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased

from netgarden.store.goal_fact_reads import GiveFact, GoalFactReads, TouchFact
from netgarden.store.plan_tables import Plan
from netgarden.store.reads import statement
from netgarden.store.tables import (
    Contact,
    ContactTag,
    Event,
    LedgerEntry,
    Touch,
    TouchParticipant,
)
from netgarden.store.tables_goals import Community, ContentItem, Goal

__all__ = ["GiveFact", "GoalFacts", "TouchFact"]


def _period(column: Any) -> Any:
    return column.between(bindparam("start", type_=Date()), bindparam("end", type_=Date()))


@statement((False,), (True,))
def participant_counts(by_day: bool) -> Any:
    """(Touch, person) pairs in a period (parameters ``ws``, ``start``, ``end``) per person,
    or per day, from the participants' own days (ix_touch_participants_day)."""
    tp = TouchParticipant
    key = tp.occurred_on if by_day else tp.contact_id
    where = (tp.workspace_id == bindparam("ws"), _period(tp.occurred_on))
    return select(key, func.count()).where(*where).group_by(key)


@statement(())
def attended_rows() -> Any:
    """Events attended in a period (parameters ``ws``, ``start``, ``end``)."""
    e = Event
    return select(e.id, e.format, e.role, e.series).where(
        e.workspace_id == bindparam("ws"), e.status == "attended", _period(e.occurred_on)
    )


@statement((False,), (True,))
def give_rows(one_kind: bool) -> Any:
    """My gives in a period (parameters ``ws``, ``start``, ``end``; ``kind`` for one kind),
    by day."""
    e = LedgerEntry
    query = select(e.id, e.contact_id, e.kind, e.note, e.occurred_on).where(
        e.workspace_id == bindparam("ws"), e.entry_type == "give", _period(e.occurred_on)
    )
    if one_kind:
        query = query.where(e.kind == bindparam("kind"))
    return query.order_by(e.occurred_on)


@statement(())
def first_receive_rows() -> Any:
    """Each of some contacts' first receive (parameters ``ws`` and ``ids``)."""
    e = LedgerEntry
    return (
        select(e.contact_id, func.min(e.occurred_on))
        .where(e.workspace_id == bindparam("ws"), e.entry_type == "receive",
               e.contact_id.in_(bindparam("ids", expanding=True)))
        .group_by(e.contact_id)
    )  # fmt: skip


@statement(())
def content_rows() -> Any:
    """Content published in a period (parameters ``ws``, ``start``, ``end``)."""
    c = ContentItem
    return select(c.kind, c.mix).where(c.workspace_id == bindparam("ws"), _period(c.published_on))


@statement(())
def goal_total() -> Any:
    """How many goals a workspace has (parameter ``ws``)."""
    return select(func.count()).select_from(Goal).where(Goal.workspace_id == bindparam("ws"))


@statement(())
def people_added_rows() -> Any:
    """(contact, met-on, connected-on, added) for people whose met-on day, else
    connected-on day, else day added falls in a period (parameters ``ws``, ``start``,
    ``end``, and the instants ``from_at`` and ``before_at`` of its first and next days)."""
    c = Contact
    return select(c.id, c.met_on, c.connected_on, c.created_at).where(
        c.workspace_id == bindparam("ws"),
        c.archived_at.is_(None),
        or_(
            _period(c.met_on),
            and_(c.met_on.is_(None), _period(c.connected_on)),
            and_(c.met_on.is_(None), c.connected_on.is_(None),
                 c.created_at >= bindparam("from_at", type_=DateTime()),
                 c.created_at < bindparam("before_at", type_=DateTime())),
        ),
    )  # fmt: skip


def _joined() -> Any:
    tp = TouchParticipant
    return and_(tp.touch_id == Touch.id, tp.workspace_id == Touch.workspace_id)


def _in_period(one_kind: bool) -> list[Any]:
    where = [Touch.workspace_id == bindparam("ws"), _period(Touch.occurred_on)]
    if one_kind:
        where.append(Touch.kind == bindparam("kind"))
    return where


@statement((False,), (True,))
def touch_rows(first_only: bool) -> Any:
    """Every (touch, person) in a period (parameters ``ws``, ``start``, ``end``), by day;
    ``first_only``: only people with no touch before the period."""
    tp = TouchParticipant
    query = (
        select(Touch.id, tp.contact_id, Touch.occurred_on, Touch.kind, Touch.direction)
        .join(tp, _joined())
        .where(*_in_period(False))
    )
    if first_only:
        earlier = aliased(TouchParticipant)
        query = query.where(
            ~exists().where(
                earlier.contact_id == tp.contact_id,
                earlier.occurred_on < bindparam("start", type_=Date()),
            )
        )
    return query.order_by(Touch.occurred_on, Touch.id)


@statement((False,), (True,))
def touch_count_rows(one_kind: bool) -> Any:
    """Touches per person in a period (parameters ``ws``, ``start``, ``end``; ``kind``)."""
    tp = TouchParticipant
    return (
        select(tp.contact_id, func.count())
        .select_from(Touch)
        .join(tp, _joined())
        .where(*_in_period(one_kind))
        .group_by(tp.contact_id)
    )


@statement(())
def touch_kind_total() -> Any:
    """Touches of one kind in a period, each once (parameters ``ws``, ``start``, ``end``,
    ``kind``)."""
    return select(func.count()).select_from(Touch).where(*_in_period(True))


@statement(())
def touch_pair_rows() -> Any:
    """(touch, person) of one kind in a period (parameters ``ws``, ``start``, ``end``,
    ``kind``)."""
    tp = TouchParticipant
    return select(Touch.id, tp.contact_id).join(tp, _joined()).where(*_in_period(True))


@statement(())
def first_previous_rows() -> Any:
    """Each person touched in a period: their first touch in it and their last before it
    (parameters ``ws``, ``start``, ``end``)."""
    tp = TouchParticipant
    earlier = aliased(TouchParticipant)
    previous = (
        select(func.max(earlier.occurred_on))
        .where(earlier.contact_id == tp.contact_id,
               earlier.occurred_on < bindparam("start", type_=Date()))
        .scalar_subquery()
    )  # fmt: skip
    return (
        select(tp.contact_id, func.min(Touch.occurred_on), type_coerce(previous, Date()))
        .select_from(Touch)
        .join(tp, _joined())
        .where(*_in_period(False))
        .group_by(tp.contact_id)
    )


@statement(())
def strength_touch_rows() -> Any:
    """(contact, day, kind, source, direction, replied) of some contacts' touches
    (parameters ``ws`` and ``ids``)."""
    tp = TouchParticipant
    return (
        select(tp.contact_id, Touch.occurred_on, Touch.kind, literal("touch"),
               Touch.direction, Touch.replied)
        .join(Touch, and_(Touch.id == tp.touch_id, Touch.workspace_id == tp.workspace_id))
        .where(tp.workspace_id == bindparam("ws"),
               tp.contact_id.in_(bindparam("ids", expanding=True)))
    )  # fmt: skip


@statement(())
def strength_ledger_rows() -> Any:
    """The same of some contacts' ledger entries (parameters ``ws`` and ``ids``)."""
    e = LedgerEntry
    return select(
        e.contact_id, e.occurred_on, e.kind, e.entry_type, literal("mutual"),
        type_coerce(null(), Boolean()),
    ).where(e.workspace_id == bindparam("ws"),
            e.contact_id.in_(bindparam("ids", expanding=True)))  # fmt: skip


@statement(())
def coffee_plan_total() -> Any:
    """Coffee plans still planned for a day in a period (parameters ``ws``, ``start``,
    ``end``)."""
    return select(func.count()).select_from(Plan).where(
        Plan.workspace_id == bindparam("ws"), Plan.kind == "coffee", Plan.status == "planned",
        _period(Plan.planned_on),
    )  # fmt: skip


@statement(())
def community_rows() -> Any:
    """Roles of the communities joined in a period (parameters ``ws``, ``start``, ``end``)."""
    c = Community
    return select(c.role).where(c.workspace_id == bindparam("ws"), _period(c.joined_on))


@statement((False,), (True,))
def filter_rows(some: bool) -> Any:
    """What a filter reads of everyone, or of some contacts (``ids``): text fields, circle
    and cadence (parameter ``ws``)."""
    c = Contact
    query = select(c.id, c.company, c.title, c.function, c.industry, c.seniority, c.location,
                   c.circle, c.cadence_days).where(c.workspace_id == bindparam("ws"))  # fmt: skip
    return query.where(c.id.in_(bindparam("ids", expanding=True))) if some else query


@statement((False,), (True,))
def filter_tag_rows(some: bool) -> Any:
    """Everyone's tags, or some contacts' (``ids``; parameter ``ws``)."""
    t = ContactTag
    query = select(t.contact_id, t.tag).where(t.workspace_id == bindparam("ws"))
    return query.where(t.contact_id.in_(bindparam("ids", expanding=True))) if some else query


@statement(())
def circle_rows() -> Any:
    """Everyone's circle and own cadence (parameter ``ws``): what the circle metrics read."""
    c = Contact
    return select(c.id, c.circle, c.cadence_days).where(c.workspace_id == bindparam("ws"))


@statement(())
def circle_member_rows() -> Any:
    """The contacts of one circle (parameters ``ws``, ``circle``)."""
    return select(Contact.id).where(
        Contact.workspace_id == bindparam("ws"), Contact.circle == bindparam("circle")
    )


@statement(())
def goal_rows() -> Any:
    """Every goal, oldest first (parameter ``ws``)."""
    g = Goal
    return (
        select(g.id, g.title, g.metric, g.target_low, g.target_high, g.period, g.rolling,
               g.starts_on, g.ends_on, g.where_filter, g.manual_value, g.preset, g.seed)
        .where(g.workspace_id == bindparam("ws"))
        .order_by(g.id)
    )  # fmt: skip


class GoalFacts(GoalFactReads):
    """The goals' facts on a session (every read is in GoalFactReads)."""
