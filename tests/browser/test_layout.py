"""Long user text wraps instead of widening pages, and the board's fields stay in their cards."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

NOTE = "x" * 5000
URL = "https://example.com/" + "a" * 480


SIDEWAYS = "[...document.querySelectorAll('.table-wrap')].map(t => t.scrollWidth - t.clientWidth)"
OUTSIDE_THEIR_CARD = """() => [...document.querySelectorAll('article.intro')].flatMap(card => {
    const box = card.getBoundingClientRect();
    return [...card.querySelectorAll('input:not([type=hidden]), button')]
      .map(el => [el, el.getBoundingClientRect()])
      .filter(([el, r]) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
      .map(([el, r]) => `${el.outerHTML.slice(0, 60)}: ${r.left}-${r.right} of ${box.right}`);
})"""


@pytest.fixture(scope="module")
def wide(server: str) -> int:
    """Someone whose note is one 5,000-character word, with a 500-character URL in the notes,
    a touch, and the start of it as the company, put on the agenda."""
    met = (dt.date.today() - dt.timedelta(days=3650)).isoformat()
    person = {"name": "Wide Load", "company": URL[:300], "title": NOTE[:300], "circle": "inner",
              "met_on": met, "notes": f"{NOTE}\n\nsee {URL}", "emails": ["w" * 60 + "@example.com"],
              "phones": ["+1 555 0100"], "birthday": "1990-05-17"}  # fmt: skip
    contact = httpx.post(f"{server}/api/v1/contacts", json=person).raise_for_status().json()
    last = (dt.date.today() - dt.timedelta(days=45)).isoformat()  # overdue, not dormant
    touch = {"kind": "email", "note": f"sent {URL}", "on": last}
    httpx.post(f"{server}/api/v1/contacts/{contact['id']}/touches", json=touch).raise_for_status()
    return int(contact["id"])


@pytest.mark.parametrize("width", [1280, 390])
def test_long_words_never_widen_a_page(browser: Any, server: str, wide: int, width: int) -> None:
    context = browser.new_context(base_url=server, viewport={"width": width, "height": 900})
    tab = context.new_page()
    for url, shows in [(f"/contacts/{wide}", "see https://example.com/"),
                       ("/contacts?q=wide+load", "Wide Load"), ("/", "Wide Load")]:  # fmt: skip
        tab.goto(url)
        assert shows in tab.locator("main").inner_text(), url
        scroll = tab.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width, f"{url} is {scroll}px wide at {width}"
        tables = tab.evaluate(SIDEWAYS)
        assert all(extra <= 1 for extra in tables), f"{url}: a table scrolls sideways"
    context.close()


def test_the_boards_fields_stay_inside_their_cards(page: Any, server: str) -> None:
    steps = ("asked-a", "asked-b", "made")
    for last in range(len(steps)):  # one introduction in each column that has fields
        intro = httpx.post(f"{server}/api/v1/introductions", json={"a_id": 1, "b_id": 2})
        intro_id = intro.raise_for_status().json()["id"]
        for step in steps[: last + 1]:
            httpx.patch(f"{server}/api/v1/introductions/{intro_id}", json={"state": step})
    for width in (1280, 900, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto("/introductions")
        outside = page.evaluate(OUTSIDE_THEIR_CARD)
        assert page.locator("article.intro input[name=outcome]").count() >= 1
        assert outside == [], f"at {width}px: {outside[:3]}"
