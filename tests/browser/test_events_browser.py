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


def test_targets_from_the_search_box_the_prep_tab_and_printing_it(page: Any) -> None:
    """Add a coming event, two targets from the Prep tab's search box (a name that fits no
    one first), read the sheet in its order, then print: only the sheet is on paper."""
    page.goto("/events/new")
    page.get_by_label("Name").fill("PM Night")
    page.get_by_label("On", exact=True).fill((dt.date.today() + dt.timedelta(days=5)).isoformat())
    page.get_by_label("Starts at").fill("19:00")
    page.get_by_label("Format").select_option("meetup")
    page.get_by_role("button", name="Add").click()
    page.get_by_role("heading", name="PM Night").wait_for()
    assert page.get_by_role("navigation", name="Event sections").inner_text().split()[:1] == [
        "Prep"
    ]
    page.get_by_label("Someone I want to meet").fill("Nobody Atall")
    page.get_by_role("button", name="Add target").click()
    assert "Nobody Atall" in page.locator("#t-error").inner_text()
    assert page.get_by_label("Someone I want to meet").input_value() == "Nobody Atall"
    page.get_by_label("Someone I want to meet").fill("Priya Raman")
    page.get_by_label("Found on").select_option("attendee-list")
    page.get_by_role("button", name="Add target").click()
    sheet = page.locator("#prep .prep-sheet")
    sheet.wait_for()
    text = sheet.inner_text()
    assert "I noticed your name in the list of attendees" in text
    assert "Prepare 3-5 target connections" in text  # one target: flagged
    assert text.index("Openers") < text.index("Your pitches") < text.index("Arrival")
    page.goto("/events")
    assert "PM Night" in page.locator(".calendar").inner_text()
    page.goto("/events/1/prep")
    page.emulate_media(media="print")
    assert page.locator("header.top").is_hidden()
    assert page.locator(".prep-sheet").is_visible()
    page.emulate_media(media="screen")
