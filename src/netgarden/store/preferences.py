"""Stored preference values of a workspace (text, validated by the domain)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.orm import Session

from netgarden.store.preference_reads import PreferenceReads
from netgarden.store.reads import statement
from netgarden.store.tables import PreferenceValue


@statement(())
def stored() -> Any:
    """The workspace's stored preference values (parameter ``ws``)."""
    return select(PreferenceValue.key, PreferenceValue.value).where(
        PreferenceValue.workspace_id == bindparam("ws")
    )


class PreferenceRepo(PreferenceReads):
    session: Session

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
