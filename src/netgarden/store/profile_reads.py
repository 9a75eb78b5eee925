"""Reading my profile, with or without SQLAlchemy (part of ProfileRepo; the statement is in
profile.py, see store/reads.py)."""

from __future__ import annotations

from typing import Any

from netgarden.store.reads import reader_of

FIELDS = (
    "name", "title", "company", "what", "hook", "pitch_30", "pitch_60", "pitch_120",
    "time_zone", "questions",
)  # fmt: skip


class ProfileReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def get(self) -> dict[str, Any]:
        """Every field, None where nothing is stored."""
        rows = reader_of(self.session).rows("profile:profile_row", (), {"ws": self.workspace_id})
        return dict(zip(FIELDS, rows[0], strict=True)) if rows else dict.fromkeys(FIELDS)
