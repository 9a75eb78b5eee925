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


def test_the_events_table_keeps_its_words_whole(page: Any) -> None:
    """Bug: the Format and Status columns were 4.75em wide, so "conference", "attended" and
    the headings themselves broke mid-word ("Forma|t", "planne|d")."""
    page.goto("/events/new")
    page.get_by_label("Name").fill("MLOps World")
    page.get_by_label("On", exact=True).fill((dt.date.today() + dt.timedelta(days=9)).isoformat())
    page.get_by_label("Format").select_option("conference")
    page.get_by_role("button", name="Add").click()
    page.get_by_role("heading", name="MLOps World").wait_for()
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto("/events")
        tall = page.evaluate(
            """() => [...document.querySelectorAll('table th, table td')]
                 .filter(c => c.offsetParent !== null && c.textContent.trim()
                              && !c.querySelector('a, time'))
                 .filter(c => {  // the text's own height, not the row's
                     const r = document.createRange(); r.selectNodeContents(c);
                     return r.getBoundingClientRect().height >
                            1.5 * parseFloat(getComputedStyle(c).lineHeight); })
                 .map(c => c.textContent.trim())"""
        )
        assert tall == [], (width, tall)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
