"""Pages answer mistakes with pages: an unknown address, a missing contact, a bad value.
API paths keep answering JSON."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import form


def is_page(response: object) -> bool:
    headers = response.headers  # type: ignore[attr-defined]
    text = response.text  # type: ignore[attr-defined]
    return headers["content-type"].startswith("text/html") and '<nav aria-label="Main">' in text


@pytest.mark.parametrize("url", ["/nowhere", "/contacts/abc", "/contacts/999", "/redoc",
                                 "/contacts/1/nothing", "/contacts/-1"])  # fmt: skip
def test_an_unknown_page_is_a_page_with_the_navigation(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert is_page(response), response.text[:200]
    assert "Not found" in response.text and 'href="/contacts"' in response.text


def test_api_paths_keep_json(client: TestClient) -> None:
    missing = client.get("/api/v1/nothing")
    assert missing.status_code == 404 and missing.json() == {"detail": "Not Found"}
    bad = client.get("/api/v1/contacts/abc")
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["path", "contact_id"]


def test_a_bad_query_value_on_a_page_is_a_page_naming_it(client: TestClient) -> None:
    response = client.get("/contacts", params={"page": "abc"})
    assert response.status_code == 422 and is_page(response)
    assert "page" in response.text


def test_a_page_number_past_the_end_shows_the_last_page(client: TestClient) -> None:
    for n in range(52):
        client.post("/api/v1/contacts", json={"name": f"Person {n:02d}"})
    response = client.get("/contacts", params={"page": "999"})
    assert response.status_code == 200
    assert "Page 2 of 2" in response.text and "Person 51" in response.text


def test_logging_a_touch_with_a_missing_contact_says_so(client: TestClient) -> None:
    api = client.post("/api/v1/contacts/999/touches", json={"kind": "coffee"})
    assert api.status_code == 404 and "999" in api.json()["detail"]
    for url, data in [
        ("/contacts/999/touches", {"kind": "coffee"}),
        ("/touches", {"contact_id": "999", "kind": "coffee"}),
        ("/touches", {"contact_id": "abc", "kind": "coffee"}),
        ("/touches", {"contact_id": "", "kind": "coffee"}),
    ]:
        response = form(client, url, data)
        assert response.status_code == 404, (url, data, response.text[:300])
        assert is_page(response) and "no contact" in response.text


def test_snoozing_or_archiving_a_missing_contact_says_so(client: TestClient) -> None:
    for url in ("/contacts/999/snooze", "/contacts/999/archive"):
        response = form(client, url, {}, follow_redirects=False)
        assert response.status_code == 404, (url, response.text[:300])
        assert is_page(response) and "no contact with id 999" in response.text


@pytest.mark.parametrize("days", ["abc", "-1", "0", str(10**30), "9" * 5000])
def test_a_snooze_needs_a_sensible_number_of_days(client: TestClient, days: str) -> None:
    contact = client.post("/api/v1/contacts", json={"name": "Ada"}).json()["id"]
    response = form(client, f"/contacts/{contact}/snooze", {"days": days})
    assert response.status_code == 422 and is_page(response)
    assert "days" in response.text


def test_the_api_docs_load_nothing_from_the_internet(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "SwaggerUIBundle" in docs.text
    assets = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert assets and all(not a.startswith(("http:", "https:", "//")) for a in assets), assets
    for asset in (a for a in assets if a.startswith("/")):
        assert client.get(asset).status_code == 200, asset
    assert "validatorUrl" in docs.text and "https://" not in docs.text.split("<script>")[-1]
