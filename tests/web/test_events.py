"""Events on the web: the API (/api/v1/events, /api/v1/tasks) and the pages (list, add,
one event), through the same services as the CLI."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from tests.web.conftest import form
from tests.web.test_field_errors import OPTION, alerts

TODAY = dt.date.today()
PAST = (TODAY - dt.timedelta(days=3)).isoformat()
COMING = (TODAY + dt.timedelta(days=7)).isoformat()


def _person(client: TestClient, name: str) -> int:
    made = client.post("/api/v1/contacts", json={"name": name})
    assert made.status_code == 201
    return int(made.json()["id"])


def test_the_api_main_path(client: TestClient) -> None:
    ana = _person(client, "Ana Lee")
    made = client.post("/api/v1/events", json={
        "name": "AI Summit", "on": PAST, "start": "9:00", "series": "AI Summits",
        "format": "conference", "access": "paid", "size": 400, "role": "speaker",
    })  # fmt: skip
    assert made.status_code == 201, made.text
    summit = made.json()
    assert (summit["id"], summit["status"], summit["start"], summit["goal"]) == (
        1, "attended", "09:00", 3
    )  # fmt: skip
    coming = client.post("/api/v1/events", json={"name": "Mixer", "on": COMING}).json()
    assert coming["status"] == "planned" and coming["format"] == "other"
    listed = client.get("/api/v1/events").json()
    assert [(e["id"], e["name"], e["on"], e["series"], e["status"]) for e in listed] == [
        (2, "Mixer", COMING, None, "planned"),
        (1, "AI Summit", PAST, "AI Summits", "attended"),
    ]
    assert [e["id"] for e in client.get("/api/v1/events?series=ai%20summits").json()] == [1]
    met = client.post("/api/v1/events/1/people", json={"contact_ids": [ana], "note": "evals"})
    assert met.status_code == 201, met.text
    body = met.json()
    assert [(p["contact_id"], p["created"], len(p["task_ids"])) for p in body["people"]] == [
        (ana, True, 3)
    ]
    assert [p["role"] for p in body["event"]["people"]] == ["met"]
    again = client.post("/api/v1/events/1/people", json={"contact_ids": [ana]}).json()
    assert again["people"][0]["created"] is False
    tasks = client.get("/api/v1/tasks?open=true").json()
    assert [(t["kind"], t["contact_id"], t["event_id"], t["done_on"]) for t in tasks] == [
        ("connect", ana, 1, None),
        ("send-resources", ana, 1, None),
        ("schedule-meeting", ana, 1, None),
    ]
    agenda = client.get("/api/v1/agenda").json()
    assert [(i["reason"], i["subject"]) for i in agenda] == [
        ("follow-up", {"type": "task", "id": tasks[0]["id"]})
    ]
    client.post(f"/api/v1/contacts/{ana}/touches", json={"kind": "message"})
    done = client.post(f"/api/v1/tasks/{tasks[1]['id']}/done")
    assert done.status_code == 200 and done.json()["done_on"] == TODAY.isoformat()
    left = client.get(f"/api/v1/tasks?open=true&contact_id={ana}").json()
    assert [t["kind"] for t in left] == ["schedule-meeting"]
    assert len(client.get("/api/v1/tasks?event_id=1").json()) == 3
    skipped = client.patch("/api/v1/events/2", json={"status": "skipped"})
    assert skipped.status_code == 200 and skipped.json()["status"] == "skipped"


def test_the_api_names_the_field_and_the_missing_id(client: TestClient) -> None:
    ana = _person(client, "Ana Lee")
    bad = client.post("/api/v1/events", json={"name": "X", "on": PAST, "start": "25:00"})
    assert bad.status_code == 422
    assert bad.json()["detail"] == [
        {"loc": ["body", "start"], "msg": "'25:00' is not a time; use HH:MM, 24-hour (e.g. 18:30)",
         "type": "value_error"}
    ]  # fmt: skip
    assert client.post("/api/v1/events", json={"name": "X", "on": "soon"}).status_code == 422
    assert client.post("/api/v1/events", json={"name": "X", "on": PAST, "goal": 0}).status_code == (
        422
    )
    assert client.get("/api/v1/events/9").json() == {"detail": "no event with id 9"}
    assert client.get("/api/v1/events/9").status_code == 404
    assert client.post("/api/v1/events/9/people", json={"contact_ids": [ana]}).status_code == 404
    assert client.post("/api/v1/tasks/9/done").status_code == 404
    assert client.get("/api/v1/tasks?event_id=9").status_code == 404
    assert client.get("/api/v1/tasks?contact_id=99").status_code == 404
    client.post("/api/v1/events", json={"name": "Mixer", "on": COMING})
    early = client.post("/api/v1/events/1/people", json={"contact_ids": [ana]})
    assert early.status_code == 422
    assert early.json()["detail"][0]["loc"] == ["path", "event_id"]
    refused = client.patch("/api/v1/events/1", json={"status": "attended"})
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["body", "status"]
    missing = client.post("/api/v1/events", json={"name": "Y", "on": PAST}).json()["id"]
    nobody = client.post(f"/api/v1/events/{missing}/people", json={"contact_ids": [ana, 999]})
    assert nobody.status_code == 404
    assert client.get("/api/v1/tasks").json() == []  # nothing was written


def test_the_pages_main_path(client: TestClient) -> None:
    _person(client, "Ana Lee")
    _person(client, "Bo Chen")
    assert 'href="/events"' in client.get("/").text
    assert "Nothing planned yet." in client.get("/events").text
    new = client.get("/events/new")
    assert new.status_code == 200 and "“Set a goal (meet 3 people)” (seeds/002)" in new.text
    fields = {"name": "AI Summit", "on": PAST, "format": "conference", "series": "AI Summits",
              "goal": "2"}  # fmt: skip
    made = form(client, "/events/new", fields, follow_redirects=False)
    assert made.status_code == 303 and made.headers["location"] == "/events/1"
    listing = client.get("/events").text
    assert "AI Summit" in listing and "0 of 2" in listing
    page = client.get("/events/1").text
    assert "“24 hours: Send connection requests with personalized messages” (seeds/002)" in page
    recorded = form(client, "/events/1/people", {"contacts": "Ana, Bo Chen", "note": "evals"},
                    follow_redirects=False)  # fmt: skip
    assert recorded.status_code == 303
    page = client.get("/events/1").text
    assert "met 2" in page and page.count('action="/tasks/') == 6
    assert "follow-up" in client.get("/").text
    done = form(client, "/tasks/1/done", {}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/events/1#follow-ups"
    assert client.get("/events/1").text.count('action="/tasks/') == 5


def test_the_add_form_flags_every_invalid_field_at_once(client: TestClient) -> None:
    bad = {"name": "", "on": "someday", "start": "7pm", "size": "lots", "goal": "0"}
    response = form(client, "/events/new", bad)
    assert response.status_code == 422
    flagged = alerts(response.text)
    assert set(flagged) == {"name", "on", "start", "size", "goal"}, flagged
    assert not OPTION.search(response.text.split("<main", 1)[-1]), "a CLI option on the page"
    assert client.get("/api/v1/events").json() == []


def test_the_event_page_says_what_went_wrong(client: TestClient) -> None:
    _person(client, "Ana Lee")
    form(client, "/events/new", {"name": "Mixer", "on": COMING})
    early = form(client, "/events/1/status", {"status": "attended"})
    assert early.status_code == 422 and "mark it attended on or after that day" in early.text
    form(client, "/events/new", {"name": "Summit", "on": PAST})
    unknown = form(client, "/events/2/people", {"contacts": "Nobody Known"})
    assert unknown.status_code == 422 and "no contact matches" in unknown.text
    # beside the form that was sent, with what was typed still in it
    assert 'id="m-error" role="alert">no contact matches' in unknown.text
    assert 'value="Nobody Known"' in unknown.text and 'aria-invalid="true"' in unknown.text
    empty = form(client, "/events/2/people", {"contacts": " , "})
    assert empty.status_code == 422 and "name at least one person you met" in empty.text
    crowd = form(client, "/events/2/people", {"contacts": ",".join(["Ana"] * 101)})
    assert crowd.status_code == 422 and "101 people; record at most 100 at once" in crowd.text
    assert client.get("/events/99").status_code == 404
    assert form(client, "/events/99/people", {"contacts": "Ana"}).status_code == 404
    assert form(client, "/tasks/99/done", {}).status_code == 404
    assert client.get("/events/x").status_code == 404
