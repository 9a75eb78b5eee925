"""Today in a real browser: compact (25+ lines in two screens), the shared action bar, the
toast's Undo, a phone's width, and the theme switch."""

from __future__ import annotations

import datetime as dt
from typing import Any

MOST_HEIGHT = 2000  # px for the page with 25 or more lines at 1280x900 (issue #11)


def test_today_fits_its_lines_in_two_screens(page: Any) -> None:
    long_ago = (dt.date.today() - dt.timedelta(days=200)).isoformat()
    for i in range(12):  # the sample network has fewer lines due: 25 or more to measure
        made = page.request.post("/api/v1/contacts", data={"name": f"Due Person {i}", "company":
                                 "Acme", "circle": "inner", "met_on": long_ago})  # fmt: skip
        assert made.ok, made.text()
    page.goto("/")
    lines = page.locator("li.agenda-item[data-item]").count()
    assert lines >= 25
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= MOST_HEIGHT, f"{lines} lines take {height}px"
    assert page.locator("form[action='/touches']").count() == 1  # one bar, not a form per line


def test_log_from_the_bar_then_undo_it(page: Any) -> None:
    page.goto("/")
    line = page.locator("li.agenda-item[id^=item-]").first
    line_id = line.get_attribute("id")
    name = line.get_attribute("data-name")
    line.hover()
    line.get_by_role("link", name=f"Log a touch with {name}").click()
    assert page.evaluate("document.activeElement.id") == "bar-note"
    assert page.locator("#bar-open").inner_text() == name
    page.locator("#bar-kind").select_option("coffee")
    page.locator("#bar-note").fill("caught up on evals")
    page.locator("#action-bar").get_by_role("button", name="Log").click()
    done = page.locator(f"#{line_id}.done[role=status]")  # .done: htmx has settled the swap
    done.wait_for()
    # the words, not the layout: while htmx settles the line keeps the agenda's grid a moment
    assert f"Logged coffee with {name}" in " ".join(done.inner_text().split())
    toast = page.locator("#toasts .toast").last
    assert f"Logged coffee with {name}." in toast.inner_text()
    toast.get_by_role("button", name="Undo").click()
    page.locator(f"#{line_id}[data-item]").wait_for()
    assert "Took back the touch" in page.locator("#toasts").inner_text()
    page.goto(f"/contacts/{line_id.removeprefix('item-')}?tab=timeline")
    assert "caught up on evals" not in page.locator("#timeline").inner_text()


def test_snooze_a_line_then_undo_it(page: Any) -> None:
    page.goto("/")
    line = page.locator("li.agenda-item[id^=item-]").nth(2)
    line_id = line.get_attribute("id")
    name = line.get_attribute("data-name")
    line.hover()
    line.get_by_role("button", name=f"Snooze {name} a week").click()
    page.locator(f"#{line_id}[role=status]").wait_for()
    assert f"Snoozed {name} until" in page.locator("#toasts").inner_text()
    page.locator("#toasts").get_by_role("button", name="Undo").click()
    page.locator(f"#{line_id}[data-item]").wait_for()
    page.reload()
    assert page.locator(f"#{line_id}[data-item]").count() == 1


def test_a_line_brought_back_by_undo_snoozes_in_place_again(page: Any) -> None:
    """The lines are posted by one listener (htmx skips the list): a line swapped in by an
    undo is one of them, and its Snooze still answers in place, not with a new page."""
    page.goto("/")
    line = page.locator("li.agenda-item[id^=item-]").nth(1)
    line_id, name = line.get_attribute("id"), line.get_attribute("data-name")
    snooze = f"#{line_id} [data-act=snooze]"
    page.locator(f"#{line_id}").hover()
    page.locator(snooze).click()
    page.locator(f"#{line_id}[role=status]").wait_for()
    page.locator("#toasts").get_by_role("button", name="Undo").last.click()
    page.locator(f"#{line_id}[data-item]").wait_for()
    page.evaluate("window.stayed = true")  # gone if the Snooze below loaded a new page
    page.locator(f"#{line_id}").hover()
    page.locator(snooze).click()
    page.locator(f"#{line_id}[role=status]").wait_for()
    assert page.evaluate("window.stayed === true")
    assert f"Snoozed {name} until" in page.locator("#toasts").inner_text()


def test_a_phone_has_the_bar_at_the_bottom_and_no_sideways_scroll(
    browser: Any, server: str
) -> None:
    context = browser.new_context(base_url=server, viewport={"width": 360, "height": 740})
    tab = context.new_page()
    for url in ("/", "/styleguide"):
        tab.goto(url)
        wide = tab.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert wide[0] <= wide[1], f"{url} scrolls sideways: {wide}"
    tab.goto("/")
    box = tab.locator("#action-bar").bounding_box()
    assert abs(box["y"] + box["height"] - 740) <= 1
    context.close()


def test_the_theme_switch_is_remembered(page: Any) -> None:
    page.goto("/")
    background = "getComputedStyle(document.body).backgroundColor"
    before = page.evaluate(background)
    switch = page.locator("#theme-switch")
    while page.evaluate("document.documentElement.dataset.theme || 'system'") != "dark":
        switch.click()
    assert page.evaluate(background) != before or page.evaluate(
        "matchMedia('(prefers-color-scheme: dark)').matches"
    )
    page.reload()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert switch.get_attribute("aria-label") == "Theme: dark"
