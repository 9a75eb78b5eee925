"""The calendar feed, read back as a calendar app reads it (icalendar and
recurring-ical-events): what it serves, stable UIDs, SEQUENCE rising on a change, times in
their zone, and a token that is the only key and stops working once rotated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from netgarden.settings import Settings
from netgarden.web.app import create_app
from tests.conftest import Cli
from tests.web.conftest import BASE_URL

icalendar = pytest.importorskip("icalendar")
recurring = pytest.importorskip("recurring_ical_events")

SOON = dt.date.today() + dt.timedelta(days=10)


@pytest.fixture
def served(db_path: Path, cli: Cli) -> Iterator[TestClient]:
    ada = cli.add("Ada Lovelace", "--birthday", "1815-12-10", "--circle", "inner",
                  "--email", "ada@example.org", "--note", "private: analytical engine")  # fmt: skip
    cli.add("Grace Hopper", "--circle", "middle")
    event = cli("event", "add", "Compilers Meetup", "--on", SOON.isoformat(), "--start",
                "18:30", "--format", "meetup").stdout.strip()  # fmt: skip
    past = cli("event", "add", "Summit", "--on", "yesterday").stdout.strip()
    cli("event", "met", past, str(ada))
    assert event.isdigit()
    app = create_app(Settings(db=db_path, time_zone="Europe/Paris"))
    with TestClient(app, base_url=BASE_URL) as client:
        yield client
    app.state.database.close()


def feed_path(cli: Cli) -> str:
    url = cli("feed", "url").stdout.splitlines()[0]
    assert url.startswith("http://127.0.0.1:8000/calendar/") and url.endswith(".ics")
    return url.removeprefix("http://127.0.0.1:8000")


def events_of(body: bytes) -> dict[str, object]:
    calendar = icalendar.Calendar.from_ical(body)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_feed_serves_follow_ups_birthdays_tasks_events(served: TestClient, cli: Cli) -> None:
    answer = served.get(feed_path(cli))
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    assert "private" in answer.headers["cache-control"]
    events = events_of(answer.content)
    kinds = sorted({uid.split("-", 1)[0] for uid in events})
    assert kinds == ["birthday", "event", "followup", "task"]
    assert len([u for u in events if u.startswith("task-")]) == 3  # the 24-48-7 follow-ups
    meetup = next(e for e in events.values() if str(e["SUMMARY"]) == "Compilers Meetup")
    start = meetup["DTSTART"].dt
    assert start.tzinfo is not None and str(meetup["DTSTART"].params["TZID"]) == "Europe/Paris"
    assert start.astimezone(ZoneInfo("Europe/Paris")).time() == dt.time(18, 30)
    assert b"BEGIN:VTIMEZONE" in answer.content and b"TZID:Europe/Paris" in answer.content
    # nothing but the calendar: no emails, no notes
    assert b"ada@example.org" not in answer.content and b"analytical" not in answer.content


def test_a_birthday_recurs_every_year(served: TestClient, cli: Cli) -> None:
    calendar = icalendar.Calendar.from_ical(served.get(feed_path(cli)).content)
    days = [
        e["DTSTART"].dt
        for e in recurring.of(calendar).between(dt.date(2030, 1, 1), dt.date(2033, 1, 1))
        if "birthday" in str(e["SUMMARY"])
    ]
    assert days == [dt.date(2030, 12, 10), dt.date(2031, 12, 10), dt.date(2032, 12, 10)]


def test_uids_stay_and_sequence_rises_only_for_what_changed(served: TestClient, cli: Cli) -> None:
    path = feed_path(cli)
    first = events_of(served.get(path).content)
    again = events_of(served.get(path).content)
    assert first.keys() == again.keys()
    assert all(int(e["SEQUENCE"]) == 0 for e in again.values())
    cli("edit", "Ada Lovelace", "--name", "Ada King")
    changed = events_of(served.get(path).content)
    assert changed.keys() == first.keys()
    bumped = {uid for uid, e in changed.items() if int(e["SEQUENCE"]) == 1}
    unchanged = {uid for uid, e in changed.items() if int(e["SEQUENCE"]) == 0}
    assert "birthday-1@netgarden" in bumped and "followup-2@netgarden" in unchanged
    assert {int(e["SEQUENCE"]) for e in events_of(served.get(path).content).values()} == {0, 1}


def test_a_rotated_token_stops_working(served: TestClient, cli: Cli) -> None:
    old = feed_path(cli)
    assert feed_path(cli) == old  # the address stays until rotated
    assert served.get(old).status_code == 200
    new = cli("feed", "rotate").stdout.splitlines()[0].removeprefix(BASE_URL)
    assert new != old
    gone = served.get(old)
    assert gone.status_code == 404 and "feed url" in gone.text
    assert served.get(new).status_code == 200


@pytest.mark.parametrize("path", ["/calendar/guess.ics", "/calendar/" + "a" * 500 + ".ics",
                                  "/calendar/.ics"])  # fmt: skip
def test_no_calendar_without_the_token(served: TestClient, cli: Cli, path: str) -> None:
    feed_path(cli)
    assert served.get(path).status_code == 404


def test_feed_url_json_and_a_base_address(cli: Cli) -> None:
    shown = cli.json("feed", "url", "--base", "https://garden.example:8443/")
    assert shown["url"].startswith("https://garden.example:8443/calendar/")
    assert shown["webcal"] == "webcal://" + shown["url"].removeprefix("https://")
    bad = cli("feed", "url", "--base", "garden.example", code=2)
    assert "--base:" in bad.stderr and "web address" in bad.stderr


def test_head_answers_like_get(served: TestClient, cli: Cli) -> None:
    path = feed_path(cli)
    assert served.head(path).status_code == 200
    assert served.head("/calendar/guess.ics").status_code == 404
