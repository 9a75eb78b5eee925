"""The contact page in tabs: a header above Overview, Timeline, Network and Value, each a real
link (``?tab=``) and an HTMX panel; editing one section at a time through the edit service,
a mistake beside its field in that section's form."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import form

HX = {"HX-Request": "true"}


def _ada(client: TestClient) -> int:
    person = {"name": "Ada Lovelace", "company": "Analytical", "title": "Engineer",
              "phones": ["+44 20 7946 0018"], "emails": ["ada@example.org"],
              "birthday": "1815-12-10", "how_met": "At a salon", "help_them": "Funding",
              "notes": "Likes *engines*", "circle": "middle"}  # fmt: skip
    ada = int(client.post("/api/v1/contacts", json=person).json()["id"])
    client.post(f"/api/v1/contacts/{ada}/touches", json={"kind": "coffee", "note": "flat white"})
    return ada


def test_the_header_and_the_overview_show_without_the_other_tabs(client: TestClient) -> None:
    ada = _ada(client)
    page = client.get(f"/contacts/{ada}").text
    header, panel = page.split('role="tabpanel"')
    assert "Ada Lovelace" in header and "Engineer at Analytical" in header
    assert 'href="tel:+442079460018"' in header and "mailto:ada@example.org" in header
    assert "10 December 1815" in header and 'role="meter"' in header and "every 90 days" in header
    assert "At a salon" in panel and "Funding" in panel and "<em>engines</em>" in panel
    assert "flat white" in panel and "Open tasks" in panel
    assert "Warm paths" not in page and "Value exchanged" not in page  # read when opened
    assert page.count('role="tab"') == 4 and 'aria-selected="true"' in page


def test_every_tab_is_a_link_and_a_panel(client: TestClient) -> None:
    ada = _ada(client)
    for tab, shows in (("timeline", "Log a touch"), ("network", "Warm paths to Ada"),
                       ("value", "Value exchanged"), ("overview", "Open tasks")):  # fmt: skip
        full = client.get(f"/contacts/{ada}", params={"tab": tab})
        assert full.status_code == 200 and shows in full.text
        assert f'id="tab-{tab}" href="/contacts/{ada}?tab={tab}"' in full.text
        panel = client.get(f"/contacts/{ada}/tabs/{tab}", headers=HX)
        assert panel.status_code == 200 and shows in panel.text
        assert panel.text.lstrip().startswith('<div role="tabpanel"') and "<html" not in panel.text


def test_an_unknown_tab_says_which_there_are(client: TestClient) -> None:
    ada = _ada(client)
    for url in (f"/contacts/{ada}?tab=gossip", f"/contacts/{ada}/tabs/gossip"):
        response = client.get(url)
        assert response.status_code in (400, 422)
        assert "overview, timeline, network, value" in response.text
        assert "Traceback" not in response.text


def test_a_section_opens_as_a_small_form_and_saves_only_its_fields(client: TestClient) -> None:
    ada = _ada(client)
    editing = client.get(f"/contacts/{ada}/sections/help?edit=1", headers=HX).text
    assert 'name="help_them"' in editing and 'name="name"' not in editing
    wanted = {"help_them": "Intro to Babbage", "help_me": "Maths"}
    saved = form(client, f"/contacts/{ada}/sections/help", wanted, headers=HX)
    assert saved.status_code == 200 and "Intro to Babbage" in saved.text
    assert 'hx-swap-oob="beforeend"' in saved.text and "Saved helping each other." in saved.text
    after = client.get(f"/api/v1/contacts/{ada}").json()
    assert after["help_them"] == "Intro to Babbage" and after["help_me"] == "Maths"
    assert after["how_met"] == "At a salon" and after["company"] == "Analytical"  # untouched
    assert after["phones"] and after["emails"] == ["ada@example.org"]


def test_a_section_saves_without_javascript_too(client: TestClient) -> None:
    ada = _ada(client)
    assert 'name="how_met"' in client.get(f"/contacts/{ada}?edit=met").text
    response = form(client, f"/contacts/{ada}/sections/met", {"how_met": "A ball",
                    "met_on": "1990-06-05", "met_at": ""}, follow_redirects=False)  # fmt: skip
    assert response.status_code == 303 and response.headers["location"].endswith("#met")
    after = client.get(f"/api/v1/contacts/{ada}").json()
    assert after["how_met"] == "A ball" and after["met_on"] == "1990-06-05"


def test_a_mistake_shows_beside_its_field_in_the_section_kept(client: TestClient) -> None:
    ada = _ada(client)
    bad = {"name": "Ada Lovelace", "birthday": "1815-13-45", "company": "Typed Co",
           "circle": "middle", "emails": "ada@example.org"}  # fmt: skip
    response = form(client, f"/contacts/{ada}/sections/details", bad, headers=HX)
    assert response.status_code == 422
    text = response.text
    assert 'id="e-birthday"' in text and 'aria-invalid="true"' in text
    assert 'value="Typed Co"' in text and "<html" not in text  # the section only, as typed
    assert client.get(f"/api/v1/contacts/{ada}").json()["company"] == "Analytical"
    page = form(client, f"/contacts/{ada}/sections/details", bad)  # without JavaScript
    assert page.status_code == 422 and 'id="e-birthday"' in page.text and "<html" in page.text


def test_the_details_section_saves_the_header(client: TestClient) -> None:
    ada = _ada(client)
    values = {"name": "Ada King", "company": "Analytical", "title": "Countess", "circle": "inner",
              "every": "", "emails": "ada@example.org", "phones": "+44 20 7946 0018",
              "tags": "maths", "birthday": "1815-12-10", "linkedin": "", "location": "London",
              "industry": "", "function": "", "seniority": ""}  # fmt: skip
    saved = form(client, f"/contacts/{ada}/sections/details", values, headers=HX)
    assert saved.status_code == 200 and "Ada King" in saved.text and "circle-inner" in saved.text
    after = client.get(f"/api/v1/contacts/{ada}").json()
    assert after["name"] == "Ada King" and after["tags"] == ["maths"]
    assert after["how_met"] == "At a salon"  # another section's field stays


def test_an_unknown_section_is_not_found(client: TestClient) -> None:
    ada = _ada(client)
    assert client.get(f"/contacts/{ada}/sections/secrets").status_code == 404
    assert form(client, f"/contacts/{ada}/sections/secrets", {"x": "1"}).status_code == 404


def test_the_whole_form_is_one_link_away_and_its_mistakes_stay_there(
    client: TestClient,
) -> None:
    ada = _ada(client)
    assert 'name="seniority"' in client.get(f"/contacts/{ada}/edit").text
    response = form(client, f"/contacts/{ada}", {"name": "Ada", "met_on": "someday"})
    assert response.status_code == 422 and 'id="e-met_on"' in response.text
    assert 'value="someday"' in response.text


def test_the_ledger_and_touch_forms_answer_on_their_tabs(client: TestClient) -> None:
    ada = _ada(client)
    done = form(client, f"/contacts/{ada}/ledger", {"type": "give", "kind": "introduction"},
                follow_redirects=False)  # fmt: skip
    assert "tab=value" in done.headers["location"]
    wrong = form(client, f"/contacts/{ada}/ledger", {"type": "steal"})
    assert wrong.status_code == 422 and 'aria-labelledby="tab-value"' in wrong.text
    late = form(client, f"/contacts/{ada}/touches", {"kind": "call", "on": "2999-01-01"})
    assert late.status_code == 422 and 'aria-labelledby="tab-timeline"' in late.text


def test_the_warm_paths_come_after_the_network_tab_and_are_kept_until_a_write(
    client: TestClient,
) -> None:
    """Issue 18: the network tab shows at once and asks for its warm paths (HTMX, or a link
    without JavaScript); they are read once and kept until the workspace changes."""
    ada = _ada(client)
    cy = int(
        client.post("/api/v1/contacts", json={"name": "Cy Chen", "circle": "inner"}).json()["id"]
    )
    client.post(f"/api/v1/contacts/{cy}/touches", json={"kind": "coffee"})
    form(client, f"/contacts/{cy}/links", {"other": "Ada Lovelace", "strength": "strong"})
    cache = client.app.state.paths  # type: ignore[attr-defined]
    tab = client.get(f"/contacts/{ada}?tab=network").text
    assert f'hx-get="/contacts/{ada}/paths" hx-trigger="load"' in tab
    assert f'href="/contacts/{ada}?tab=network&amp;paths=1#warm-paths"' in tab
    assert "Cy Chen → Ada Lovelace" not in tab and cache.computed == 0
    panel = client.get(f"/contacts/{ada}/paths", headers=HX)
    assert panel.status_code == 200 and "<html" not in panel.text
    assert "Warm paths to Ada Lovelace" in panel.text and "Cy Chen → Ada Lovelace" in panel.text
    assert "hx-get" not in panel.text and cache.computed == 1
    inline = client.get(f"/contacts/{ada}", params={"tab": "network", "paths": "1"}).text
    assert "Cy Chen → Ada Lovelace" in inline and cache.computed == 1  # kept
    client.post(f"/api/v1/contacts/{cy}/touches", json={"kind": "call"})
    assert "Cy Chen → Ada Lovelace" in client.get(f"/contacts/{ada}/paths").text
    assert cache.computed == 2  # a write: read again
    assert client.get("/contacts/99999/paths").status_code == 404
