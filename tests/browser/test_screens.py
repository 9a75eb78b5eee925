"""Every page in light and dark at 1280 and 390 px against its committed baseline (within a
tolerance); no page scrolls sideways at 360 px; every page weighs at most 150 KB (HTML, CSS
and JS, uncompressed). A change to a page updates its baseline in the same commit:
``UPDATE_BASELINES=1 .venv/bin/python -m pytest tests/browser/test_screens.py``."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.frozen import PAGES, frozen_server

BASELINES = Path(__file__).parent / "baselines"
UPDATE = os.environ.get("UPDATE_BASELINES") == "1"
WIDTHS = (1280, 390)
THEMES = ("light", "dark")
MOST_BYTES = 150 * 1024
# A pixel differs when a channel moves by more than CHANNEL; a screen differs when more than
# SHARE of its pixels do (anti-aliasing and font hinting move a few, a layout change many).
CHANNEL = 48
SHARE = 0.01
WEIGHT = """() => {
  const all = [performance.getEntriesByType('navigation')[0],
               ...performance.getEntriesByType('resource')];
  return all.map(e => [e.name, e.decodedBodySize, e.initiatorType]);
}"""
LOADED = "() => !document.querySelector('[hx-trigger=load]')"
# the network page's graph lays itself out at random; another engineer rebuilds it (#13)
MASKS = {"network": ["#graph", "#cluster-graph"]}  # a drawing, tested on its own
KINDS = ("navigation", "link", "script", "css")  # HTML, CSS and JS; not the API's JSON


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    yield from frozen_server(tmp_path_factory.mktemp("screens"))


@pytest.fixture(scope="module")
def tab(browser: Any, site: tuple[str, int]) -> Iterator[Any]:
    context = browser.new_context(base_url=site[0], viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def _small(png: bytes) -> Any:
    """The screenshot at half size: what is compared and committed (a quarter of the bytes)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    return image.resize((image.width // 2, image.height // 2), Image.Resampling.BOX)


def _differs(shot: Any, baseline: Any) -> float:
    """The share of pixels that differ by more than CHANNEL in any channel (1.0: another size)."""
    from PIL import ImageChops

    if shot.size != baseline.size:
        return 1.0
    diff = ImageChops.difference(shot, baseline).convert("L").point(lambda v: v > CHANNEL)
    histogram = diff.histogram()
    return 1 - histogram[0] / (shot.width * shot.height)


def _compare(tab: Any, name: str, masks: list[str]) -> str | None:
    shot = _small(tab.screenshot(animations="disabled", caret="hide",
                                 mask=[tab.locator(m) for m in masks]))  # fmt: skip
    path = BASELINES / f"{name}.png"
    if UPDATE:
        shot.save(path, optimize=True)
        return None
    if not path.exists():
        return f"{name}: no baseline; run with UPDATE_BASELINES=1 and commit {path.name}"
    from PIL import Image

    share = _differs(shot, Image.open(path).convert("RGB"))
    if share > SHARE:
        shot.save(BASELINES / f"{name}.actual.png")
        return f"{name}: {share:.1%} of pixels differ (see {name}.actual.png)"
    return None


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_looks_as_committed(tab: Any, site: tuple[str, int], name: str) -> None:
    tab.set_viewport_size({"width": 1280, "height": 900})
    tab.emulate_media(color_scheme="light")
    response = tab.goto(PAGES[name].format(priya=site[1]))
    assert response.ok, f"{name}: {response.status}"
    tab.wait_for_function(LOADED)  # what a page asks for once it shows (the suggestions)
    problems = []
    for theme in THEMES:
        tab.emulate_media(color_scheme=theme)
        for width in WIDTHS:
            tab.set_viewport_size({"width": width, "height": 900})
            found = _compare(tab, f"{name}-{theme}-{width}", MASKS.get(name, []))
            problems += [found] if found else []
    tab.set_viewport_size({"width": 360, "height": 800})
    wide = tab.evaluate("document.documentElement.scrollWidth")
    assert wide <= 360, f"{name} scrolls sideways at 360 px: {wide} px wide"
    # every page, the network one too: it loads Cytoscape only when asked (issue 11)
    weights = tab.evaluate(WEIGHT)
    total = sum(
        size for _, size, kind in weights if kind in ("navigation", "link", "script", "css")
    )
    assert total <= MOST_BYTES, f"{name} weighs {total:,} bytes: {weights}"
    assert not problems, "; ".join(problems)
