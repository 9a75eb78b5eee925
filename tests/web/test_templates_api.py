"""Templates, drafts and outreach over the API: the same services as the CLI; an unfilled
placeholder answers 422 naming it, and nothing is logged."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

FRIDAY = "2026-11-20"


def _person(client: TestClient, name: str, **fields: str) -> int:
    made = client.post("/api/v1/contacts", json={"name": name, **fields})
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def test_templates_crud(client: TestClient) -> None:
    listed = client.get("/api/v1/templates").json()
    assert len(listed) == 10 and listed[0]["key"] == "cold" and listed[0]["builtin"]
    assert client.get("/api/v1/templates/mentor").json()["seed"].startswith("seeds/002")
    copy = {"key": "short", "copy_of": "cold", "body": "Hi [Name], coffee about [x]?"}
    made = client.post("/api/v1/templates", json=copy)
    assert made.status_code == 201, made.text
    assert (made.json()["placeholders"], made.json()["based_on"]) == (["Name", "x"], "cold")
    changed = client.patch("/api/v1/templates/short", json={"asks": "nothing"})
    assert changed.json()["asks"] == "nothing"
    built_in = client.patch("/api/v1/templates/cold", json={"body": "x"})
    assert built_in.status_code == 409 and "copy" in built_in.json()["detail"]
    taken = client.post("/api/v1/templates", json={"key": "short", "copy_of": "cold"})
    assert taken.status_code == 422 and taken.json()["detail"][0]["loc"] == ["body", "key"]
    assert client.delete("/api/v1/templates/short").status_code == 204
    assert client.get("/api/v1/templates/short").status_code == 404


def test_a_draft_or_422_with_the_missing_placeholders(client: TestClient) -> None:
    ana = _person(client, "Ana Lee")
    missing = client.post("/api/v1/drafts", json={
        "key": "follow-up", "contact_id": ana, "values": {"Topic": "evals"}, "log": True,
    })  # fmt: skip
    assert missing.status_code == 422
    assert [e["loc"] for e in missing.json()["detail"]] == [
        ["body", "values", "event"], ["body", "values", "when"],
        ["body", "values", "specific point"], ["body", "values", "resource"],
    ]  # fmt: skip
    assert client.get(f"/api/v1/contacts/{ana}").json()["touches"] == []
    unknown = client.post("/api/v1/drafts", json={
        "key": "join-group", "contact_id": ana, "values": {"colour": "red"},
    })  # fmt: skip
    assert unknown.status_code == 422
    assert unknown.json()["detail"][0]["loc"] == ["body", "values"]
    assert "[Your name]" in unknown.json()["detail"][0]["msg"]
    event = client.post("/api/v1/events", json={"name": "Summit", "on": "2026-11-17"}).json()
    done = client.post("/api/v1/drafts", json={
        "key": "follow-up", "contact_id": ana, "event_id": event["id"], "as_of": FRIDAY,
        "values": {"topic": "evals", "specific point": "judges", "resource": "paper"},
        "log": True, "via": "email",
    })  # fmt: skip
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["text"].startswith("Hi Ana, Great meeting you at Summit on Tuesday.")
    assert body["filled"]["when"] == "on Tuesday" and body["asks"] == "meeting"
    [touch] = client.get(f"/api/v1/contacts/{ana}").json()["touches"]
    assert (touch["id"], touch["kind"], touch["direction"]) == (body["touch_id"], "email", "out")


def test_outreach_and_reply(client: TestClient) -> None:
    ana = _person(client, "Ana Lee")
    sent = client.post("/api/v1/drafts", json={
        "key": "join-group", "contact_id": ana, "values": {"your name": "Sam"}, "log": True,
    }).json()  # fmt: skip
    marked = client.put(f"/api/v1/touches/{sent['touch_id']}/reply", json={"replied": True})
    assert marked.json() == {"touch_id": sent["touch_id"], "template_key": "join-group",
                             "replied": True}  # fmt: skip
    [row] = client.get("/api/v1/outreach").json()
    assert (row["template"], row["sent"], row["response_rate"]) == ("join-group", 1, 1.0)
    today = dt.date.today().isoformat()
    assert client.get(f"/api/v1/outreach?since={today}&until={today}").json() == [row]
    bad = client.get("/api/v1/outreach?since=soon")
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["query", "since"]
    assert client.put("/api/v1/touches/99/reply", json={"replied": False}).status_code == 404
