"""The network repository's reads that run with or without SQLAlchemy: links around some
people (the call list) and the introductions (the agenda). Part of NetworkRepo and of the
read-only unit's ``network``; the statements are in network.py, see store/reads.py."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from netgarden.store.reads import reader_of
from netgarden.store.rows import IntroRow

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

    def all_pairs(self) -> set[tuple[int, int]]:
        """(a, b) of every link (each link once: a knows b, and b knows a)."""
        return {(a, b) for a, b in self.pairs()}

    def pairs(self) -> list[tuple[int, int]]:
        """(a, b) of every link, as they are read (fetched at once: a row at a time cost
        more)."""
        rows: list[tuple[int, int]] = reader_of(self.session).rows(
            "network:pairs", (), {"ws": self.workspace_id}
        )
        return rows

    def intros(self) -> list[IntroRow]:
        """Every introduction with both people's names, the latest changed first."""
        rows = reader_of(self.session).rows("network:intros", (), {"ws": self.workspace_id})
        return [IntroRow._make(row) for row in rows]
