"""Queries on "knows" links and introductions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from netgarden.store.network_reads import NetworkReads
from netgarden.store.reads import statement
from netgarden.store.rows import IntroBrief, LinkRow, PersonRow, Profile
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact, Introduction, Link

_CHUNK = 500
_RANK = {"weak": 0, "medium": 1, "strong": 2}
# who someone is, what they need and what they know
_PROFILE = (
    Contact.id, Contact.name, Contact.company, Contact.title, Contact.interests,
    Contact.help_them, Contact.help_me, Contact.industry, Contact.function, Contact.seniority,
)  # fmt: skip


@statement(("a",), ("b",))
def links_at(end: str) -> Any:
    """(a, b, strength) of the links whose ``end`` is one of ``ids`` (parameters ``ws``)."""
    column = Link.a_id if end == "a" else Link.b_id
    return select(Link.a_id, Link.b_id, Link.strength).where(
        Link.workspace_id == bindparam("ws"), column.in_(bindparam("ids", expanding=True))
    )


@statement(())
def pairs() -> Any:
    """(a, b) of every link (parameter ``ws``)."""
    return select(Link.a_id, Link.b_id).where(Link.workspace_id == bindparam("ws"))


@statement(())
def intros() -> Any:
    """Every introduction with both people's names, the latest changed first."""
    a, b = Contact.__table__.alias("a"), Contact.__table__.alias("b")
    return (
        select(
            Introduction.id,
            Introduction.a_id,
            a.c.name.label("a_name"),
            Introduction.b_id,
            b.c.name.label("b_name"),
            Introduction.why,
            Introduction.state,
            Introduction.outcome,
            Introduction.updated_on,
        )
        .join(a, a.c.id == Introduction.a_id)
        .join(b, b.c.id == Introduction.b_id)
        .where(Introduction.workspace_id == bindparam("ws"))
        .order_by(Introduction.updated_on.desc(), Introduction.id.desc())
    )


