"""The introductions board shows before its suggestions (seconds of work at 30,000 contacts):
HTMX asks for them once the page is up; without JavaScript a link shows them."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _pair(client: TestClient) -> None:
    need = {"name": "Bo Brown", "help_them": "hiring a data scientist", "circle": "inner"}
    know = {"name": "Cy Chen", "title": "data scientist", "interests": "hiring", "circle": "inner"}
    for person in (need, know):
        client.post("/api/v1/contacts", json=person)


def test_the_board_comes_first_and_the_suggestions_after(client: TestClient) -> None:
    _pair(client)
    page = client.get("/introductions").text
    assert 'hx-get="/introductions/suggestions" hx-trigger="load"' in page
    assert "Bo Brown ↔" not in page and "Cy Chen ↔" not in page
    assert 'href="/introductions?suggest=1#suggestions"' in page
    later = client.get("/introductions/suggestions", headers={"HX-Request": "true"}).text
    assert "<html" not in later and 'id="suggestions"' in later and "hx-trigger" not in later
    suggested = client.get("/api/v1/suggestions/intros").json()
    assert suggested
    for s in suggested:
        assert s["a_name"] in later and s["b_name"] in later
    shown = client.get("/introductions?suggest=1").text
    assert shown.count('class="secondary">Propose</button>') == len(suggested)
