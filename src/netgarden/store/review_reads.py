"""The review repository's reads of what I said about myself and my targets, with or
without SQLAlchemy (part of ReviewRepo; the statements are in reviews.py, see
store/reads.py)."""

from __future__ import annotations

from typing import Any, NamedTuple

from netgarden.store.reads import reader_of


class TargetRow(NamedTuple):
    dimension: str
    value: str
    at_least: int


class ReviewReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def profile(self) -> dict[str, str]:
        """What reviews know of me, by key (seniority, function…)."""
        rows = reader_of(self.session).rows("reviews:profile_values", (), {"ws": self.workspace_id})
        return {key: value for key, value in rows}

    def targets(self) -> list[TargetRow]:
        rows = reader_of(self.session).rows("reviews:target_rows", (), {"ws": self.workspace_id})
        return [TargetRow._make(row) for row in rows]
