"""Quick capture on the Today page and the API: the day the text names, several people at
one touch, a choice (never a guess) when a name fits several contacts, errors beside the
field, and a page that says what was logged."""

from __future__ import annotations

import datetime as dt
import re

from fastapi.testclient import TestClient

from tests.web.conftest import form

HTMX = {"HX-Request": "true"}


def make(client: TestClient, name: str, company: str | None = None) -> int:
    body = {"name": name, **({"company": company} if company else {})}
    return int(client.post("/api/v1/contacts", json=body).json()["id"])


def touches(client: TestClient, contact_id: int) -> list[dict[str, object]]:
    return client.get(f"/api/v1/contacts/{contact_id}").json()["touches"]  # type: ignore[no-any-return]


def group(page: str, index: int) -> str:
    found = re.search(rf"<fieldset[^>]*>(?:(?!</fieldset>).)*name=\"person-{index}\".*?</fieldset>",
                      page, re.S)  # fmt: skip
    assert found is not None, page
    return found.group(0)


def test_yesterday_is_logged_yesterday_and_the_page_says_what_was_logged(
    client: TestClient,
) -> None:
    jordan = make(client, "Jordan Lee")
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    line = {"text": "lunch with Jordan yesterday about mentoring"}
    proposal = form(client, "/capture", line, headers=HTMX).text
    assert f'value="{yesterday}"' in proposal and 'value="mentoring"' in proposal
    assert re.search(rf'value="{jordan}" checked', group(proposal, 0))  # the one Jordan
    fields = {**line, "person-0": str(jordan), "kind": "coffee", "on": yesterday,
              "note": "mentoring"}  # fmt: skip
    done = form(client, "/capture/confirm", fields, headers=HTMX)
    assert done.status_code == 200
    assert f"Logged coffee with Jordan Lee on {yesterday}." in done.text
    [touch] = touches(client, jordan)
    assert (touch["on"], touch["kind"], touch["note"]) == (yesterday, "coffee", "mentoring")
    page = form(client, "/capture/confirm", fields)  # without JavaScript: a whole page
    assert "<html" in page.text and f"Logged coffee with Jordan Lee on {yesterday}." in page.text


def test_several_people_are_one_touch_with_all_of_them(client: TestClient) -> None:
    sam, elena = make(client, "Sam Okafor"), make(client, "Elena Petrov")
    line = {"text": "call with Sam and Elena"}
    proposal = form(client, "/capture", line, headers=HTMX).text
    assert "Sam Okafor" in group(proposal, 0) and "Elena Petrov" in group(proposal, 1)
    fields = {**line, "person-0": str(sam), "person-1": str(elena), "kind": "call", "on": ""}
    done = form(client, "/capture/confirm", fields, headers=HTMX)
    assert f"Logged call with Sam Okafor and Elena Petrov on {dt.date.today()}." in done.text
    [touch] = touches(client, sam)
    assert touch["with"] == ["Elena Petrov"]


def test_an_ambiguous_name_makes_the_user_choose(client: TestClient) -> None:
    lee, cruz = make(client, "Sam Lee", "Acme"), make(client, "Sam Cruz", "Beta")
    line = {"text": "coffee with Sam"}
    proposal = form(client, "/capture", line, headers=HTMX).text
    choices = group(proposal, 0)
    assert "Sam Lee (Acme)" in choices and "Sam Cruz (Beta)" in choices
    assert "checked" not in choices and "selected" not in choices  # no guess
    unchosen = form(client, "/capture/confirm", {**line, "kind": "coffee"}, headers=HTMX)
    assert unchosen.status_code == 422
    beside = group(unchosen.text, 0)
    assert 'id="e-person-0"' in beside and "Choose who “Sam” is." in beside
    forged = form(client, "/capture/confirm", {**line, "kind": "coffee", "person-0": "999"})
    assert forged.status_code == 422 and "Choose who “Sam” is." in forged.text
    assert touches(client, lee) == [] and touches(client, cruz) == []
    chosen = form(client, "/capture/confirm", {**line, "kind": "coffee",
                                               "person-0": str(cruz)}, headers=HTMX)  # fmt: skip
    assert "Logged coffee with Sam Cruz" in chosen.text
    assert touches(client, lee) == [] and len(touches(client, cruz)) == 1


def test_a_bad_day_is_shown_beside_the_date_and_logs_nothing(client: TestClient) -> None:
    jo = make(client, "Jo March")
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    proposal = form(client, "/capture", {"text": f"coffee with Jo on {future}"}, headers=HTMX)
    assert 'id="e-occurred_on"' in proposal.text and "is in the future" in proposal.text
    fields = {"text": "coffee with Jo", "person-0": str(jo), "kind": "coffee", "on": future}
    refused = form(client, "/capture/confirm", fields, headers=HTMX)
    assert refused.status_code == 422 and 'id="e-occurred_on"' in refused.text
    assert f'value="{future}"' in refused.text and touches(client, jo) == []
    nobody = form(client, "/capture", {"text": "coffee about evals"}, headers=HTMX)
    assert "Say who it was with" in nobody.text and "Confirm" not in nobody.text
    rambling = form(client, "/capture", {"text": "coffee with Jo " * 500}, headers=HTMX)
    assert "say it in 2,000 or fewer" in rambling.text
    blank = form(client, "/capture/confirm", {"text": " ", "kind": "coffee"}, headers=HTMX)
    assert blank.status_code == 422 and "Type what happened" in blank.text


def test_the_api_proposes_and_never_guesses(client: TestClient) -> None:
    lee, cruz = make(client, "Sam Lee"), make(client, "Sam Cruz")
    jordan = make(client, "Jordan Lee")
    found = client.post("/api/v1/capture", json={"text": "lunch with Jordan and Sam yesterday"})
    assert found.status_code == 200
    body = found.json()
    assert body["on"] == (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert body["kind"] == "coffee" and body["confirmable"] is True
    first, second = body["people"]
    assert (first["said"], first["contact_id"]) == ("Jordan", jordan)
    assert second["contact_id"] is None
    assert {c["id"] for c in second["candidates"]} == {lee, cruz}
    blank = client.post("/api/v1/capture", json={"text": "   "})
    assert blank.status_code == 422 and blank.json()["detail"][0]["loc"] == ["body", "text"]
    assert client.get("/api/v1/contacts/1").json()["touches"] == []
