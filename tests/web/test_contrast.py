"""The design tokens, read from static/tokens.css itself: every text/background pair reads at
WCAG 2.1 AA (4.5:1) in both themes, and each circle, agenda reason and strength band of the
domain has its colour pair."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netgarden.domain.agenda_items import Reason
from netgarden.domain.strength import Band
from netgarden.domain.values import Circle

TOKENS = Path(__file__).parents[2] / "src" / "netgarden" / "web" / "static" / "tokens.css"
COLOUR = re.compile(r"--([\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{6})\s*,\s*(#[0-9a-fA-F]{6})\s*\)")
AA = 4.5


def tokens() -> dict[str, tuple[str, str]]:
    """Each colour token's (light, dark) value."""
    return {name: (light, dark) for name, light, dark in COLOUR.findall(TOKENS.read_text())}


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def pairs() -> list[tuple[str, str]]:
    """Text on background: each --X-fg on its --X-bg, each --text* on each --surface*."""
    found = tokens()
    paired = [(n, n[:-3] + "-bg") for n in found if n.endswith("-fg")]
    texts = [n for n in found if n.startswith("text")]
    surfaces = [n for n in found if n.startswith("surface")]
    return paired + [(t, s) for t in texts for s in surfaces]


def test_the_contrast_formula_matches_wcags_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # famously just short


def test_every_pair_has_both_halves_and_there_are_many() -> None:
    found = tokens()
    assert len(pairs()) >= 40
    for fg, bg in pairs():
        assert fg in found and bg in found, f"--{fg} has no --{bg}"


@pytest.mark.parametrize("theme", [0, 1], ids=["light", "dark"])
def test_every_text_and_background_pair_reads_at_aa(theme: int) -> None:
    found = tokens()
    weak = [
        f"--{fg} on --{bg}: {ratio:.2f}"
        for fg, bg in pairs()
        if (ratio := contrast(found[fg][theme], found[bg][theme])) < AA
    ]
    assert weak == []


def test_each_circle_reason_and_band_of_the_domain_has_its_colour_pair() -> None:
    names = set(tokens())
    wanted = (
        [f"circle-{c.value}" for c in Circle]
        + [f"reason-{r.value}" for r in Reason]
        + [f"band-{b.value}" for b in Band]
    )
    missing = [w for w in wanted if not {f"{w}-fg", f"{w}-bg"} <= names]
    assert missing == []
