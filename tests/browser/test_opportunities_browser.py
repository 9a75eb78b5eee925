"""The opportunities board in a real browser (issue 16): a card is moved with the keyboard
(its select and button; HTMX swaps the board), an opportunity is shared from its page, and
the ROI page draws its charts beside their tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import serving


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from netgarden.services.database import open_database
    from netgarden.services.demo_practice import add_practice
    from netgarden.services.generate import generate_network

    db = tmp_path_factory.mktemp("opps") / "n.db"
    database = open_database(db)
    today, now = dt.date.today(), dt.datetime.now()
    with database.transaction() as unit:
        generate_network(unit, contacts=300, touches=3000, seed=7, end=today)
        add_practice(unit, today, 7, now)
    database.close()
    with serving(db) as url:
        yield url


def test_a_card_moves_by_keyboard_and_the_board_is_swapped(page: Any) -> None:
    page.goto("/opportunities")
    for stage in ("open", "pursuing", "interviewing", "offer", "won", "lost", "withdrawn"):
        assert page.locator(f"#stage-{stage}").is_visible(), stage
    page.screenshot(path="/tmp/opps-board.png", full_page=False)
    card = page.locator("#stage-open article").first
    card_id = card.get_attribute("id")
    select = card.locator("select")
    select.focus()
    select.select_option("pursuing")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.locator(f"#stage-pursuing #{card_id}").wait_for()
    assert page.url.endswith("/opportunities")  # swapped in place, not a new page


def test_an_opportunity_is_shared_from_its_page(page: Any) -> None:
    page.goto("/opportunities?stage=open")
    page.locator("#stage-open article h3 a").first.click()
    page.wait_for_url("**/opportunities/*")
    before = page.locator("#shares li").count()
    button = page.locator("#shares table button").first
    if button.count() == 0:
        pytest.skip("no one to share it with in this network")
    button.click()
    page.wait_for_url("**/opportunities/*")
    assert page.locator("#shares li").count() == before + 1
    assert "a referral given" in page.locator("#shares").inner_text()


def test_the_roi_page_draws_charts_beside_tables(page: Any) -> None:
    page.goto("/roi")
    assert page.locator("h1").inner_text().startswith("Networking ROI")
    # issue 11: drawn by the server (no 210 KB chart library): one bar per channel with the
    # 1% mark, and per month two bars and two lines
    assert page.evaluate("typeof window.Chart") == "undefined"
    assert page.locator("#channel-table tbody tr").count() >= 3
    assert page.locator("#channel-chart tbody tr").count() == page.locator(
        "#channel-table tbody tr").count()  # fmt: skip
    assert page.locator("#channel-chart .mark").first.is_visible()
    assert page.locator("#month-table tbody tr").count() == 12
    assert page.locator("#growth-chart rect.new-quality").count() == 12
    assert page.locator("#growth-chart polyline.so-far").get_attribute("points").count(",") == 12
    page.screenshot(path="/tmp/opps-roi.png", full_page=True)
