"""axe-core (vendored from its npm package, tests/browser/vendor/) finds no WCAG 2.1 A or AA
violation on any page, in the light theme or the dark; and loading a page asks for nothing the
server does not have (no 404 for a favicon or a script) and logs no error in the console."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.frozen import PAGES, frozen_server

AXE = next((Path(__file__).parent / "vendor").glob("axe-*.min.js"))
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN = (
    "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    yield from frozen_server(tmp_path_factory.mktemp("a11y"))


@pytest.fixture(scope="module")
def tab(browser: Any, site: tuple[str, int]) -> Iterator[Any]:
    context = browser.new_context(base_url=site[0], viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.troubles = []
    page.on("response", lambda r: r.status >= 400 and page.troubles.append(f"{r.status} {r.url}"))
    page.on("console", lambda m: m.type == "error" and page.troubles.append(f"console: {m.text}"))
    yield page
    context.close()


def _violations(tab: Any) -> list[str]:
    found = tab.evaluate(RUN, TAGS)["violations"]
    return [f"{v['id']} ({v['impact']}): {n['target']} {n['failureSummary'][:160]}"
            for v in found for n in v["nodes"]]  # fmt: skip


@pytest.mark.parametrize("name", list(PAGES))
def test_no_page_breaks_wcag_21_aa(tab: Any, site: tuple[str, int], name: str) -> None:
    tab.emulate_media(color_scheme="light")
    tab.troubles.clear()
    response = tab.goto(PAGES[name].format(priya=site[1]))
    assert response.ok, f"{name}: {response.status}"
    tab.wait_for_load_state("load")
    assert tab.troubles == [], name
    # an icon of its own: else the browser asks for /favicon.ico (a 404 in the console)
    icon = tab.evaluate("document.querySelector('link[rel~=icon]')?.href")
    assert icon and tab.request.get(icon).ok, f"{name}: no icon"
    tab.add_script_tag(path=str(AXE))
    problems = {}
    for theme in ("light", "dark"):
        tab.emulate_media(color_scheme=theme)
        problems[theme] = _violations(tab)
    assert problems == {"light": [], "dark": []}, name


def test_axe_finds_what_it_should(tab: Any) -> None:
    """The check can fail: an image without a text and grey on grey are found."""
    tab.goto("/export")
    tab.add_script_tag(path=str(AXE))
    tab.evaluate("""() => document.querySelector('main').insertAdjacentHTML('beforeend',
        '<img src="/static/none.png"><p style="color:#777;background:#888">faint</p>')""")
    found = " ".join(_violations(tab))
    assert "image-alt" in found and "color-contrast" in found
    tab.wait_for_timeout(200)  # the missing image's answer
    assert any(t.startswith("404 ") and t.endswith("/static/none.png") for t in tab.troubles)
