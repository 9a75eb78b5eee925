"""The contact page in a browser: tabs by keyboard (arrows) that load their panel in place,
the Network tab read only when opened, and a section edited in place."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.frozen import frozen_server


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    yield from frozen_server(tmp_path_factory.mktemp("contact"))


@pytest.fixture
def tab(browser: Any, site: tuple[str, int]) -> Iterator[Any]:
    context = browser.new_context(base_url=site[0], viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_arrows_move_between_tabs_and_network_loads_only_when_opened(
    tab: Any, site: tuple[str, int]
) -> None:
    asked: list[str] = []
    tab.on("request", lambda request: asked.append(request.url))
    tab.goto(f"/contacts/{site[1]}")
    tab.wait_for_load_state("networkidle")
    assert not [url for url in asked if "network" in url]
    tab.locator("#tab-overview").focus()
    tab.keyboard.press("ArrowRight")
    tab.wait_for_selector("[role=tabpanel][data-tab=timeline]")
    assert tab.evaluate("document.activeElement.id") == "tab-timeline"
    assert tab.url.endswith("?tab=timeline")
    assert tab.locator("#tab-timeline").get_attribute("aria-selected") == "true"
    tab.keyboard.press("ArrowRight")
    tab.wait_for_selector("[role=tabpanel][data-tab=network]")
    assert "Warm paths to Priya Raman" in tab.locator("#panel").inner_text()
    assert [url for url in asked if "/tabs/network" in url]
    tab.keyboard.press("End")
    tab.wait_for_selector("[role=tabpanel][data-tab=value]")
    tab.keyboard.press("ArrowRight")  # round to the first
    tab.wait_for_selector("[role=tabpanel][data-tab=overview]")


def test_a_section_is_edited_in_place(tab: Any, site: tuple[str, int]) -> None:
    tab.goto(f"/contacts/{site[1]}")
    tab.locator("#cares .edit").click()
    tab.locator("#f-interests").fill("Causal inference")
    tab.locator("#cares button[type=submit]").click()
    tab.wait_for_selector("#toasts .toast")
    assert "Saved what they care about." in tab.locator("#toasts").inner_text()
    assert "Causal inference" in tab.locator("#cares").inner_text()
    assert tab.url.endswith(f"/contacts/{site[1]}")  # no page load: the section swapped
    tab.locator("#met .edit").click()
    tab.locator("#f-met_on").fill("1800-01-01")
    tab.locator("#met button[type=submit]").click()
    tab.wait_for_selector("#e-met_on")
    assert tab.locator("#f-met_on").get_attribute("aria-invalid") == "true"
