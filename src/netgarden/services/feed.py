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
from typing import Any

from netgarden.services.database import Database, Unit
from netgarden.services.exporting import build_calendar
from netgarden.store.feed import FeedRepo, workspace_of

TOKEN_BYTES = 32
# what a subscription's entry is compared by: its stamp says when the file was made, not
# what the entry says
IGNORED = frozenset({"DTSTAMP", "SEQUENCE"})


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
        calendar = build_calendar(unit, today, stamp, zone)
        number_versions(FeedRepo(unit.session, unit.workspace_id), calendar)
        return bytes(calendar.to_ical())


def number_versions(repo: FeedRepo, calendar: Any) -> None:
    """Give each VEVENT its SEQUENCE: the one served before, one more if it changed."""
    served = repo.served()
    changed: dict[str, tuple[str, int]] = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        digest = _digest(event)
        before = served.get(uid)
        if before is None:
            sequence = 0
        elif before[0] == digest:
            sequence = before[1]
        else:
            sequence = before[1] + 1
        event.add("sequence", sequence)
        if before != (digest, sequence):
            changed[uid] = (digest, sequence)
    repo.remember(changed)


def _digest(event: Any) -> str:
    lines = sorted(
        line
        for line in event.to_ical().decode("utf-8").replace("\r\n ", "").split("\r\n")
        if line and line.split(":", 1)[0].split(";", 1)[0] not in IGNORED
    )
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
