"""Reviews in a real browser (issue 13): the Reviews page's charts and clickable matrix, the
board; the network page's clusters (readable with the outer circle, one cluster on click);
triage a batch."""

from __future__ import annotations

from typing import Any


def test_reviews_page_draws_the_charts_and_a_matrix_point_opens_a_person(page: Any) -> None:
    page.goto("/reviews")
    # issue 11: drawn by the server, no chart library: bars per dimension, 25 matrix points
    assert page.evaluate("typeof window.Chart") == "undefined"
    assert page.locator("table.diversity-bars").count() == 5
    assert page.locator("table.diversity-bars .target-bar span").first.is_visible()
    assert (
        page.locator("#seat-mentor").is_visible() and page.locator("#quadrant-golden").is_visible()
    )
    points = page.locator("#matrix-chart a")
    assert 0 < points.count() <= 25
    label = points.first.get_attribute("aria-label") or ""
    shown = int(label.split(": ", 1)[1].split(" ", 1)[0].replace(",", ""))
    points.first.locator("circle").click()
    page.wait_for_url("**/reviews/matrix?*")
    people = page.locator("#matrix-people li")
    assert people.count() == min(shown, 200)
    people.first.locator("a").first.click()
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
    # null: the collection emit() returns would be serialized (the whole graph: 20 s)
    page.evaluate("document.getElementById('cluster-graph')._cyreg.cy.nodes()[0].emit('tap'); null")
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
