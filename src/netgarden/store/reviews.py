"""Queries reviews make: every active contact with the facts reviews read, diversity
targets, and my own profile (company, seniority, function, time zone)."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from netgarden.store.review_tables import DiversityTarget, ProfileValue
from netgarden.store.scope import mine
from netgarden.store.tables import Contact


class ReviewRow(NamedTuple):
    id: int
    name: str
    company: str | None
    title: str | None
    circle: str
    industry: str | None
    function: str | None
    seniority: str | None
    location: str | None
    influence: int | None
    accessibility: int | None
    energy: str | None
    board_seat: str | None
    decides: str | None
    time_zone: str | None
    mentee: bool | None


class TargetRow(NamedTuple):
    dimension: str
    value: str
    at_least: int


_COLUMNS = tuple(getattr(Contact, name) for name in ReviewRow._fields)


class ReviewRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def people(self) -> list[ReviewRow]:
        """Every active contact, by id."""
        query = (
            select(*_COLUMNS)
            .where(mine(Contact, self.workspace_id), Contact.archived_at.is_(None))
            .order_by(Contact.id)
        )
        return [ReviewRow._make(row) for row in self.session.execute(query)]

    def targets(self) -> list[TargetRow]:
        query = (
            select(DiversityTarget.dimension, DiversityTarget.value, DiversityTarget.at_least)
            .where(mine(DiversityTarget, self.workspace_id))
            .order_by(DiversityTarget.dimension, DiversityTarget.value)
        )
        return [TargetRow._make(row) for row in self.session.execute(query)]

    def set_target(self, dimension: str, value: str, at_least: int) -> None:
        values = {
            "workspace_id": self.workspace_id,
            "dimension": dimension,
            "value": value,
            "at_least": at_least,
        }
        dialect = self.session.get_bind().dialect.name
        upsert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        statement: Any = upsert(DiversityTarget).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=["workspace_id", "dimension", "value"], set_={"at_least": at_least}
        )
        self.session.execute(statement)

    def remove_target(self, dimension: str, value: str) -> int:
        result = self.session.execute(
            delete(DiversityTarget).where(
                mine(DiversityTarget, self.workspace_id),
                DiversityTarget.dimension == dimension,
                DiversityTarget.value == value,
            )
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def profile(self) -> dict[str, str]:
        query = select(ProfileValue.key, ProfileValue.value).where(
            mine(ProfileValue, self.workspace_id)
        )
        return {key: value for key, value in self.session.execute(query)}

    def set_profile(self, key: str, value: str | None) -> None:
        self.session.execute(
            delete(ProfileValue).where(
                mine(ProfileValue, self.workspace_id), ProfileValue.key == key
            )
        )
        if value:
            self.session.add(ProfileValue(workspace_id=self.workspace_id, key=key, value=value))
            self.session.flush()
