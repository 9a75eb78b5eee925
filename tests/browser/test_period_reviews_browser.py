"""The period reviews in a real browser (issue 15): Today links the week's review; the page
draws both charts, and its tables hold the same numbers."""

from __future__ import annotations

from typing import Any


def test_today_links_the_weeks_review_and_its_charts_draw(page: Any) -> None:
    page.goto("/")
    page.locator("#week-review").click()
    page.wait_for_url("**/reviews/week")
    page.wait_for_function(
        "window.Chart && window.Chart.getChart(document.getElementById('period-bars'))"
        " && window.Chart.getChart(document.getElementById('period-series'))"
    )
    assert page.locator("#line-new-outreach").is_visible()
    assert page.locator("#line-dormant-reached").is_visible()
    bars = page.evaluate(
        "window.Chart.getChart(document.getElementById('period-bars')).data.labels.length"
    )
    rows_with_target = page.evaluate(
        "[...document.querySelectorAll('#practices tbody tr')]"
        ".filter(r => r.cells[2].textContent.trim() !== '').length"
    )  # fmt: skip
    assert bars == rows_with_target > 0
    days = page.evaluate(
        "window.Chart.getChart(document.getElementById('period-series')).data.labels"
    )
    assert days == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    page.locator("nav[aria-label=Periods] >> text=Quarter").click()
    page.wait_for_url("**/reviews/quarter")
    assert "Review: Q" in page.locator("h1").inner_text()
