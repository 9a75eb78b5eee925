"""/styleguide renders every component in every state; the layout carries the theme switch,
the palette and the toasts region; pages stay light; dates read in one format."""

from __future__ import annotations

import datetime as dt
import re

from fastapi.testclient import TestClient

from netgarden.domain.agenda_items import Reason
from netgarden.domain.strength import Band
from netgarden.domain.values import Circle
from netgarden.web.filters import avatar_hue, day, initials

MOST_BYTES = 150_000  # a page with its CSS and JS, uncompressed (issue #11)


def test_the_styleguide_shows_every_circle_reason_band_and_component(client: TestClient) -> None:
    page = client.get("/styleguide")
    assert page.status_code == 200
    html = page.text
    for circle in Circle:
        assert f'class="badge circle circle-{circle.value}"' in html
    for reason in Reason:
        assert f'class="badge reason reason-{reason.value}"' in html
    for band in Band:
        assert f'class="meter band-{band.value}"' in html or f"band-{band.value}" in html
    for component in ('class="chip"', 'class="avatar avatar-', 'class="card', 'class="table',
                      'class="empty-state"', 'class="field invalid"', 'class="toast toast-ok"',
                      'class="toast toast-error"', ">Undo</button>", 'role="meter"'):  # fmt: skip
        assert component in html, component
    assert 'type="date"' in html and "YYYY" not in html


def test_the_layout_has_the_theme_switch_palette_and_a_live_toasts_region(
    client: TestClient,
) -> None:
    html = client.get("/").text
    assert 'id="theme-switch"' in html and 'id="palette"' in html and 'id="shortcuts"' in html
    assert re.search(r'id="toasts"[^>]*aria-live="polite"', html)
    assert "--surface-page:" in html  # the design tokens, written into every page


PAGES = (
    "/", "/styleguide", "/contacts", "/contacts/new", "/contacts/1", "/contacts/1?tab=network",
    "/contacts/1/edit", "/settings", "/dashboard", "/network", "/reviews", "/triage",
    "/reviews/week", "/reviews/year", "/reviews/matrix?influence=5&accessibility=1", "/roi",
    "/events", "/events/new", "/templates", "/introductions", "/import", "/export", "/goals",
    "/opportunities", "/call-list", "/companies", "/changes", "/draft",
)  # fmt: skip


def test_every_page_with_its_css_and_js_stays_under_150_kb(client: TestClient) -> None:
    # every page a user reaches by the navigation (benchmarks/bench_pages.py weighs them at
    # 30,000 contacts); the network's Cytoscape loads only when asked for
    client.post("/api/v1/contacts", json={"name": "Ada", "title": "CEO"})
    for url in PAGES:
        html = client.get(url).text
        assets = re.findall(r'(?<![-\w])(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
        weight = len(html.encode()) + sum(len(client.get(a).content) for a in assets)
        assert weight <= MOST_BYTES, f"{url}: {weight:,} bytes"
        assert "chart-4" not in html, url  # charts are drawn by the server


def test_dates_read_as_day_month_year_and_names_as_initials() -> None:
    assert day(dt.date(2026, 12, 2)) == "2 Dec 2026"
    assert day("2026-03-14") == "14 Mar 2026" and day(dt.date(2026, 3, 14), year=False) == "14 Mar"
    assert day(None) == "" and day("soon") == "soon"
    assert initials("Priya Raman") == "PR" and initials("Bo") == "B" and initials("") == "?"
    assert initials("María José García") == "MG"
    assert avatar_hue("Priya Raman") == avatar_hue(" priya raman ")
    assert len({avatar_hue(n) for n in ("Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal")}) > 3


def test_the_palette_finds_people_by_a_close_name(client: TestClient) -> None:
    from tests.web.conftest import form

    for name in ("Priya Raman", "Pedro Alves", "Grace Hopper"):
        form(client, "/contacts/new", {"name": name})

    def names(q: str) -> list[str]:
        found = client.get("/palette/people", params={"q": q}).text
        return re.findall(r'data-name="([^"]*)"', found)

    assert names("prya")[:1] == ["Priya Raman"]
    assert names("gra") == ["Grace Hopper"]
    assert names("  ") == []
    assert client.get("/palette/people", params={"q": "x" * 300}).status_code == 422
