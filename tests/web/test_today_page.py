"""Today's lines: grouped with the week's focus first, one shared action bar instead of a
form per line, and a toast with Undo after a log or a snooze that really takes it back."""

from __future__ import annotations

import datetime as dt
import re

from fastapi.testclient import TestClient

from tests.web.conftest import form
from tests.web.test_pages import add

HX = {"HX-Request": "true"}
LONG_AGO = (dt.date.today() - dt.timedelta(days=100)).isoformat()


def undo_form(fragment: str) -> tuple[str, dict[str, str]]:
    found = re.search(r'<form class="toast-undo" method="post" action="([^"]+)"(.*?)</form>',
                      fragment, re.S)  # fmt: skip
    assert found is not None, fragment
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', found.group(2)))
    fields.pop("csrf_token", None)
    return found.group(1), fields


def test_one_shared_action_bar_not_a_form_per_line(client: TestClient) -> None:
    for i in range(5):
        add(client, name=f"Person {i}", circle="inner", met_on=LONG_AGO)
    page = client.get("/").text
    assert page.count('class="agenda-item reason-') == 5
    assert page.count('name="note"') == 1 and page.count('action="/touches"') == 1
    assert 'id="action-bar"' in page and "Overdue" in page


def test_the_weeks_focus_comes_first(client: TestClient) -> None:
    add(client, name="Over Olga", circle="inner", met_on=LONG_AGO)
    soon = dt.date.today() + dt.timedelta(days=2)
    add(client, name="Birthday Bea", circle="outer", birthday=f"1990-{soon:%m-%d}",
        met_on=dt.date.today().isoformat())  # fmt: skip
    page = client.get("/").text
    assert page.index("This week&#39;s focus") < page.index("Birthday Bea") < page.index("Overdue")
    assert page.index("Overdue") < page.index("Over Olga")


def test_a_log_answers_with_the_line_and_a_toast_whose_undo_deletes_the_touch(
    client: TestClient,
) -> None:
    ada = add(client, circle="inner", met_on=LONG_AGO)
    fields = {"contact_id": str(ada), "kind": "coffee", "note": "evals", "row": f"item-{ada}"}
    logged = form(client, "/touches", fields, headers=HX)
    assert logged.status_code == 200
    assert f'id="item-{ada}" role="status">Logged coffee with' in logged.text
    assert 'id="toasts" hx-swap-oob="beforeend"' in logged.text and ">Undo</button>" in logged.text
    assert len(client.get(f"/api/v1/contacts/{ada}").json()["touches"]) == 1
    url, undo = undo_form(logged.text)
    undone = form(client, url, undo, headers=HX)
    assert undone.status_code == 200 and "Took back the touch with Ada Lovelace." in undone.text
    assert f'id="item-{ada}"' in undone.text  # the line is back, as it was
    assert client.get(f"/api/v1/contacts/{ada}").json()["touches"] == []
    again = form(client, url, undo, headers=HX)
    assert again.status_code == 404


def test_a_snooze_answers_with_a_toast_whose_undo_lifts_it(client: TestClient) -> None:
    ada = add(client, circle="inner", met_on=LONG_AGO)
    snoozed = form(client, f"/contacts/{ada}/snooze", {"days": "7"}, headers=HX)
    until = dt.date.today() + dt.timedelta(days=7)
    assert f"Snoozed Ada Lovelace until {until.day} {until:%b} {until.year}." in snoozed.text
    assert f'id="item-{ada}"' not in client.get("/").text
    url, undo = undo_form(snoozed.text)
    assert (url, undo) == (f"/contacts/{ada}/unsnooze", {"until": until.isoformat()})
    lifted = form(client, url, undo, headers=HX)
    assert "Ada Lovelace is back on the agenda." in lifted.text
    assert f'id="item-{ada}"' in client.get("/").text
    bad = form(client, url, {"until": "someday"}, headers=HX)
    assert bad.status_code == 422 and "until" in bad.text


def test_a_row_name_from_the_form_is_only_ever_a_line_id(client: TestClient) -> None:
    ada = add(client, circle="inner", met_on=LONG_AGO)
    fields = {"contact_id": str(ada), "kind": "call", "row": '"><script>x</script>'}
    logged = form(client, "/touches", fields, headers=HX)
    assert f'id="item-{ada}"' in logged.text and "<script>x" not in logged.text
