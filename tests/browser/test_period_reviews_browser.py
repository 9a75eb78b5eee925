"""The period reviews in a real browser (issue 15): Today links the week's review; the page
shows both charts (drawn by the server, issue 11: no chart library), and its tables hold the
same numbers."""

from __future__ import annotations

from typing import Any


def test_today_links_the_weeks_review_and_its_charts_draw(page: Any) -> None:
    page.goto("/")
    page.locator("#week-review").click()
    page.wait_for_url("**/reviews/week")
    assert page.locator("#line-new-outreach").is_visible()
    assert page.locator("#line-dormant-reached").is_visible()
    bars = page.locator("#period-bars tbody tr").count()
    rows_with_target = page.evaluate(
        "[...document.querySelectorAll('#practices tbody tr')]"
        ".filter(r => r.cells[2].textContent.trim() !== '').length"
    )  # fmt: skip
    assert bars == rows_with_target > 0
    assert page.locator("#period-bars .target-bar").first.is_visible()
    days = page.locator("#period-series .day").all_inner_texts()
    assert days == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    tallest = page.evaluate(
        "Math.max(...[...document.querySelectorAll('#period-series .bar')]"
        ".map(b => b.getBoundingClientRect().height))"
    )  # fmt: skip
    assert tallest > 20  # the bars are drawn, not collapsed
    assert page.evaluate("typeof window.Chart") == "undefined"
    page.locator("nav[aria-label=Periods] >> text=Quarter").click()
    page.wait_for_url("**/reviews/quarter")
    assert "Review: Q" in page.locator("h1").inner_text()