class NetworkRepo(NetworkReads):
    session: Session

    # -- links ---------------------------------------------------------------------------

    def link(
        self, a: int, b: int, strength: str | None, how: str | None, source: str,
        now: dt.datetime, *, exact: bool = False,
    ) -> tuple[str | None, str, str | None]:  # fmt: skip
        """Record that a and b know each other. A new link is ``strength`` (None: medium);
        an existing one takes it when ``exact`` (the user said so), otherwise only when it
        is stronger; ``how`` adds to what the link says. Returns the strength before (None:
        a new link), the strength now, and the ``how`` it added (None: nothing added)."""
        require_contacts(self.session, self.workspace_id, (a, b))
        low, high = sorted((a, b))
        existing = self.session.execute(
            select(Link.id, Link.strength, Link.how).where(
                self._mine(Link), Link.a_id == low, Link.b_id == high
            )
        ).first()
        if existing is None:
            strength = strength or "medium"
            self.session.execute(
                insert(Link).values(
                    workspace_id=self.workspace_id,
                    a_id=low,
                    b_id=high,
                    strength=strength,
                    how=how,
                    source=source,
                    created_at=now,
                )
            )
            return None, strength, how
        changes: dict[str, Any] = {}
        if strength not in (None, existing.strength) and (
            exact or _RANK[strength] > _RANK[existing.strength]
        ):
            changes["strength"] = strength
        if how and how not in (existing.how or "").split("; "):
            changes["how"] = f"{existing.how}; {how}" if existing.how else how
        if changes:
            self.session.execute(
                update(Link).where(self._mine(Link), Link.id == existing.id).values(changes)
            )
        added = how if "how" in changes else None
        return existing.strength, changes.get("strength", existing.strength), added

    def links_of(self, contact_id: int) -> list[LinkRow]:
        other = func.coalesce(
            func.nullif(Link.a_id, contact_id), Link.b_id
        )  # the end that is not contact_id
        rows = self.session.execute(
            select(
                other.label("other_id"),
                Contact.name,
                Contact.company,
                Link.strength,
                Link.how,
                Link.source,
            )
            .join(Contact, (Contact.id == other) & self._mine(Contact))
            .where(
                self._mine(Link),
                or_(Link.a_id == contact_id, Link.b_id == contact_id),
            )
            .order_by(Contact.name_key)
        )
        return [LinkRow._make(row) for row in rows]

    def linked(self, a: int, b: int) -> bool:
        low, high = sorted((a, b))
        return (
            self.session.scalar(
                select(Link.id).where(self._mine(Link), Link.a_id == low, Link.b_id == high)
            )
            is not None
        )

    # -- who is where ----------------------------------------------------------------------

    def people(self, company: str | None = None, role: str | None = None) -> list[PersonRow]:
        """Active contacts whose company or title contains the text (case-insensitive)."""
        query = select(
            Contact.id, Contact.name, Contact.company, Contact.title, Contact.seniority
        ).where(self._mine(Contact), Contact.archived_at.is_(None))
        if company:
            query = query.where(func.lower(Contact.company).contains(company.casefold()))
        if role:
            query = query.where(func.lower(Contact.title).contains(role.casefold()))
        return [PersonRow._make(row) for row in self.session.execute(query)]

    def colleagues(self, ids: Iterable[int]) -> list[tuple[int, int]]:
        """(colleague, target) pairs: active contacts at the same company as each target."""
        wanted = sorted(set(ids))
        pairs: list[tuple[int, int]] = []
        company_of: dict[str, list[int]] = {}
        for start in range(0, len(wanted), _CHUNK):
            rows = self.session.execute(
                select(Contact.id, func.lower(Contact.company)).where(
                    self._mine(Contact),
                    Contact.id.in_(wanted[start : start + _CHUNK]),
                    Contact.company.is_not(None),
                )
            )
            for contact_id, company in rows:
                company_of.setdefault(company, []).append(contact_id)
        for company, targets in company_of.items():
            members = self.session.scalars(
                select(Contact.id).where(
                    self._mine(Contact),
                    Contact.archived_at.is_(None),
                    func.lower(Contact.company) == company,
                )
            ).all()
            pairs.extend((m, t) for t in targets for m in members if m != t)
        return pairs

    def details(self, ids: Iterable[int]) -> dict[int, Profile]:
        wanted = sorted(set(ids))
        found: dict[int, Profile] = {}
        for start in range(0, len(wanted), _CHUNK):
            for row in self.session.execute(
                select(*_PROFILE).where(
                    self._mine(Contact), Contact.id.in_(wanted[start : start + _CHUNK])
                )
            ):
                found[row.id] = Profile._make(row)
        return found

    def profiles(self) -> list[Profile]:
        """Every active contact's needs and expertise, for introduction suggestions."""
        query = select(*_PROFILE).where(self._mine(Contact), Contact.archived_at.is_(None))
        return [Profile._make(row) for row in self.session.connection().execute(query)]

    # -- introductions ---------------------------------------------------------------------

    def add_intro(self, a: int, b: int, why: str | None, today: dt.date, now: dt.datetime) -> int:
        require_contacts(self.session, self.workspace_id, (a, b))
        return int(
            self.session.execute(
                insert(Introduction)
                .values(
                    workspace_id=self.workspace_id,
                    a_id=a,
                    b_id=b,
                    why=why,
                    state="proposed",
                    updated_on=today,
                    created_at=now,
                )
                .returning(Introduction.id)
            ).scalar_one()
        )

    def open_intro(self, a: int, b: int, states: Iterable[str]) -> IntroBrief | None:
        """The earliest introduction of a and b (either way round) in one of ``states``."""
        row = self.session.execute(
            select(Introduction.id, Introduction.state)
            .where(
                self._mine(Introduction),
                or_(
                    (Introduction.a_id == a) & (Introduction.b_id == b),
                    (Introduction.a_id == b) & (Introduction.b_id == a),
                ),
                Introduction.state.in_(list(states)),
            )
            .order_by(Introduction.id)
        ).first()
        return None if row is None else IntroBrief._make(row)

    def intro(self, intro_id: int) -> Introduction | None:
        return self.session.execute(
            select(Introduction).where(self._mine(Introduction), Introduction.id == intro_id)
        ).scalar_one_or_none()

    def set_intro_state(
        self, intro_id: int, state: str, outcome: str | None, today: dt.date
    ) -> None:
        values: dict[str, Any] = {"state": state, "updated_on": today}
        if outcome:
            values["outcome"] = outcome
        self.session.execute(
            update(Introduction)
            .where(self._mine(Introduction), Introduction.id == intro_id)
            .values(values)
        )

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)
