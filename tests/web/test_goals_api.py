"""The goals, content and communities API: JSON fields the issue lists, presets, errors
keyed by the request's own field names."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

TODAY = dt.date.today()


def test_goals_presets_content_and_communities(client: TestClient) -> None:
    ana = client.post("/api/v1/contacts", json={"name": "Ana Lee"}).json()["id"]
    made = client.post("/api/v1/goals", json={
        "title": "Write", "metric": "content-published", "target": "2-3", "period": "month",
        "from": TODAY.isoformat()})  # fmt: skip
    assert made.status_code == 201, made.text
    goal = made.json()
    assert (goal["target_low"], goal["target_high"], goal["value"]) == (2, 3, 0)
    assert goal["period_start"] == TODAY.replace(day=1).isoformat()
    assert "content I published" in goal["definition"]
    posted = client.post("/api/v1/content", json={
        "kind": "post", "title": "Evals", "mix": "insight", "contact_ids": [ana]})  # fmt: skip
    assert posted.status_code == 201 and posted.json()["people"][0]["name"] == "Ana Lee"
    [listed] = client.get("/api/v1/goals").json()
    assert {"id", "title", "metric", "target", "value", "expected", "status", "behind_by",
            "period_start", "period_end"} <= set(listed)  # fmt: skip
    assert listed["value"] == 1
    mix = client.get("/api/v1/content/mix", params={"start": TODAY.isoformat(),
                                                    "end": TODAY.isoformat()}).json()  # fmt: skip
    assert mix["counts"]["insight"] == 1 and [c["status"] for c in mix["checks"]] == ["pass"] * 2
    presets = client.get("/api/v1/goals/presets").json()
    assert [p["name"] for p in presets][:2] == ["para", "workshop-plan"]
    added = client.post("/api/v1/goals/presets/rebuild").json()
    assert [(g["metric"], g["target"], g["seed"]) for g in added] == [
        ("quality-connections", "200", "seeds/004")]  # fmt: skip
    joined = client.post("/api/v1/communities", json={"name": "PM HQ", "role": "board"})
    assert joined.status_code == 201 and joined.json()["role"] == "board"
    left = client.post(f"/api/v1/communities/{joined.json()['id']}/leave", json={})
    assert left.json()["left_on"] == TODAY.isoformat()
    assert client.delete(f"/api/v1/goals/{goal['id']}").json()["id"] == goal["id"]
    assert client.delete(f"/api/v1/goals/{goal['id']}").status_code == 404


def test_bad_goals_are_keyed_by_the_request_s_fields(client: TestClient) -> None:
    bad = client.post("/api/v1/goals", json={"title": "x", "metric": "manual", "target": "5-1",
                                             "period": "custom"})  # fmt: skip
    assert bad.status_code == 422
    assert [e["loc"] for e in bad.json()["detail"]] == [["body", "target"]]
    bad = client.post("/api/v1/goals", json={"title": "x", "metric": "manual", "target": "5",
                                             "period": "custom"})  # fmt: skip
    assert bad.json()["detail"][0]["loc"] == ["body", "from"]
    bad = client.post("/api/v1/goals", json={"title": "x", "metric": "likes", "target": "5"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "metric"]
    assert client.post("/api/v1/goals/presets/q1").status_code == 422
    tick = client.post("/api/v1/goals/9/tick", json={})
    assert tick.status_code == 404
