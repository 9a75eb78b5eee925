"""/api/v1/reviews (issue 13): the same answers as the CLI's --json; errors name the field."""

from __future__ import annotations

from fastapi.testclient import TestClient

API = "/api/v1"


def add(client: TestClient, name: str, **fields: object) -> int:
    response = client.post(f"{API}/contacts", json={"name": name, **fields})
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def test_contact_fields_for_reviews_round_trip_and_errors_name_them(client: TestClient) -> None:
    ada = add(client, "Ada", influence=4, board="mentor", time_zone="europe/berlin", mentee=True)
    read = client.get(f"{API}/contacts/{ada}").json()
    assert (read["influence"], read["board_seat"], read["time_zone"], read["mentee"]) == (
        4, "mentor", "Europe/Berlin", True)  # fmt: skip
    bad = client.patch(f"{API}/contacts/{ada}", json={"board": "uncle", "energy": "meh"})
    assert bad.status_code == 422
    assert {tuple(d["loc"]) for d in bad.json()["detail"]} >= {("body", "board")}
    cleared = client.patch(f"{API}/contacts/{ada}", json={"influence": None, "mentee": False})
    assert (cleared.json()["influence"], cleared.json()["mentee"]) == (None, False)


def test_reviews_answer_with_rules_and_seeds(client: TestClient) -> None:
    ids = [add(client, f"P{i}", industry="AI" if i % 2 else "Bio", circle="outer")
           for i in range(1, 5)]  # fmt: skip
    for a, b in [(0, 1), (1, 2), (2, 3)]:
        client.post(f"{API}/contacts/{ids[a]}/links", json={"other_id": ids[b]})
    health = client.get(f"{API}/reviews/health", params={"as_of": "2026-11-22"}).json()
    assert health["circles"][2]["count"] == 4 and health["lines"][0]["seed"] == "seeds/002"
    brokers = client.get(f"{API}/reviews/brokers").json()
    assert [p["contact_id"] for p in brokers["people"][:2]] in ([ids[1], ids[2]], [ids[2], ids[1]])
    assert {b["contact_id"] for b in brokers["bridges"]} == {ids[1], ids[2]}
    diversity = client.get(f"{API}/reviews/diversity", params={"by": "industry"}).json()
    assert (diversity["hhi"], diversity["effective"]) == (0.5, 2.0)
    target = {"dimension": "industry", "value": "Energy", "at_least": 2}
    assert client.post(f"{API}/reviews/targets", json=target).status_code == 201
    gaps = client.get(f"{API}/reviews/diversity", params={"by": "industry"}).json()["gaps"]
    assert gaps == [{"value": "Energy", "at_least": 2, "have": 0}]
    matrix = client.get(f"{API}/reviews/matrix").json()
    assert {p["quadrant"] for p in matrix} <= {"golden", "aspirational", "peer", "avoid"}
    board = client.get(f"{API}/reviews/board").json()
    assert [s["seat"] for s in board["seats"]] == ["sponsor", "mentor", "coach", "connector",
                                                   "peer"]  # fmt: skip
    audit = client.get(f"{API}/reviews/audit").json()
    assert all(p["number"] == n for n, p in enumerate(audit["proposals"], 1))


def test_triage_and_audit_apply_and_bad_input(client: TestClient) -> None:
    ada = add(client, "Ada")
    for day in ("2026-11-01", "2026-10-01", "2026-09-01", "2026-08-01"):
        client.post(f"{API}/contacts/{ada}/touches", json={"kind": "coffee", "on": day})
    proposals = client.get(f"{API}/reviews/triage").json()["proposals"]
    assert [p["contact_id"] for p in proposals] == [ada]
    done = client.post(f"{API}/reviews/triage", json={"contact_ids": [ada]}).json()
    assert done["applied"] == [ada] and done["proposals"] == []
    again = client.post(f"{API}/reviews/triage", json={"contact_ids": [ada]})
    assert again.status_code == 422
    assert client.post(f"{API}/reviews/audit", json={}).status_code == 422
    missing = client.post(f"{API}/reviews/audit", json={"numbers": [99]})
    assert missing.status_code == 422 and "no line 99" in missing.text
    by = client.get(f"{API}/reviews/diversity", params={"by": "shoe"})
    assert by.status_code == 422 and by.json()["detail"][0]["loc"] == ["query", "by"]
    assert client.get(f"{API}/reviews/matrix", params={"quadrant": "x"}).status_code == 422
    assert client.get(f"{API}/reviews/internal").status_code == 409
    assert client.patch(f"{API}/reviews/profile", json={"company": "Acme"}).json() == {
        "company": "Acme"}  # fmt: skip
    assert client.get(f"{API}/reviews/internal").status_code == 200
    assert client.patch(f"{API}/reviews/profile", json={"time_zone": "x"}).status_code == 422
    handover = client.get(f"{API}/reviews/handover").json()
    assert handover["contacts"][0]["name"] == "Ada" and "emails" not in handover["contacts"][0]
