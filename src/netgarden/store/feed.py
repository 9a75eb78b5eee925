"""The calendar feed's secret token and the digest and sequence of each entry it served."""

from __future__ import annotations

import datetime as dt
import hmac

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from netgarden.store.scope import mine
from netgarden.store.tables import FeedItem, FeedToken


class FeedRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def token(self) -> str | None:
        return self.session.scalar(
            select(FeedToken.token).where(mine(FeedToken, self.workspace_id))
        )

    def set_token(self, token: str, now: dt.datetime) -> None:
        """Replace the workspace's token (the old one stops working at once)."""
        self.session.execute(delete(FeedToken).where(mine(FeedToken, self.workspace_id)))
        self.session.add(FeedToken(workspace_id=self.workspace_id, token=token, created_at=now))
        self.session.flush()

    def served(self) -> dict[str, tuple[str, int]]:
        """UID → (digest, sequence) of what the feed last served."""
        rows = self.session.execute(
            select(FeedItem.uid, FeedItem.digest, FeedItem.sequence).where(
                mine(FeedItem, self.workspace_id)
            )
        )
        return {uid: (digest, sequence) for uid, digest, sequence in rows}

    def remember(self, items: dict[str, tuple[str, int]]) -> None:
        """Record UID → (digest, sequence), replacing what was there under those UIDs."""
        if not items:
            return
        uids = list(items)
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            self.session.execute(
                delete(FeedItem).where(mine(FeedItem, self.workspace_id), FeedItem.uid.in_(chunk))
            )
        self.session.add_all(
            FeedItem(workspace_id=self.workspace_id, uid=uid, digest=digest, sequence=sequence)
            for uid, (digest, sequence) in items.items()
        )
        self.session.flush()


def workspace_of(session: Session, token: str) -> int | None:
    """The workspace whose feed token this is, compared in constant time against each;
    None for a token that is no workspace's (rotated away, mistyped, guessed)."""
    found = None
    for workspace_id, known in session.execute(select(FeedToken.workspace_id, FeedToken.token)):
        if hmac.compare_digest(known.encode("utf-8"), token.encode("utf-8")):
            found = workspace_id
    return found
