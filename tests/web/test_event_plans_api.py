"""The API for the rest of events: targets and the prep sheet, ROI, plans, the profile,
promises and trust, with errors keyed by the request's own field names."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

TODAY = dt.date.today()
PAST = (TODAY - dt.timedelta(days=100)).isoformat()
COMING = (TODAY + dt.timedelta(days=7)).isoformat()


def _person(client: TestClient, name: str) -> int:
    made = client.post("/api/v1/contacts", json={"name": name, "interests": "robotics"})
    assert made.status_code == 201
    return int(made.json()["id"])


def test_targets_prep_met_roi_and_suggestions(client: TestClient) -> None:
    ana, bo = _person(client, "Ana Lee"), _person(client, "Bo Chen")
    client.post("/api/v1/events", json={"name": "PM Night", "on": PAST, "start": "19:00",
                                         "format": "meetup", "series": "PM Nights"})  # fmt: skip
    added = client.post("/api/v1/events/1/targets",
                        json={"contact_id": ana, "source": "attendee-list"})  # fmt: skip
    assert added.status_code == 201, added.text
    assert [(p["contact_id"], p["role"]) for p in added.json()["people"]] == [(ana, "target")]
    prep = client.get("/api/v1/events/1/prep").json()
    assert prep["order"][0] == "research" and prep["warnings"]
    assert prep["targets"][0]["starter_from"] == "attendee list (seeds/004)"
    assert prep["arrival"].startswith("arrive at the very beginning (19:00)")
    client.post("/api/v1/events/1/people", json={"contact_ids": [ana, bo]})
    roi = client.get("/api/v1/event-roi").json()
    (event,) = roi["events"]
    assert (event["people_met"], event["targets_met"], event["status"]) == (2, 1, "ripe")
    assert event["opportunities"] == 0  # issue 16: sourced there
    assert [(s["series"], s["verdict"]) for s in roi["series"]] == [("PM Nights", "keep-exploring")]
    pairs = client.get("/api/v1/events/1/suggestions").json()
    assert {(p["a_id"], p["b_id"]) for p in pairs} == {(ana, bo)}
    bad = client.post("/api/v1/events/1/targets", json={"contact_id": ana, "source": "flyer"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "source"]
    assert client.get("/api/v1/events/99/prep").status_code == 404


def test_plans_profile_promises_and_trust(client: TestClient) -> None:
    ana = _person(client, "Ana Lee")
    made = client.post("/api/v1/plans", json={"contact_ids": [ana], "kind": "coffee",
                                              "on": COMING, "note": "roadmap"})  # fmt: skip
    assert made.status_code == 201, made.text
    plan = made.json()
    assert (plan["status"], plan["did_it_happen"], plan["people"][0]["contact_id"]) == (
        "planned", False, ana
    )  # fmt: skip
    early = client.post(f"/api/v1/plans/{plan['id']}/confirm", json={})
    assert early.status_code == 422 and early.json()["detail"][0]["loc"][-1] == "on"
    past = client.post("/api/v1/plans", json={"contact_ids": [ana], "kind": "coffee",
                                              "on": PAST})  # fmt: skip
    assert past.status_code == 422 and past.json()["detail"][0]["loc"] == ["body", "on"]
    cancelled = client.post(f"/api/v1/plans/{plan['id']}/cancel").json()
    assert cancelled["status"] == "cancelled"
    assert [p["id"] for p in client.get(f"/api/v1/plans?contact_id={ana}").json()] == [1]
    profile = client.patch("/api/v1/profile", json={"name": "Sam", "pitch_30": "I garden."})
    assert profile.status_code == 200 and profile.json()["pitch_30"] == "I garden."
    zone = client.patch("/api/v1/profile", json={"time_zone": "Mars/Olympus"})
    assert zone.status_code == 422 and zone.json()["detail"][0]["loc"] == ["body", "time_zone"]
    promised = client.post(f"/api/v1/contacts/{ana}/promises",
                           json={"text": "send the deck", "by": COMING})  # fmt: skip
    assert promised.status_code == 201 and promised.json()["kind"] == "promise"
    trust = client.get(f"/api/v1/contacts/{ana}/trust").json()
    assert (trust["promises_due"], trust["reliability"], trust["composite"]) == (0, None, None)
    assert client.get("/api/v1/contacts/999/trust").status_code == 404


def test_the_event_page_tabs_target_form_printable_sheet_and_calendar(
    client: TestClient,
) -> None:
    from tests.web.conftest import form

    _person(client, "Ana Lee")
    client.post("/api/v1/events", json={"name": "PM Night", "on": COMING, "format": "mixer",
                                         "start": "18:00"})  # fmt: skip
    page = client.get("/events/1").text
    tabs = ['href="#prep"', 'href="#people"', 'href="#follow-ups"', 'href="#roi"']
    assert [page.index(t) for t in tabs] == sorted(page.index(t) for t in tabs)
    assert "arrive about 50 minutes after the start (18:50)" in page
    missing = form(client, "/events/1/targets", {"contact": "Zed Nobody", "source": ""},
                   follow_redirects=False)  # fmt: skip
    assert missing.status_code == 422 and 'id="t-error"' in missing.text
    assert 'value="Zed Nobody"' in missing.text
    added = form(client, "/events/1/targets", {"contact": "Ana", "source": "speaker-list",
                                               "starter": "Ask about evals"},
                 follow_redirects=False)  # fmt: skip
    assert added.status_code == 303 and added.headers["location"] == "/events/1#prep"
    printable = client.get("/events/1/prep").text
    # its print rules are the design system's (app.css, written into every page), not its own
    assert "“Ask about evals”" in printable and printable.count("@media print") == 1
    assert client.get("/events/99/prep").status_code == 404
    calendar = client.get("/events").text
    assert 'class="calendar"' in calendar and "PM Night" in calendar
