"""Queries on goals, the content I publish and the communities I belong to (issue 15).
What the goals count is read by :mod:`netgarden.store.goal_facts`."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from netgarden.errors import NotFound
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact
from netgarden.store.tables_goals import Community, ContentItem, ContentPerson, Goal


class GoalRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def insert(self, values: dict[str, Any], now: dt.datetime) -> int:
        return int(
            self.session.execute(
                insert(Goal)
                .values(workspace_id=self.workspace_id, created_at=now, **values)
                .returning(Goal.id)
            ).scalar_one()
        )

    def all(self) -> list[Goal]:
        """Every goal, oldest first."""
        return list(
            self.session.scalars(
                select(Goal).where(mine(Goal, self.workspace_id)).order_by(Goal.id)
            )
        )

    def require(self, goal_id: int) -> Goal:
        found = self.session.scalars(
            select(Goal).where(mine(Goal, self.workspace_id), Goal.id == goal_id)
        ).first()
        if found is None:
            raise NotFound("goal", goal_id)
        return found

    def update(self, goal_id: int, changes: dict[str, Any]) -> None:
        self.session.execute(
            update(Goal).where(mine(Goal, self.workspace_id), Goal.id == goal_id).values(**changes)
        )

    def delete(self, goal_id: int) -> None:
        self.require(goal_id)
        self.session.execute(delete(Goal).where(mine(Goal, self.workspace_id), Goal.id == goal_id))


class ContentRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def insert(self, values: dict[str, Any], people: Sequence[int], now: dt.datetime) -> int:
        require_contacts(self.session, self.workspace_id, people)
        content_id = int(
            self.session.execute(
                insert(ContentItem)
                .values(workspace_id=self.workspace_id, created_at=now, **values)
                .returning(ContentItem.id)
            ).scalar_one()
        )
        if people:
            self.session.execute(
                insert(ContentPerson),
                [{"workspace_id": self.workspace_id, "content_id": content_id, "contact_id": c}
                 for c in sorted(set(people))],
            )  # fmt: skip
        return content_id

    def between(self, start: dt.date | None, end: dt.date | None) -> list[ContentItem]:
        """Content published from ``start`` to ``end`` (either open), the latest first."""
        query = select(ContentItem).where(mine(ContentItem, self.workspace_id))
        if start is not None:
            query = query.where(ContentItem.published_on >= start)
        if end is not None:
            query = query.where(ContentItem.published_on <= end)
        order = (ContentItem.published_on.desc(), ContentItem.id.desc())
        return list(self.session.scalars(query.order_by(*order)))

    def people(self, content_ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
        """Each content's people: (contact id, name), by name."""
        found: dict[int, list[tuple[int, str]]] = defaultdict(list)
        if not content_ids:
            return found
        rows = self.session.execute(
            select(ContentPerson.content_id, Contact.id, Contact.name)
            .join(Contact, (Contact.id == ContentPerson.contact_id)
                  & (Contact.workspace_id == ContentPerson.workspace_id))
            .where(mine(ContentPerson, self.workspace_id),
                   ContentPerson.content_id.in_(list(content_ids)))
            .order_by(Contact.name)
        )  # fmt: skip
        for content_id, contact_id, name in rows:
            found[content_id].append((contact_id, name))
        return found

    def require(self, content_id: int) -> ContentItem:
        found = self.session.scalars(
            select(ContentItem).where(
                mine(ContentItem, self.workspace_id), ContentItem.id == content_id
            )
        ).first()
        if found is None:
            raise NotFound("content", content_id)
        return found

    def delete(self, content_id: int) -> None:
        self.require(content_id)
        for table in (ContentPerson,):
            self.session.execute(
                delete(table).where(mine(table, self.workspace_id), table.content_id == content_id)
            )
        self.session.execute(
            delete(ContentItem).where(
                mine(ContentItem, self.workspace_id), ContentItem.id == content_id
            )
        )


class CommunityRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def by_key(self, name_key: str) -> Community | None:
        return self.session.scalars(
            select(Community).where(
                mine(Community, self.workspace_id), Community.name_key == name_key
            )
        ).first()

    def insert(self, values: dict[str, Any], now: dt.datetime) -> int:
        return int(
            self.session.execute(
                insert(Community)
                .values(workspace_id=self.workspace_id, created_at=now, **values)
                .returning(Community.id)
            ).scalar_one()
        )

    def update(self, community_id: int, changes: dict[str, Any]) -> None:
        self.session.execute(
            update(Community)
            .where(mine(Community, self.workspace_id), Community.id == community_id)
            .values(**changes)
        )

    def delete(self, community_id: int) -> None:
        self.session.execute(
            delete(Community).where(
                mine(Community, self.workspace_id), Community.id == community_id
            )
        )

    def all(self) -> list[Community]:
        """Every community, current ones first, by name."""
        return list(
            self.session.scalars(
                select(Community)
                .where(mine(Community, self.workspace_id))
                .order_by(Community.left_on.is_not(None), Community.name_key)
            )
        )
