"""The Templates page and the draft page: list, show, copy, edit with a preview that marks
placeholders; a draft for a contact shows what is missing, and logs once it is filled."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import form


def _person(client: TestClient, name: str) -> int:
    return int(client.post("/api/v1/contacts", json={"name": name}).json()["id"])


def test_list_show_copy_and_edit(client: TestClient) -> None:
    listed = client.get("/templates")
    assert listed.status_code == 200 and 'href="/templates/mentor"' in listed.text
    shown = client.get("/templates/join-group").text
    assert 'Mind if I join you? I&#39;m <mark class="placeholder">[Your name]</mark>.' in shown
    assert "seeds/002" in shown and "Make it yours" in shown
    copied = form(client, "/templates/join-group/copy", {"key": "join-mine"},
                  follow_redirects=False)  # fmt: skip
    assert copied.status_code == 303 and copied.headers["location"] == "/templates/join-mine"
    taken = form(client, "/templates/join-group/copy", {"key": "join-mine"})
    assert taken.status_code == 422 and 'id="e-key"' in taken.text and "exists" in taken.text
    body = "Hi all, I'm [Your name] from [team]."
    fields = {"name": "Join", "purpose": "", "asks": "nothing", "body": body}
    saved = form(client, "/templates/join-mine", fields)
    assert saved.status_code == 200 and '<mark class="placeholder">[team]</mark>' in saved.text
    empty = form(client, "/templates/join-mine", {"name": "Join", "asks": "nothing", "body": " "})
    assert empty.status_code == 422 and 'id="e-body"' in empty.text
    preview = client.get("/templates/preview", params={"body": "Hi [Name] & co"}).text
    assert '<mark class="placeholder">[Name]</mark> &amp; co' in preview
    assert form(client, "/templates/join-mine/delete", {}).status_code == 200
    assert client.get("/templates/join-mine").status_code == 404


def test_draft_marks_the_missing_then_logs(client: TestClient) -> None:
    ana = _person(client, "Ana Lee")
    page = client.get(f"/draft?contact={ana}&key=join-group")
    assert page.status_code == 200
    assert '<mark class="placeholder missing">[Your name]</mark>' in page.text
    assert 'name="set:Your name"' in page.text and "Still to fill" in page.text
    refused = form(client, "/draft/log", {"contact": str(ana), "key": "join-group"})
    assert refused.status_code == 422 and 'id="e-set:Your name"' in refused.text
    assert "is not filled; give it a value" in refused.text
    assert client.get(f"/api/v1/contacts/{ana}").json()["touches"] == []
    preview = client.get("/draft/preview", params={"contact": str(ana), "key": "join-group",
                                                   "set:Your name": "Sam"}).text  # fmt: skip
    assert "Mind if I join you? I&#39;m Sam." in preview and "Ready to send" in preview
    logged = form(client, "/draft/log", {"contact": str(ana), "key": "join-group",
                                         "set:Your name": "Sam", "via": "email"})  # fmt: skip
    assert logged.status_code == 200 and "Logged as an email to" in logged.text
    assert "touch #1" in logged.text
    [touch] = client.get(f"/api/v1/contacts/{ana}").json()["touches"]
    assert (touch["kind"], touch["direction"]) == ("email", "out")
    unknown = client.get("/draft?contact=Nobody+Atall&key=cold")
    assert unknown.status_code == 200 and "no contact matches" in unknown.text


def test_draft_links_from_contact_and_event_pages(client: TestClient) -> None:
    ana = _person(client, "Ana Lee")
    assert f'href="/draft?contact={ana}"' in client.get(f"/contacts/{ana}").text
    event = client.post("/api/v1/events", json={"name": "Summit", "on": "2026-11-01"}).json()
    client.post(f"/api/v1/events/{event['id']}/people", json={"contact_ids": [ana]})
    page = client.get(f"/events/{event['id']}").text
    assert f"/draft?contact={ana}&amp;event={event['id']}&amp;key=follow-up" in page
