"""Opportunities and ROI on the web and the API (issue 16): create, move, share, suggestions
and errors keyed by the request's field names; the board, the detail page and /roi."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import form


def _person(client: TestClient, name: str, **fields: object) -> int:
    made = client.post("/api/v1/contacts", json={"name": name, **fields})
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def test_the_api_creates_moves_shares_and_reports(client: TestClient) -> None:
    ana = _person(client, "Ana Lee", circle="inner")
    bo = _person(client, "Bo Chen", circle="middle", title="Product Manager")
    made = client.post("/api/v1/opportunities", json={
        "title": "Senior PM", "kind": "job", "company": "Acme", "role": "product manager",
        "via_id": ana, "reaches_hm": True})  # fmt: skip
    assert made.status_code == 201, made.text
    opp = made.json()
    assert (opp["channel"], opp["stage"], opp["via_name"]) == ("network", "open", "Ana Lee")
    assert [s["contact_id"] for s in opp["suggestions"]] == [bo]
    moved = client.post(f"/api/v1/opportunities/{opp['id']}/move", json={"stage": "interviewing"})
    assert moved.json()["reached_interview"] is True
    shared = client.post(f"/api/v1/opportunities/{opp['id']}/share", json={"contact_id": bo})
    assert shared.status_code == 201 and shared.json()["shares"][0]["contact_id"] == bo
    again = client.post(f"/api/v1/opportunities/{opp['id']}/share", json={"contact_id": bo})
    assert again.status_code == 422 and again.json()["detail"][0]["loc"] == ["body", "contact_id"]
    assert client.get(f"/api/v1/opportunities/{opp['id']}/suggestions").json() == []
    patched = client.patch(f"/api/v1/opportunities/{opp['id']}", json={"company": None})
    assert patched.status_code == 200 and patched.json()["company"] is None
    assert [o["id"] for o in client.get("/api/v1/opportunities?stage=interviewing").json()] == [
        opp["id"]
    ]
    roi = client.get("/api/v1/roi").json()
    assert roi["referrals"]["received"] == 1 and roi["referrals"]["interview_rate"] == 1.0
    assert client.delete(f"/api/v1/opportunities/{opp['id']}").status_code == 204
    assert client.get(f"/api/v1/opportunities/{opp['id']}").status_code == 404


def test_api_errors_name_the_request_fields(client: TestClient) -> None:
    bad = client.post("/api/v1/opportunities", json={"title": "x", "kind": "gig"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "kind"]
    future = client.post("/api/v1/opportunities",
                         json={"title": "x", "kind": "job", "on": "2999-01-01"})  # fmt: skip
    assert future.status_code == 422
    missing = client.post("/api/v1/opportunities", json={"title": "x", "kind": "job",
                                                         "event_id": 9})  # fmt: skip
    assert missing.status_code == 404
    assert client.get("/api/v1/roi?since=2026-12-01&until=2026-11-01").json()["detail"][0][
        "loc"] == ["query", "since"]  # fmt: skip


def test_the_board_adds_moves_and_shows_mistakes_beside_fields(client: TestClient) -> None:
    _person(client, "Bo Chen", circle="inner")
    empty = client.get("/opportunities")
    assert empty.status_code == 200 and "No opportunities yet." in empty.text
    wrong = form(client, "/opportunities", {"title": "", "kind": "job", "channel": "fax"})
    assert (
        wrong.status_code == 422 and 'id="e-title"' in wrong.text and 'id="e-channel"' in wrong.text
    )
    added = form(client, "/opportunities", {"title": "PM at Acme", "kind": "job",
                                           "company": "Acme"}, follow_redirects=False)  # fmt: skip
    assert added.status_code == 303 and added.headers["location"] == "/opportunities/1"
    detail = client.get("/opportunities/1").text
    assert "Who could use it" in detail and "Share with Bo Chen" in detail
    form(client, "/opportunities/1/share", {"contact_id": "1"})
    form(client, "/opportunities/1/move", {"stage": "pursuing", "back": "/opportunities"})
    board = client.get("/opportunities").text
    assert 'id="stage-pursuing"' in board and 'id="opp-1"' in board
    assert "a referral given" in client.get("/opportunities/1").text
    roi = client.get("/roi")
    assert roi.status_code == 200 and 'id="channel-table"' in roi.text and "200" in roi.text
    assert client.get("/roi?since=nope").status_code == 422
