"""What a teammate who shares lets their team read of their contacts (issue 19): for each
active contact, only its name, company and title. The projection is fixed here, in one
place: no other column of a contact can leave its workspace through teams."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import Any, NamedTuple

from sqlalchemy import and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from netgarden.domain.strength_tallies import SUMMARY, Tally
from netgarden.store.contact_reads import escape_like, name_key
from netgarden.store.scope import mine
from netgarden.store.tables import Contact, PreferenceValue, StrengthTally

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


def _matching(workspace_id: int, company: str | None, name: str | None) -> Any:
    """The first MOST active contacts of one workspace that match, with their workspace id
    (None: nothing asked)."""
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

    def people(
        self, *, company: str | None = None, name: str | None = None
    ) -> dict[int, list[SharedPerson]]:
        """Each workspace's matches, as ``SharedTieRepo.people`` finds them."""
        parts = [_matching(ws, company, name) for ws in self.workspace_ids]
        if not parts or parts[0] is None:
            return {}
        workspaces = [select(part.subquery()) for part in parts]
        query = workspaces[0] if len(workspaces) == 1 else union_all(*workspaces)
        found: dict[int, list[SharedPerson]] = {}
        for *person, workspace_id in self.session.execute(query).all():
            found.setdefault(workspace_id, []).append(SharedPerson._make(person))
        return found

    def tallies(
        self, wanted: Mapping[int, Sequence[int]], summaries: Set[int] = frozenset()
    ) -> dict[int, dict[int, list[Tally]]]:
        """The tallies of these contacts, by workspace and contact: every one (classes and
        summary), or only the summary in the workspaces named in ``summaries``."""
        table = StrengthTally.__table__
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
        found: dict[int, dict[int, list[Tally]]] = {}
        for workspace_id, contact_id, *tally in self.session.execute(query).all():
            found.setdefault(workspace_id, {}).setdefault(contact_id, []).append(Tally._make(tally))
        return found

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
