"""Career resilience on the API and the pages (issue 16): the call list's JSON fields,
companies, job changes, a contact's status; bad input answers 422 beside its field."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import form


def test_the_call_list_api_has_exactly_the_issue_s_fields(client: TestClient) -> None:
    client.post("/api/v1/companies", json={"name": "Acme", "target": True, "hiring": "no"})
    sam = client.post("/api/v1/contacts", json={"name": "Sam", "company": "ACME",
                                                 "status": "laid-off",
                                                 "status_on": "2026-10-01"}).json()  # fmt: skip
    assert (sam["status"], sam["status_on"]) == ("laid-off", "2026-10-01")
    client.post("/api/v1/contacts", json={"name": "Nora", "company": "acme"})
    found = client.get("/api/v1/call-list", params={"role": "Product Manager"}).json()
    assert found["contacts"] == [
        {"contact_id": 2, "name": "Nora", "company": "acme", "class": "not-hiring",
         "reason": found["contacts"][0]["reason"]},
        {"contact_id": 1, "name": "Sam", "company": "ACME", "class": "support",
         "reason": "laid-off since 2026-10-01: offer support"},
    ]  # fmt: skip
    assert found["contacts"][0]["reason"].startswith("Acme is not hiring (checked ")
    summary = found["summary"]
    assert summary["counts"]["support"] == 1 and summary["total"] == 2
    assert summary["unreached_targets"] == [{"company": "Acme"}]
    assert summary["switched_share_seen"] == 0.1


def test_companies_api_checks_values_by_field(client: TestClient) -> None:
    bad = client.post("/api/v1/companies", json={"name": "Acme", "hiring": "maybe",
                                                  "type": "bank"})  # fmt: skip
    assert bad.status_code == 422
    locs = [e["loc"] for e in bad.json()["detail"]]
    assert ["body", "hiring"] in locs and ["body", "type"] in locs
    assert client.get("/api/v1/companies").json() == []
    made = client.post("/api/v1/companies", json={"name": "Acme", "hiring_for": "PMs"}).json()
    assert (made["hiring"], made["hiring_for"], made["people"]) == ("yes", "PMs", 0)
    detail = client.get(f"/api/v1/companies/{made['id']}").json()
    assert detail["people_there"] == [] and detail["opportunities"] == []
    assert client.get("/api/v1/companies/99").status_code == 404


def test_changes_api_and_pages(client: TestClient) -> None:
    assert client.get("/api/v1/changes").json() == []
    assert client.post("/api/v1/changes/5/accept").status_code == 404
    assert client.get("/api/v1/changes", params={"state": "maybe"}).status_code == 422
    assert "No pending job changes." in client.get("/changes").text


def test_the_contact_page_career_card_saves_and_says_what_is_wrong(client: TestClient) -> None:
    ada = client.post("/api/v1/contacts", json={"name": "Ada", "company": "Acme"}).json()["id"]
    client.patch(f"/api/v1/contacts/{ada}", json={"company": "Beta"})
    page = client.get(f"/contacts/{ada}").text
    assert 'id="role-history"' in page and "Acme" in page.split('id="role-history"')[1]
    wrong = form(client, f"/contacts/{ada}/career", {"status": "fired"})
    assert wrong.status_code == 422 and "is not accepted" in wrong.text
    saved = form(client, f"/contacts/{ada}/career",
                 {"status": "open-to-work", "status_on": "2026-11-01",
                  "preferred_channel": "email", "hiring_manager_for": ""},
                 follow_redirects=False)  # fmt: skip
    assert saved.status_code == 303
    got = client.get(f"/api/v1/contacts/{ada}").json()
    assert (got["status"], got["status_on"], got["preferred_channel"]) == (
        "open-to-work", "2026-11-01", "email"
    )  # fmt: skip


def test_the_companies_page_form(client: TestClient) -> None:
    wrong = form(client, "/companies", {"name": "Acme", "size": "huge"})
    assert wrong.status_code == 422 and "is not a size band" in wrong.text
    made = form(client, "/companies", {"name": "Acme", "hiring": "yes", "target": "yes"},
                follow_redirects=False)  # fmt: skip
    assert made.status_code == 303
    page = client.get(made.headers["location"]).text
    assert "target company" in page and "Hiring" in page
    assert "Acme" in client.get("/companies").text and "Career" in client.get("/call-list").text


def test_the_import_page_says_how_many_job_changes_to_review(client: TestClient) -> None:
    from tests.conftest import FIXTURES
    from tests.web.test_import_page import pending, preview

    folder = FIXTURES / "career"
    for step in ("before", "after"):
        data = (folder / step / "Connections.csv").read_bytes()
        shown = preview(client, data, "Connections.csv", fmt="linkedin")
        if step == "after":
            assert "<strong>1</strong> job change to review" in shown.text
        done = form(client, "/import/confirm", {"token": pending(shown)})
    assert '<a href="/changes">review them</a>' in done.text
    [change] = client.get("/api/v1/changes").json()
    assert (change["new_company"], change["old_company"]) == ("Northwind", "Lumina")
    accepted = client.post(f"/api/v1/changes/{change['id']}/accept").json()
    assert accepted["state"] == "accepted"
    today = client.get("/").text
    assert "new role at Northwind — congratulate" in today
