"""The network repository's read of links around some people, with or without SQLAlchemy
(part of NetworkRepo; the statement is in network.py, see store/reads.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from netgarden.store.reads import reader_of

CHUNK = 500


class NetworkReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def links_touching(self, ids: Iterable[int]) -> list[tuple[int, int, str]]:
        """(a, b, strength) for every link with an end in ``ids``."""
        wanted = sorted(set(ids))
        reader = reader_of(self.session)
        found: list[tuple[int, int, str]] = []
        for start in range(0, len(wanted), CHUNK):
            chunk = [int(i) for i in wanted[start : start + CHUNK]]
            # one indexed query per end: an OR of the two makes SQLite scan every link
            for end in ("a", "b"):
                rows = reader.rows("network:links_at", (end,), {"ws": self.workspace_id,
                                                                "ids": chunk})  # fmt: skip
                found.extend((a, b, s) for a, b, s in rows)
        return list(dict.fromkeys(found))
