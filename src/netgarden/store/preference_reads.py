"""Reading a workspace's stored preference values, with or without SQLAlchemy (part of
PreferenceRepo; the statement is in preferences.py, see store/reads.py)."""

from __future__ import annotations

from typing import Any

from netgarden.store.reads import reader_of


class PreferenceReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def values(self) -> dict[str, str]:
        rows = reader_of(self.session).rows("preferences:stored", (), {"ws": self.workspace_id})
        return {key: value for key, value in rows}
