"""Calendars, mailboxes and chats through the web: the import page and the API (issue #17)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import FIXTURES
from tests.web.conftest import token
from tests.web.test_import_page import field_error

FILES = FIXTURES / "files"


def contacts(client: TestClient) -> None:
    for name, email in (("Bob Stone", "bob@example.com"), ("Alice Wong", "alice@example.com")):
        response = client.post("/api/v1/contacts", json={"name": name, "emails": [email]})
        assert response.status_code == 201, response.text


def test_the_api_imports_a_calendar_with_the_users_addresses(client: TestClient) -> None:
    contacts(client)
    data = (FILES / "weekly-one-cancelled.ics").read_bytes()
    files = {"files": ("calendar.ics", data, "text/calendar")}
    answer = client.post("/api/v1/import", files=files, data={"me_emails": "me@example.com"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["touches"] == 7
    assert body["touches_per_person"] == {"Bob Stone (#1)": 7}
    assert body["cadence_clocks_reset"] == 1
    assert body["left_out"] == {"meetings: cancelled": 1}
    again = client.post("/api/v1/import", files=files).json()
    assert again["touches"] == 0  # the addresses were kept; nothing new


def test_the_api_asks_for_the_users_addresses_by_field(client: TestClient) -> None:
    data = (FILES / "outreach-then-reply.mbox").read_bytes()
    answer = client.post("/api/v1/import", files={"files": ("mail.mbox", data, "text/plain")})
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert error["loc"][-1] == "me_emails" and "--" not in error["msg"]
    bad = client.post(
        "/api/v1/import",
        files={"files": ("mail.mbox", data, "text/plain")},
        data={"me_emails": "not-an-address"},
    )
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][-1] == "me_emails"


def test_the_import_page_previews_a_mailbox_and_asks_for_the_addresses(
    client: TestClient,
) -> None:
    contacts(client)
    data = (FILES / "outreach-then-reply.mbox").read_bytes()
    files = {"files": ("mail.mbox", data, "text/plain")}
    missing = client.post("/import/preview", data={"csrf_token": token(client)}, files=files)
    assert missing.status_code == 422
    assert "me_emails" in field_error(missing.text, "me_emails")
    shown = client.post(
        "/import/preview",
        data={"csrf_token": token(client), "me_emails": "me@example.com"},
        files=files,
    )
    assert shown.status_code == 200, shown.text
    assert "<strong>2</strong> touches" in shown.text
    assert "Touches from your files" in shown.text
    assert "<td>Alice Wong (#2)</td><td>2</td>" in shown.text
