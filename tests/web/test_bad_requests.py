"""The API's answers to bad requests: 422 in FastAPI's shape with the right ``loc`` (query,
path or body), dates only as ISO text in range, 405 with Allow, never a 500."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

BAD_QUERIES = [
    ("/api/v1/agenda", {"as_of": "0"}, ["query", "as_of"]),
    ("/api/v1/agenda", {"as_of": "20260101"}, ["query", "as_of"]),
    ("/api/v1/agenda", {"as_of": "9999-12-31"}, ["query", "as_of"]),
    ("/api/v1/ledger", {"since": "0"}, ["query", "since"]),
    ("/api/v1/contacts", {"circle": "bogus"}, ["query", "circle"]),
    ("/api/v1/contacts", {"sort": "bogus"}, ["query", "sort"]),
    ("/api/v1/contacts", {"limit": "0"}, ["query", "limit"]),
    ("/api/v1/graph", {"circle": "bogus"}, ["query", "circle"]),
    ("/api/v1/paths", {"company": "x", "role": "y"}, ["query", "target"]),
    ("/api/v1/export/bogus", {}, ["path", "fmt"]),
    ("/api/v1/export/vcard", {"version": "9"}, ["query", "version"]),
]


def test_a_bad_query_parameter_is_located_in_the_query(client: TestClient) -> None:
    for url, params, loc in BAD_QUERIES:  # one app for the whole table: it is slow to make
        response = client.get(url, params=params)
        assert response.status_code == 422, (url, params, response.text)
        assert response.json()["detail"][0]["loc"] == loc, (url, params)


BAD_BODIES: list[tuple[dict[str, Any], list[str]]] = [
    ({"name": "Ada", "linkedin": "https://[linkedin.com/in/ada"}, ["body", "linkedin"]),
    ({"name": "Ada", "met_on": 0}, ["body", "met_on"]),
    ({"name": "Ada", "met_on": "0"}, ["body", "met_on"]),
    ({"name": "Ada", "met_on": "9999-12-31"}, ["body", "met_on"]),
    ({"name": "Ada", "birthday": "9999-12-31"}, ["body", "birthday"]),
    ({"name": "Ada", "company": "c" * 301}, ["body", "company"]),
    ({"name": "Ada", "notes": "n" * 20_001}, ["body", "notes"]),
    ({"name": "Ada", "circle": "bogus"}, ["body", "circle"]),
]


def test_a_bad_body_field_is_located_in_the_body(client: TestClient) -> None:
    for body, loc in BAD_BODIES:
        response = client.post("/api/v1/contacts", json=body)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["detail"][0]["loc"] == loc, body
    assert client.get("/api/v1/contacts").json() == []


def test_a_touch_dated_zero_is_refused(client: TestClient) -> None:
    ada = client.post("/api/v1/contacts", json={"name": "Ada"}).json()
    for on in (0, "0", 20260101):
        response = client.post(
            f"/api/v1/contacts/{ada['id']}/touches", json={"kind": "call", "on": on}
        )
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["body", "on"]


def test_a_wrong_method_says_which_are_allowed(client: TestClient) -> None:
    response = client.delete("/api/v1/agenda")
    assert response.status_code == 405 and response.headers["allow"] == "GET"
    response = client.put("/api/v1/contacts/1", json={})
    assert response.status_code == 405
    assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "PATCH", "DELETE"}


def test_json_that_does_not_parse_is_a_documented_422(client: TestClient) -> None:
    response = client.post(
        "/api/v1/contacts", content=b"{bad", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "body"
    documented = client.get("/openapi.json").json()["paths"]["/api/v1/contacts"]["post"]
    assert "422" in documented["responses"]


def test_a_birthday_in_year_9999_never_breaks_the_calendar_export(client: TestClient) -> None:
    assert (
        client.post("/api/v1/contacts", json={"name": "Ada", "birthday": "9999-12-31"}).status_code
        == 422
    )
    assert client.get("/api/v1/export/ics").status_code == 200


def test_a_lone_surrogate_in_json_is_never_a_500(client: TestClient) -> None:
    for body in (b'{"name": "Ada \\udcff"}', b'{"name": "Ada", "circle": "\\ud800"}',
                 b'{"name": "Ada", "\\udcff": 1}'):  # fmt: skip
        response = client.post(
            "/api/v1/contacts", content=body, headers={"content-type": "application/json"}
        )
        assert response.status_code in (201, 422), (body, response.status_code)
    assert [c["name"] for c in client.get("/api/v1/contacts").json()] == ["Ada \ufffd"]
