"""The calendar feed: a secret address serving the network's calendar (the ICS export's,
from the same service) to Google Calendar, Apple Calendar or Outlook.

The token is the only credential: 256 random bits, kept so ``feed url`` can show it again,
compared in constant time, replaced by ``feed rotate``. It reaches the calendar and nothing
else. Each entry's ``SEQUENCE`` rises whenever what it says changes, so subscribed calendars
take the new version (RFC 5545 §3.8.7.4).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from netgarden.services.database import Database, Unit
from netgarden.services.exporting import build_calendar
from netgarden.store.feed import FeedRepo, workspace_of

TOKEN_BYTES = 32
# what a subscription's entry is compared by: its stamp says when the file was made, not
# what the entry says
IGNORED = ("DTSTAMP:", "DTSTAMP;", "SEQUENCE:")


@dataclass(frozen=True)
class FeedAddress:
    """Where a calendar app subscribes: ``url`` (https or http) and the same as ``webcal``."""

    token: str
    url: str
    webcal: str


def feed_address(unit: Unit, base_url: str, now: dt.datetime) -> FeedAddress:
    """The feed's address, made (with a new token) the first time it is asked for."""
    repo = FeedRepo(unit.session, unit.workspace_id)
    token = repo.token()
    if token is None:
        token = _new_token()
        repo.set_token(token, now)
    return _address(token, base_url)


def rotate_feed(unit: Unit, base_url: str, now: dt.datetime) -> FeedAddress:
    """A new token; the old address stops working at once."""
    token = _new_token()
    FeedRepo(unit.session, unit.workspace_id).set_token(token, now)
    return _address(token, base_url)


def _new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def _address(token: str, base_url: str) -> FeedAddress:
    url = f"{base_url.rstrip('/')}/calendar/{token}.ics"
    return FeedAddress(token, url, "webcal://" + url.split("://", 1)[1])


def serve_feed(
    database: Database, token: str, today: dt.date, now: dt.datetime, zone: str | None = None
) -> bytes | None:
    """The calendar for ``token``'s workspace, or None when the token is no one's."""
    with database.transaction(write=False) as unit:
        workspace_id = workspace_of(unit.session, token)
    if workspace_id is None:
        return None
    with database.transaction(workspace_id) as unit:
        stamp = now.replace(microsecond=0, tzinfo=dt.UTC)
        body = bytes(build_calendar(unit, today, stamp, zone).to_ical())
        return number_versions(FeedRepo(unit.session, unit.workspace_id), body)


BEGIN, END = "BEGIN:VEVENT\r\n", "END:VEVENT\r\n"


def number_versions(repo: FeedRepo, body: bytes) -> bytes:
    """Give each VEVENT its SEQUENCE: the one served before, one more if it changed. The
    calendar is serialized once; each entry is compared by its own lines (DTSTAMP aside)."""
    served = repo.served()
    changed: dict[str, tuple[str, int]] = {}
    head, *events = body.decode("utf-8").split(BEGIN)
    out = [head]
    for event in events:
        block, _, rest = event.partition(END)
        lines = [line for line in block.replace("\r\n ", "").split("\r\n") if line]
        uid = next(line[4:] for line in lines if line.startswith("UID:"))
        kept = "\n".join(line for line in lines if not line.startswith(IGNORED))
        digest = hashlib.sha256(kept.encode("utf-8")).hexdigest()
        before = served.get(uid)
        sequence = 0 if before is None else before[1] + (before[0] != digest)
        if before != (digest, sequence):
            changed[uid] = (digest, sequence)
        out.append(f"{BEGIN}{block}SEQUENCE:{sequence}\r\n{END}{rest}")
    repo.remember(changed)
    return "".join(out).encode("utf-8")
