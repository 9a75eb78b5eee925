"""The demo's integrations: the calendar feed has its address at once, so `netgarden feed
url` prints it and the feed serves the demo's follow-ups, birthdays, tasks and events."""

from __future__ import annotations

import datetime as dt

from netgarden.services.database import Unit
from netgarden.services.feed import FeedAddress, feed_address

DEMO_URL = "http://127.0.0.1:8000"  # where `make run` serves the demo


def plant_integrations(unit: Unit, now: dt.datetime) -> FeedAddress:
    """The feed's address (made once; the same on every later call)."""
    return feed_address(unit, DEMO_URL, now)
