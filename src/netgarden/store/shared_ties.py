"""What a teammate who shares lets their team read of their contacts (issue 19): for each
active contact, only its name, company and title. The projection is fixed here, in one
place: no other column of a contact can leave its workspace through teams."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import Any, NamedTuple

from sqlalchemy import Integer, all_, and_, any_, bindparam, func, or_, select, true, union_all
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from netgarden.domain.strength_tallies import SUMMARY, Tally
from netgarden.store.contact_reads import escape_like, name_key
from netgarden.store.scope import mine
from netgarden.store.tables import Contact, PreferenceValue, StrengthTally, Workspace

MOST = 50  # per teammate and question: a common company's first 50, ranked by the service


class SharedPerson(NamedTuple):
    id: int
    name: str
    company: str | None
    title: str | None


class SharedTieRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def people(self, *, company: str | None = None, name: str | None = None) -> list[SharedPerson]:
        """Active contacts at a company (its name contains the text) or whose name contains
        the text, case- and accent-insensitively for names."""
        query = _matching(self.workspace_id, company, name)
        if query is None:
            return []
        return [SharedPerson._make(row[:4]) for row in self.session.execute(query)]

    def person(self, contact_id: int) -> SharedPerson | None:
        row = self.session.execute(
            select(Contact.id, Contact.name, Contact.company, Contact.title).where(
                mine(Contact, self.workspace_id),
                Contact.archived_at.is_(None),
                Contact.id == contact_id,
            )
        ).first()
        return None if row is None else SharedPerson._make(row)


def _matching(workspace_id: Any, company: str | None, name: str | None) -> Any:
    """The first MOST active contacts of one workspace that match, with their workspace id
    (None: nothing asked). ``workspace_id`` is a number, or on PostgreSQL the column of the
    workspaces asked that a LATERAL part runs once for (``TeamTies``)."""
    query = select(
        Contact.id, Contact.name, Contact.company, Contact.title, Contact.workspace_id
    ).where(mine(Contact, workspace_id), Contact.archived_at.is_(None))
    if company:
        pattern = "%" + escape_like(company.casefold()) + "%"
        query = query.where(func.lower(Contact.company).like(pattern, escape="\\"))
    elif name:
        pattern = "%" + escape_like(name_key(name)) + "%"
        query = query.where(Contact.name_key.like(pattern, escape="\\"))
    else:
        return None
    # by id, an index's order: the scan stops at the MOST-th match instead of sorting every
    # one (the service ranks them by tie). On PostgreSQL the index on (workspace, id) holds
    # the columns asked (migration 0031): its first entries answer without the table, and a
    # rare company's few matches come from the trigram index (0026) instead
    return query.order_by(Contact.id).limit(MOST)


class TeamTies:
    """The sharing teammates' workspaces asked at once: one statement for all of them (each
    part kept to its own workspace by its own condition), not one per teammate, so a
    team's question costs a few round trips to the database whatever its size."""

    def __init__(self, session: Session, workspace_ids: Sequence[int]) -> None:
        self.session = session
        self.workspace_ids = list(workspace_ids)
        # on PostgreSQL the workspaces (and contacts) asked go as arrays: a statement of the
        # same few parameters whatever the team's size, compiled once and parsed once, where
        # a part or an IN list per teammate made SQLAlchemy and psycopg build and parse a new
        # text of hundreds of parameters for every question (most of team who's time)
        self.arrays = session.get_bind().dialect.name == "postgresql"

    def people(
        self, *, company: str | None = None, name: str | None = None
    ) -> dict[int, list[SharedPerson]]:
        """Each workspace's matches, as ``SharedTieRepo.people`` finds them."""
        if not self.workspace_ids or not (company or name):
            return {}
        query: Any
        params: dict[str, Any] = {}
        if self.arrays:  # each workspace's first MOST, the same part run once per workspace
            asked = _workspaces().table_valued("ws").render_derived()
            part = _matching(asked.c.ws, company, name).lateral()
            query = select(*part.c).select_from(asked).join(part, true())
            params["workspaces"] = self.workspace_ids
        else:
            parts = [select(_matching(ws, company, name).subquery()) for ws in self.workspace_ids]
            query = parts[0] if len(parts) == 1 else union_all(*parts)
        found: dict[int, list[SharedPerson]] = {}
        for *person, workspace_id in self.session.execute(query, params).all():
            found.setdefault(workspace_id, []).append(SharedPerson._make(person))
        return found

    def tallies(
        self, wanted: Mapping[int, Sequence[int]], summaries: Set[int] = frozenset()
    ) -> dict[int, dict[int, list[Tally]]]:
        """The tallies of these contacts, by workspace and contact: every one (classes and
        summary), or only the summary in the workspaces named in ``summaries``."""
        table = StrengthTally.__table__
        if self.arrays:
            return self._tallies_by_arrays(wanted, summaries)
        asked = [
            and_(
                mine(StrengthTally, ws),
                table.c.contact_id.in_(ids),
                *([table.c.source == SUMMARY] if ws in summaries else []),
            )
            for ws, ids in wanted.items()
            if ids
        ]
        if not asked:
            return {}
        columns = [table.c[c] for c in Tally._fields]
        query = (
            select(table.c.workspace_id, table.c.contact_id, *columns)
            .where(or_(*asked))
            .order_by(table.c.workspace_id, table.c.contact_id)
        )
        return _by_contact(self.session.execute(query).all())

    def _tallies_by_arrays(
        self, wanted: Mapping[int, Sequence[int]], summaries: Set[int]
    ) -> dict[int, dict[int, list[Tally]]]:
        """``tallies`` on PostgreSQL: the (workspace, contact) pairs asked as two arrays
        unnested side by side, each pair looked up in the tallies' index."""
        pairs = [(ws, contact_id) for ws, ids in wanted.items() for contact_id in ids]
        if not pairs:
            return {}
        table = StrengthTally.__table__
        asked = (
            func.unnest(
                bindparam("workspaces", type_=ARRAY(Integer)),
                bindparam("contacts", type_=ARRAY(Integer)),
            )
            .table_valued("ws", "contact_id")
            .render_derived()
        )
        only_summary = [ws for ws in wanted if ws in summaries] or [0]
        columns = [table.c[c] for c in Tally._fields]
        query = (
            select(table.c.workspace_id, table.c.contact_id, *columns)
            .select_from(asked)
            .join(
                table,
                and_(table.c.workspace_id == asked.c.ws, table.c.contact_id == asked.c.contact_id),
            )
            .where(
                or_(
                    table.c.workspace_id != all_(bindparam("summaries", type_=ARRAY(Integer))),
                    table.c.source == SUMMARY,
                )
            )
            .order_by(table.c.workspace_id, table.c.contact_id)
        )
        rows = self.session.execute(
            query,
            {
                "workspaces": [ws for ws, _ in pairs],
                "contacts": [contact_id for _, contact_id in pairs],
                "summaries": only_summary,
            },
        ).all()
        return _by_contact(rows)

    def versions(self) -> dict[int, int]:
        """Each workspace's change counter (store/changes.py), in one statement: what was
        worked out of a workspace's rows at one counter is true until it moves."""
        if not self.workspace_ids:
            return {}
        if self.arrays:
            asked: Any = Workspace.id == any_(bindparam("workspaces", type_=ARRAY(Integer)))
        else:
            asked = Workspace.id.in_(self.workspace_ids)
        query = select(Workspace.id, Workspace.changes).where(asked)
        params = {"workspaces": self.workspace_ids} if self.arrays else {}
        rows = self.session.execute(query, params)
        return {workspace_id: int(changes or 0) for workspace_id, changes in rows}

    def preference_values(self) -> dict[int, dict[str, str]]:
        """Each workspace's stored preference values (its strength weights among them)."""
        found: dict[int, dict[str, str]] = {ws: {} for ws in self.workspace_ids}
        if not found:
            return found
        query = select(
            PreferenceValue.workspace_id, PreferenceValue.key, PreferenceValue.value
        ).where(or_(*(mine(PreferenceValue, ws) for ws in self.workspace_ids)))
        for workspace_id, key, value in self.session.execute(query):
            found[workspace_id][key] = value
        return found


def _workspaces() -> Any:
    """The workspaces asked, as one array parameter (PostgreSQL)."""
    return func.unnest(bindparam("workspaces", type_=ARRAY(Integer)))


def _by_contact(rows: Sequence[Any]) -> dict[int, dict[int, list[Tally]]]:
    found: dict[int, dict[int, list[Tally]]] = {}
    for workspace_id, contact_id, *tally in rows:
        found.setdefault(workspace_id, {}).setdefault(contact_id, []).append(Tally._make(tally))
    return found
