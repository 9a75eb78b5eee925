"""Reviews in a real browser (issue 13): the Reviews page's charts and clickable matrix, the
board; the network page's clusters (readable with the outer circle, one cluster on click);
triage a batch."""

from __future__ import annotations

from typing import Any


def test_reviews_page_draws_the_charts_and_a_matrix_point_opens_a_person(page: Any) -> None:
    page.goto("/reviews")
    page.wait_for_function(
        "window.Chart && window.Chart.getChart(document.getElementById('matrix-chart'))"
    )
    bars = page.evaluate(
        "[...document.querySelectorAll('canvas.diversity-chart')]"
        ".filter(c => window.Chart.getChart(c)).length"
    )  # fmt: skip
    assert bars == 5
    assert (
        page.locator("#seat-mentor").is_visible() and page.locator("#quadrant-golden").is_visible()
    )
    where = page.evaluate(
        """() => { const canvas = document.getElementById('matrix-chart');
                   const chart = window.Chart.getChart(canvas);
                   for (let d = 0; d < chart.data.datasets.length; d++) {
                     const point = chart.getDatasetMeta(d).data[0];
                     if (point) { const box = canvas.getBoundingClientRect();
                                  return {x: box.left + point.x, y: box.top + point.y}; } }
                   return null; }"""
    )
    assert where is not None
    page.locator("#matrix-chart").scroll_into_view_if_needed()
    where = page.evaluate(
        """() => { const canvas = document.getElementById('matrix-chart');
                   const chart = window.Chart.getChart(canvas);
                   for (let d = 0; d < chart.data.datasets.length; d++) {
                     const point = chart.getDatasetMeta(d).data[0];
                     if (point) { const box = canvas.getBoundingClientRect();
                                  return {x: box.left + point.x, y: box.top + point.y}; } }
                   return null; }"""
    )
    page.mouse.click(where["x"], where["y"])
    page.wait_for_url("**/contacts/*")


def test_the_outer_circle_is_drawn_as_clusters_and_one_opens_on_click(page: Any) -> None:
    page.goto("/network?circle=outer")
    box = page.locator("#cluster-graph")
    assert page.locator("ol.cluster-list > li").count() > 0  # the clusters read without it
    page.get_by_role("button", name="Draw the interactive graph").click()
    page.wait_for_function(
        "document.getElementById('cluster-graph').dataset.shown === 'clusters'"
        " && document.getElementById('cluster-graph')._cyreg"
    )  # fmt: skip
    shown = page.evaluate("document.getElementById('cluster-graph')._cyreg.cy.nodes().length")
    listed = page.locator("ol.cluster-list > li").count()
    assert shown == listed and 0 < shown < 40  # summaries, not a 120-person hairball
    assert page.locator("#cluster-back").is_hidden()
    page.evaluate("document.getElementById('cluster-graph')._cyreg.cy.nodes()[0].emit('tap')")
    page.wait_for_function(
        "document.getElementById('cluster-graph').dataset.shown.startsWith('cluster-')"
    )
    labelled = page.evaluate(
        "document.getElementById('cluster-graph')._cyreg.cy.nodes()"
        ".filter(n => n.data('label')).length"
    )  # fmt: skip
    assert 0 < labelled <= 12
    page.locator("#cluster-back").click()
    page.wait_for_function("document.getElementById('cluster-graph').dataset.shown === 'clusters'")
    assert box.is_visible()


def test_triage_a_batch(page: Any) -> None:
    page.goto("/triage")
    first = page.locator("#batch-1")
    first.wait_for()
    boxes = page.locator("#triage-form input[type=checkbox]")
    total = boxes.count()
    for index in range(1, total):  # keep only the first proposal ticked
        boxes.nth(index).uncheck()
    page.get_by_role("button", name="Place the ticked contacts").click()
    page.get_by_text("Placed 1 contact in a circle.").wait_for()
