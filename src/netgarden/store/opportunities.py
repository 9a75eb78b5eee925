"""Queries on opportunities, their stage changes and shares (issue 16)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from netgarden.domain.opportunities import SUPPORT_FIRST
from netgarden.errors import NotFound
from netgarden.store.opportunity_reads import OpportunityReads
from netgarden.store.reads import statement
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact, Event
from netgarden.store.tables_opps import Opportunity, OpportunityShare, OpportunityStage

_O = Opportunity
# what every listing and detail shows of an opportunity: its columns, who it came through
# and the event it was sourced at
_SHOWN = (
    _O.id, _O.title, _O.kind, _O.company, _O.company_key, _O.role, _O.via_id, _O.event_id,
    _O.channel, _O.reaches_hm, _O.stage, _O.opened_on, _O.stage_on, _O.note,
)  # fmt: skip


@statement(())
def sourced() -> Any:
    """(id, kind, channel, via_id, event_id, reaches_hm, opened_on) of every opportunity:
    what ROI counts."""
    return select(_O.id, _O.kind, _O.channel, _O.via_id, _O.event_id, _O.reaches_hm,
                  _O.opened_on).where(_O.workspace_id == bindparam("ws"))  # fmt: skip


class OpportunityRepo(OpportunityReads):
    session: Session

    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def insert(self, values: dict[str, Any], now: dt.datetime) -> int:
        if values.get("via_id") is not None:
            require_contacts(self.session, self.workspace_id, [values["via_id"]])
        return int(
            self.session.execute(
                insert(_O)
                .values(workspace_id=self.workspace_id, created_at=now, updated_at=now, **values)
                .returning(_O.id)
            ).scalar_one()
        )

    def update(self, opp_id: int, changes: dict[str, Any], now: dt.datetime) -> None:
        if changes.get("via_id") is not None:
            require_contacts(self.session, self.workspace_id, [changes["via_id"]])
        self.session.execute(
            update(_O).where(self._mine(_O), _O.id == opp_id).values(updated_at=now, **changes)
        )

    def add_stage(self, opp_id: int, stage: str, on: dt.date, now: dt.datetime) -> None:
        self.session.execute(
            insert(OpportunityStage).values(
                workspace_id=self.workspace_id, opportunity_id=opp_id, stage=stage,
                changed_on=on, created_at=now,
            )
        )  # fmt: skip

    def listing(
        self, stage: str | None = None, ids: Sequence[int] | None = None,
        company_key: str | None = None,
    ) -> list[Any]:  # fmt: skip
        """Opportunities with the name of who they came through and the event's name, the
        latest opened first; ``stage``, ``ids`` or ``company_key`` keep some."""
        via = aliased(Contact)
        query = (
            select(*_SHOWN, via.name.label("via_name"), Event.name.label("event_name"))
            .outerjoin(via, (via.id == _O.via_id) & mine(via, self.workspace_id))
            .outerjoin(Event, (Event.id == _O.event_id) & self._mine(Event))
            .where(self._mine(_O))
        )
        if stage is not None:
            query = query.where(_O.stage == stage)
        if ids is not None:
            query = query.where(_O.id.in_(list(ids)))
        if company_key is not None:
            query = query.where(_O.company_key == company_key)
        return list(self.session.execute(query.order_by(_O.opened_on.desc(), _O.id.desc())))

    def require(self, opp_id: int) -> Any:
        """One opportunity as ``listing`` shows it, or NotFound."""
        found = self.listing(ids=[opp_id])
        if not found:
            raise NotFound("opportunity", opp_id)
        return found[0]

    def stages(self, opp_id: int | None = None) -> list[Any]:
        """(opportunity_id, stage, changed_on) in the order they happened."""
        s = OpportunityStage
        query = select(s.opportunity_id, s.stage, s.changed_on).where(self._mine(s))
        if opp_id is not None:
            query = query.where(s.opportunity_id == opp_id)
        return list(self.session.execute(query.order_by(s.opportunity_id, s.changed_on, s.id)))

    def shares(self, opp_id: int) -> list[Any]:
        """(contact_id, name, shared_on, ledger_entry_id) of everyone it was shared with."""
        s = OpportunityShare
        return list(
            self.session.execute(
                select(s.contact_id, Contact.name, s.shared_on, s.ledger_entry_id)
                .join(Contact, (Contact.id == s.contact_id) & self._mine(Contact))
                .where(self._mine(s), s.opportunity_id == opp_id)
                .order_by(s.shared_on, Contact.name_key, s.contact_id)
            )
        )

    def add_share(
        self, opp_id: int, contact_id: int, ledger_entry_id: int | None, on: dt.date,
        now: dt.datetime,
    ) -> None:  # fmt: skip
        require_contacts(self.session, self.workspace_id, [contact_id])
        self.session.execute(
            insert(OpportunityShare).values(
                workspace_id=self.workspace_id, opportunity_id=opp_id, contact_id=contact_id,
                ledger_entry_id=ledger_entry_id, shared_on=on, created_at=now,
            )
        )  # fmt: skip

    def share_candidates(self) -> list[Any]:
        """People an opportunity may be passed to: active contacts in a circle, or laid off
        or open to work, as (id, name, circle, title, function)."""
        c = Contact
        return list(
            self.session.execute(
                select(c.id, c.name, c.circle, c.title, c.function).where(
                    self._mine(c), c.archived_at.is_(None),
                    or_(c.circle != "none", c.status.in_(SUPPORT_FIRST)),
                )
            )
        )  # fmt: skip

    def delete(self, opp_id: int) -> None:
        for model in (OpportunityShare, OpportunityStage):
            self.session.execute(
                delete(model).where(self._mine(model), model.opportunity_id == opp_id)
            )
        self.session.execute(delete(_O).where(self._mine(_O), _O.id == opp_id))

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)
