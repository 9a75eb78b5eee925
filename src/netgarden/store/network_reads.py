"""The introductions the agenda reads (part of NetworkRepo, and of the read-only unit's
``network``); the statement is in network.py, see store/reads.py."""

from __future__ import annotations

from typing import Any

from netgarden.store.reads import reader_of
from netgarden.store.rows import IntroRow


class NetworkReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def intros(self) -> list[IntroRow]:
        """Every introduction with both people's names, the latest changed first."""
        rows = reader_of(self.session).rows("network:intros", (), {"ws": self.workspace_id})
        return [IntroRow._make(row) for row in rows]
