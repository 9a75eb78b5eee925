"""What the last sync with a vdir left, per card: the file, the contact, the file's digest
(its etag) and the digest of netgarden's card then."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import SyncCard


@dataclass(frozen=True)
class SyncedCard:
    uid: str
    filename: str
    contact_id: int
    etag: str
    card_digest: str


class SyncStateRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def cards(self, vdir: str) -> dict[str, SyncedCard]:
        """UID → the card as the last sync with ``vdir`` left it."""
        rows = self.session.scalars(
            select(SyncCard).where(mine(SyncCard, self.workspace_id), SyncCard.vdir == vdir)
        )
        return {
            r.uid: SyncedCard(r.uid, r.filename, r.contact_id, r.etag, r.card_digest) for r in rows
        }

    def save(self, vdir: str, card: SyncedCard, now: dt.datetime) -> None:
        """Record (or replace) a card's state."""
        require_contacts(self.session, self.workspace_id, [card.contact_id])
        self.forget(vdir, card.uid)
        self.session.add(
            SyncCard(workspace_id=self.workspace_id, vdir=vdir, uid=card.uid,
                     filename=card.filename, contact_id=card.contact_id, etag=card.etag,
                     card_digest=card.card_digest, synced_at=now)
        )  # fmt: skip
        self.session.flush()

    def forget(self, vdir: str, uid: str) -> None:
        self.session.execute(
            delete(SyncCard).where(
                mine(SyncCard, self.workspace_id), SyncCard.vdir == vdir, SyncCard.uid == uid
            )
        )
