"""Events in a real browser: add one (a mistake first), record someone met, see the 24-48-7
follow-ups on the event and on Today, close one."""

from __future__ import annotations

import datetime as dt
from typing import Any


def test_add_an_event_record_someone_met_and_close_a_follow_up(page: Any) -> None:
    page.goto("/")
    page.get_by_role("link", name="Events").click()
    page.get_by_role("link", name="Add an event").click()
    page.get_by_label("Name").fill("AI Summit")
    page.get_by_label("Starts at").fill("7pm")
    page.get_by_role("button", name="Add").click()
    assert "not a time" in page.locator("#e-start").inner_text()
    assert "needs a day" in page.locator("#e-on").inner_text()
    three_days_ago = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    page.get_by_label("On", exact=True).fill(three_days_ago)
    page.get_by_label("Starts at").fill("18:30")
    page.get_by_label("Format").select_option("conference")
    page.get_by_role("button", name="Add").click()
    page.get_by_role("heading", name="AI Summit").wait_for()
    page.get_by_label("I met").fill("Priya Raman")
    page.get_by_label("We talked about").fill("evals")
    page.get_by_role("button", name="Record").click()
    follow_ups = page.locator("#follow-ups")
    follow_ups.wait_for()
    assert "24 hours: Send connection requests with personalized messages" in (
        follow_ups.inner_text()
    )
    assert page.locator("#follow-ups tbody tr").count() == 3
    page.goto("/")
    assert "24-48-7 after AI Summit" in page.locator("main").inner_text()
    page.goto("/events/1")
    page.get_by_role("button", name="Mark task 1 done").click()
    page.get_by_role("heading", name="AI Summit").wait_for()
    assert "done" in page.locator("#task-1").inner_text()
    assert page.get_by_role("button", name="Mark task 1 done").count() == 0
