"""Stored preference values of a workspace (text, validated by the domain)."""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from netgarden.store.tables import PreferenceValue


class PreferenceRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def values(self) -> dict[str, str]:
        rows = self.session.execute(
            select(PreferenceValue.key, PreferenceValue.value).where(
                PreferenceValue.workspace_id == self.workspace_id
            )
        )
        return {key: value for key, value in rows}

    def set(self, key: str, value: str) -> None:
        self.unset(key)
        self.session.execute(
            insert(PreferenceValue).values(workspace_id=self.workspace_id, key=key, value=value)
        )

    def unset(self, key: str) -> None:
        self.session.execute(
            delete(PreferenceValue).where(
                PreferenceValue.workspace_id == self.workspace_id, PreferenceValue.key == key
            )
        )
