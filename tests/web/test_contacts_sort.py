"""Bug: on the contacts page a search was ranked by relevance while the Sort select said
"name" and offered no "relevance"; choosing "name" with a search still ranked. Now
"relevance" is offered (and chosen) only with a search, and "name" then sorts by name."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.web.conftest import form

RESULTS = {"HX-Request": "true", "HX-Target": "results"}


def _sort_select(html: str) -> tuple[list[tuple[str, str]], str]:
    """The Sort select's options (value, label) and the label of the one selected."""
    select = re.search(r'<select id="sort".*?</select>', html, re.S)
    assert select is not None
    options = re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select[0])
    chosen = [label for _, selected, label in options if selected]
    return [(value, label) for value, _, label in options], (chosen or [options[0][2]])[0]


def _add_people(client: TestClient) -> None:
    # "quasar" in the name ranks first; by name, Aaron comes first
    for name, notes in (("Zed Quasar", ""), ("Aaron Abbot", "quasar fan"), ("Mia Moss", "")):
        form(client, "/contacts/new", {"name": name, "notes": notes})


def test_a_search_is_sorted_by_relevance_and_the_select_says_so(client: TestClient) -> None:
    _add_people(client)
    page = client.get("/contacts?q=quasar").text
    options, chosen = _sort_select(page)
    assert chosen == "relevance" and ("relevance", "relevance") in options
    assert ("name", "name") in options  # with a search, "name" asks for the name order
    assert page.index("Zed Quasar") < page.index("Aaron Abbot")


def test_name_with_a_search_sorts_the_matches_by_name(client: TestClient) -> None:
    _add_people(client)
    page = client.get("/contacts?q=quasar&sort=name").text
    assert _sort_select(page)[1] == "name"
    assert page.index("Aaron Abbot") < page.index("Zed Quasar")
    assert "Mia Moss" not in page.split('<div id="results">')[1]


def test_without_a_search_relevance_is_not_offered(client: TestClient) -> None:
    _add_people(client)
    for url in ("/contacts", "/contacts?sort=relevance", "/contacts?q=+"):
        options, chosen = _sort_select(client.get(url).text)
        assert "relevance" not in [label for _, label in options] and chosen == "name"
        # the default: a search typed next (the form sends this value) is ranked
        assert ("", "name") in options


def test_typing_a_search_ranks_it_and_updates_the_select(client: TestClient) -> None:
    _add_people(client)
    # what the search box sends as the user types on /contacts: the select's value is ""
    results = client.get("/contacts?q=quasar&sort=&circle=", headers=RESULTS).text
    assert results.index("Zed Quasar") < results.index("Aaron Abbot")
    assert 'hx-swap-oob="true"' in results  # the select beside the results is replaced
    assert _sort_select(results)[1] == "relevance"


def test_the_api_ranks_a_search_unless_asked_otherwise(client: TestClient) -> None:
    _add_people(client)
    ranked = client.get("/api/v1/contacts", params={"q": "quasar"}).json()
    assert [c["name"] for c in ranked] == ["Zed Quasar", "Aaron Abbot"]
    by_name = client.get("/api/v1/contacts", params={"q": "quasar", "sort": "name"}).json()
    assert [c["name"] for c in by_name] == ["Aaron Abbot", "Zed Quasar"]
