"""The demo has a calendar feed at once, serving the demo's calendar."""

from __future__ import annotations

from icalendar import Calendar

from netgarden.services.database import Database
from netgarden.services.demo_practice import add_practice
from netgarden.services.feed import serve_feed
from netgarden.services.generate import generate_network
from netgarden.store.feed import FeedRepo
from tests.conftest import NOW, TODAY


def test_the_demo_feed_serves_the_demos_calendar(database: Database) -> None:
    with database.transaction() as unit:
        generate_network(unit, contacts=120, touches=600, seed=7, end=TODAY)
        add_practice(unit, TODAY, 7, NOW)
        token = FeedRepo(unit.session, unit.workspace_id).token()
    assert token is not None and len(token) >= 40
    body = serve_feed(database, token, TODAY, NOW)
    assert body is not None
    uids = {str(e["UID"]).split("-")[0] for e in Calendar.from_ical(body).walk("VEVENT")}
    assert {"birthday", "followup", "task", "event"} <= uids
