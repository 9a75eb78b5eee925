"""The dashboard as an overview: circles against their targets, touches per week, response
rate, value given against asked, overdue per circle; every figure links to the people
behind it on /contacts, which filters by that figure."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from netgarden.domain.values import CIRCLE_TARGETS


def _people(client: TestClient) -> dict[str, int]:
    ids = {}
    for name, circle in (("Ann Inner", "inner"), ("Mo Middle", "middle"), ("Oz Outer", "outer")):
        ids[name] = int(client.post("/api/v1/contacts", json={"name": name, "circle": circle})
                        .json()["id"])  # fmt: skip
    return ids


def test_the_dashboard_shows_each_figure_with_its_link(client: TestClient) -> None:
    ids = _people(client)
    today = dt.date.today()
    post = client.post
    post(f"/api/v1/contacts/{ids['Ann Inner']}/touches", json={"kind": "coffee"})
    post(f"/api/v1/contacts/{ids['Mo Middle']}/ledger", json={"type": "ask", "kind": "advice"})
    page = client.get("/dashboard").text
    for circle, target in CIRCLE_TARGETS.items():
        assert f'href="/contacts?circle={circle.value}"' in page and f"<td>{target}</td>" in page
    monday = today - dt.timedelta(days=today.weekday())
    assert (
        f'href="/contacts?week={monday}"' in page
        and page.split('id="weeks"')[1].count("/contacts?week=") == 12
    )
    assert 'href="/contacts?ledger=ask"' in page and 'href="/contacts?ledger=give"' in page
    assert "/contacts?circle=outer&amp;due=1" in page
    assert "no replies recorded yet" in page
    assert "chart-4.6.1" not in page  # drawn by the server: no 210 KB library on the page


def test_the_figures_link_through_to_the_people_behind_them(client: TestClient) -> None:
    ids = _people(client)
    today = dt.date.today()
    client.post(f"/api/v1/contacts/{ids['Ann Inner']}/touches", json={"kind": "coffee"})
    old = (today - dt.timedelta(days=30)).isoformat()
    client.post(f"/api/v1/contacts/{ids['Oz Outer']}/touches", json={"kind": "call", "on": old})
    client.post(
        f"/api/v1/contacts/{ids['Mo Middle']}/ledger", json={"type": "ask", "kind": "advice"}
    )
    monday = today - dt.timedelta(days=today.weekday())
    week = client.get("/contacts", params={"week": monday.isoformat()}).text
    assert "Ann Inner" in week and "Oz Outer" not in week and "Mo Middle" not in week
    asked = client.get("/contacts", params={"ledger": "ask"}).text
    assert "Mo Middle" in asked and "Ann Inner" not in asked and "From the dashboard" in asked
    inner = client.get("/contacts", params={"circle": "inner"}).text
    assert "Ann Inner" in inner and "Oz Outer" not in inner


def test_a_bad_figure_filter_says_what_to_give(client: TestClient) -> None:
    for params, says in (({"week": "soon"}, "is not a date"),
                         ({"ledger": "steal"}, "give, receive, ask")):  # fmt: skip
        response = client.get("/contacts", params=params)
        assert response.status_code in (400, 422) and says in response.text
        assert "Traceback" not in response.text
