"""Issue 11: after a write, the agenda and the kept pages looked at lately are computed
again in the background, at the new version, so the next visit reads them instead of
computing; what was not looked at lately is left alone, and a newer write stops the work
on the older version."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from netgarden.services.refresher import Refresher
from netgarden.services.snapshots import Snapshots

API = "/api/v1"


def _settled(client: TestClient) -> Refresher:
    refresher: Refresher = client.app.state.refresher  # type: ignore[attr-defined]
    assert refresher.idle.wait(30), "the background computation did not finish"
    return refresher


def test_a_write_computes_what_was_looked_at_again_before_the_next_visit(
    client: TestClient,
) -> None:
    state = client.app.state  # type: ignore[attr-defined]
    ada = client.post(f"{API}/contacts", json={"name": "Ada", "title": "CEO"}).json()["id"]
    for url in ("/", "/reviews", "/introductions"):
        assert client.get(url).status_code == 200
    refresher = _settled(client)
    agenda, results, before = state.agenda.computed, state.results.computed, refresher.refreshed
    bo = {"name": "Bo Chief", "circle": "inner", "met_on": "2020-01-01"}  # overdue: on Today
    bo_id = client.post(f"{API}/contacts", json=bo).json()["id"]
    client.post(f"{API}/introductions", json={"a_id": ada, "b_id": bo_id, "why": "both CEOs"})
    _settled(client)
    # the agenda, the reviews and the introductions, each once at the newest version (a
    # computation of the version between the two writes is allowed: it was under way)
    assert 3 <= refresher.refreshed - before <= 6
    agenda, results = state.agenda.computed, state.results.computed
    board, today = client.get("/introductions").text, client.get("/").text
    assert "Bo Chief" in board and "Bo Chief" in today  # fresh: the writes are seen
    assert "both CEOs" in board
    assert (state.agenda.computed, state.results.computed) == (agenda, results)  # kept


def test_what_was_not_looked_at_lately_is_not_computed_again(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    client.get("/reviews")
    monkeypatch.setattr(Refresher, "WITHIN_S", 0.0)
    state = client.app.state  # type: ignore[attr-defined]
    results = state.results.computed
    client.post(f"{API}/contacts", json={"name": "Ada"})
    assert _settled(client).refreshed == 0
    assert state.results.computed == results


def test_a_newer_version_coming_stops_the_refresh(client: TestClient) -> None:
    kept = Snapshots()
    database = client.app.state.database  # type: ignore[attr-defined]
    calls: list[str] = []
    with database.transaction(write=False) as unit:
        kept.get(unit, "a", lambda u: calls.append("a"))
        kept.get(unit, "b", lambda u: calls.append("b"))
    client.post(f"{API}/contacts", json={"name": "Ada"})  # a new version
    with database.transaction(write=False) as unit:
        assert kept.refresh(unit, 60, stop=lambda: len(calls) >= 3) == 1
    assert calls == ["a", "b", "b"]  # the latest asked first, then stopped


def test_only_the_few_last_asked_are_computed_again(client: TestClient) -> None:
    kept = Snapshots()
    database = client.app.state.database  # type: ignore[attr-defined]
    calls: list[str] = []
    with database.transaction(write=False) as unit:
        for what in "abcdef":
            kept.get(unit, what, lambda u, w=what: calls.append(w))
    client.post(f"{API}/contacts", json={"name": "Ada"})  # a new version
    calls.clear()
    with database.transaction(write=False) as unit:
        assert kept.refresh(unit, 60, stop=lambda: False, most=2) == 2
    assert calls == ["f", "e"]
