"""Issue 11: the pages that run everyone's reviews (reviews, triage, the network's
clusters, introduction suggestions, a matrix point, the dashboard) compute them once per
data version: a second visit reads what was kept, and any write (here another
connection's, as another process would) makes the next visit compute again.
``Snapshots`` itself: one computation for requests that ask at once, and a failed one
leaves the next request to compute."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from netgarden.services.database import Database
from netgarden.services.snapshots import Snapshots

API = "/api/v1"
PAGES = ("/reviews", "/triage", "/network", "/introductions/suggestions",
         "/reviews/matrix?influence=5&accessibility=1", "/dashboard")  # fmt: skip


def _computed(client: TestClient) -> int:
    return int(client.app.state.results.computed)  # type: ignore[attr-defined]


def test_the_review_pages_compute_once_per_data_version(client: TestClient) -> None:
    # counted here: what the requests compute; the background computation after this
    # server's own writes (tests/web/test_refresher.py) would add to the count whenever a
    # busy machine let it run (after the other connection's write: 4 more)
    client.app.state.refresher.close()  # type: ignore[attr-defined]
    client.post(f"{API}/contacts", json={"name": "Ada", "title": "CEO"})
    for url in PAGES:
        assert client.get(url).status_code == 200, url
    first = _computed(client)
    assert first == 6  # reviews (the matrix point reads it), triage, clusters, graph,
    # suggestions, the dashboard
    for url in PAGES:
        client.get(url)
    assert _computed(client) == first  # kept
    settings = client.app.state.settings  # type: ignore[attr-defined]
    other = Database.open(settings)  # another connection, as another process writes
    try:
        from netgarden.services.contacts import ContactInput, add_contact
        from netgarden.web import deps

        with other.transaction() as unit:
            add_contact(unit, ContactInput(name="Bo Chief", title="CEO"), deps.now(), deps.today())
    finally:
        other.close()
    page = client.get("/reviews/matrix", params={"influence": 5, "accessibility": 1}).text
    assert "Bo Chief" in page and "Ada" in page  # computed again: the write is seen
    assert _computed(client) == first + 1
    board = client.get("/dashboard").text
    assert _computed(client) == first + 2
    assert "2 people ·" in board  # Ada and Bo: counted again


def test_snapshots_compute_once_for_requests_at_once_and_after_a_failure() -> None:
    kept = Snapshots(size=2)
    calls: list[int] = []

    def slow() -> str:
        calls.append(1)
        time.sleep(0.2)
        return "done"

    answers: list[str] = []
    threads = [threading.Thread(target=lambda: answers.append(kept.get_by_key("k", slow)))
               for _ in range(4)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == ["done"] * 4 and len(calls) == 1 and kept.computed == 1

    def failing() -> str:
        raise RuntimeError("broken")

    with pytest.raises(RuntimeError):
        kept.get_by_key("other", failing)
    assert kept.get_by_key("other", lambda: "second") == "second"  # not stuck
    kept.get_by_key("third", lambda: "x")
    assert kept.peek("k") is None and kept.peek("third") == "x"  # the oldest let go (size 2)


def test_a_result_peeked_at_is_the_last_used() -> None:
    kept = Snapshots(size=2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.peek("a") == 1  # a is now the last used: b goes first
    kept.put("c", 3)
    assert (kept.peek("a"), kept.peek("b"), kept.peek("c")) == (1, None, 3)
