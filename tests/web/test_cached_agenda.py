"""The dashboard and /api/v1/stats count overdue and lapsed people from the app's cached
agenda: visiting Today, the dashboard and the stats computes the agenda once until the
database changes, and the counts are those of a fresh computation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient

import netgarden.services.agenda as agenda_service

LONG_AGO = (dt.date.today() - dt.timedelta(days=900)).isoformat()


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per computation of an agenda."""
    calls: list[int] = []
    real = agenda_service.build_agenda

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(agenda_service, "build_agenda", counting)
    return calls


def people(client: TestClient) -> None:
    """Lapsed ties (more than the agenda suggests) and someone overdue, in two circles."""
    for number in range(6):
        person = {"name": f"Old Friend {number}", "circle": "outer", "met_on": LONG_AGO}
        made = client.post("/api/v1/contacts", json=person)
        touched = (dt.date.today() - dt.timedelta(days=760 + number)).isoformat()
        client.post(f"/api/v1/contacts/{made.json()['id']}/touches",
                    json={"kind": "coffee", "on": touched})  # fmt: skip
    client.post("/api/v1/contacts", json={"name": "Ada", "circle": "inner", "met_on": LONG_AGO})


def test_today_dashboard_and_stats_share_one_computation(
    client: TestClient, computed: list[int]
) -> None:
    # the requests' own computations are counted: nothing in the background after writes
    # (tests/web/test_refresher.py)
    client.app.state.refresher.close()  # type: ignore[attr-defined]
    people(client)
    computed.clear()
    for url in ("/", "/dashboard", "/api/v1/stats", "/api/v1/agenda", "/dashboard", "/"):
        assert client.get(url).status_code == 200, url
    assert len(computed) == 1, f"the agenda was computed {len(computed)} times"
    client.post("/api/v1/contacts", json={"name": "Bo"})  # a change: computed afresh
    client.get("/dashboard")
    assert len(computed) == 2


def test_the_cached_counts_are_a_fresh_computations(client: TestClient) -> None:
    from netgarden.services.stats import network_stats

    people(client)
    client.get("/")  # the cache now holds today's agenda
    database = client.app.state.database  # type: ignore[attr-defined]
    with database.transaction() as unit:
        fresh = network_stats(unit, dt.date.today())
    answer = client.get("/api/v1/stats").json()
    assert answer["overdue_by_circle"] == fresh.overdue_by_circle
    assert answer["overdue_by_circle"]["outer"] == 6  # every lapsed tie, not the few shown
    agenda = client.get("/api/v1/agenda", params={"limit": 100}).json()
    assert sum(item["reason"] == "lapsed" for item in agenda) == 3  # lapsed_limit


def test_one_computation_cut_to_the_few_lapsed_is_the_agenda(client: TestClient) -> None:
    from netgarden.services.agenda import agenda, few_lapsed
    from netgarden.services.generate import generate_network

    database = client.app.state.database  # type: ignore[attr-defined]
    today = dt.date.today()
    with database.transaction() as unit:
        generate_network(unit, contacts=150, touches=600, seed=7, end=today)
    with database.transaction() as unit:
        most = unit.preferences().lapsed_limit
        for as_of in (today, today + dt.timedelta(days=200), today + dt.timedelta(days=900)):
            every = agenda(unit, as_of, limit=None, every_lapsed=True)
            assert sum(i.reason.value == "lapsed" for i in every) > most  # a cut happens
            assert few_lapsed(every, most) == agenda(unit, as_of, limit=None)
