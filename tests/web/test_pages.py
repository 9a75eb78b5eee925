"""Pages in process: forms, HTMX fragments, CSRF, validation beside the field, escaping."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import form, token

PAGES = [
    "/", "/contacts", "/contacts/new", "/dashboard", "/import", "/export", "/settings",
    "/introductions", "/network",
]  # fmt: skip


def add(client: TestClient, **fields: str) -> int:
    response = form(
        client, "/contacts/new", {"name": "Ada Lovelace", **fields}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert '<main id="main">' in response.text and 'lang="en"' in response.text


def test_forms_need_the_csrf_token(client: TestClient) -> None:
    assert client.post("/contacts/new", data={"name": "Ada"}).status_code == 403
    assert (
        client.post("/contacts/new", data={"name": "Ada", "csrf_token": "forged"}).status_code
        == 403
    )
    assert client.get("/api/v1/contacts").json() == []


def test_add_contact_and_see_it(client: TestClient) -> None:
    contact_id = add(
        client, company="Engines", emails="ada@example.com", circle="inner", tags="ai, math"
    )
    page = client.get(f"/contacts/{contact_id}").text
    assert "Ada Lovelace" in page and "every 30 days" in page and "ada@example.com" in page


def test_a_bad_value_is_shown_beside_its_field(client: TestClient) -> None:
    response = form(client, "/contacts/new", {"name": "Ada", "birthday": "1990-02-30"})
    assert response.status_code == 422
    field = re.search(r'<div class="field invalid">.*?</div>', response.text, re.S)
    assert field is not None and 'name="birthday"' in field.group(0)
    assert "is not a birthday" in field.group(0) and 'value="1990-02-30"' in field.group(0)
    assert client.get("/api/v1/contacts").json() == []


def test_log_a_touch_from_the_agenda_with_and_without_htmx(client: TestClient) -> None:
    long_ago = (dt.date.today() - dt.timedelta(days=100)).isoformat()
    contact_id = add(client, circle="inner", met_on=long_ago)
    assert f'id="item-{contact_id}"' in client.get("/").text
    fields = {"contact_id": str(contact_id), "kind": "coffee", "note": "evals"}
    fragment = form(client, "/touches", fields, headers={"HX-Request": "true"})
    assert fragment.status_code == 200 and "Logged coffee with" in fragment.text
    assert "<html" not in fragment.text
    assert f'id="item-{contact_id}"' not in client.get("/").text
    plain = form(
        client, "/touches", {"contact_id": str(contact_id), "kind": "call"}, follow_redirects=False
    )
    assert plain.status_code == 303 and plain.headers["location"] == "/"


def test_quick_capture_proposes_then_logs(client: TestClient) -> None:
    add(client, name="Priya Raman")
    proposal = form(
        client,
        "/capture",
        {"text": "coffee with Priya about evals"},
        headers={"HX-Request": "true"},
    )
    assert 'value="coffee" selected' in proposal.text
    assert "Priya Raman" in proposal.text and 'value="evals"' in proposal.text
    unknown = form(client, "/capture", {"text": "call with Zed"}, headers={"HX-Request": "true"})
    assert "No contact matches" in unknown.text


def test_contacts_search_filter_and_paging(client: TestClient) -> None:
    for i in range(55):
        form(
            client,
            "/contacts/new",
            {"name": f"Person {i:02d}", "circle": "outer" if i % 2 else "none"},
        )
    first = client.get("/contacts").text
    assert "55 contacts" in first and "Page 1 of 2" in first
    assert "Person 54" in client.get("/contacts?page=2").text
    assert "28 contacts" in client.get("/contacts?circle=none").text
    results = client.get(
        "/contacts?q=person+07", headers={"HX-Request": "true", "HX-Target": "results"}
    ).text
    assert "Person 07" in results and "<html" not in results


def test_contact_page_timeline_edit_and_markdown(client: TestClient) -> None:
    contact_id = add(client, notes="**bold** and [a link](https://example.com)")
    form(client, f"/contacts/{contact_id}/touches", {"kind": "call", "note": "roadmap"})
    page = client.get(f"/contacts/{contact_id}").text
    assert "<strong>bold</strong>" in page and 'rel="noopener noreferrer nofollow"' in page
    timeline = client.get(f"/contacts/{contact_id}?tab=timeline").text
    assert "roadmap" in page and "roadmap" in timeline and "1 touch" in timeline
    bad = form(client, f"/contacts/{contact_id}/touches", {"kind": "lunch"})
    assert bad.status_code == 422 and "kind: " in bad.text and "--kind" not in bad.text
    edited = form(
        client,
        f"/contacts/{contact_id}",
        {"name": "Ada King", "circle": "middle"},
        follow_redirects=False,
    )
    assert edited.status_code == 303
    assert "Ada King" in client.get(f"/contacts/{contact_id}").text


def test_import_preview_then_confirm(client: TestClient, corpus: Path) -> None:
    data = (corpus / "csv/linkedin/Connections_2024_synthetic.csv").read_bytes()
    preview = client.post("/import/preview", data={"csrf_token": token(client)},
                          files={"files": ("Connections.csv", data, "text/csv")})  # fmt: skip
    assert preview.status_code == 200 and "Preview: nothing is written yet" in preview.text
    assert client.get("/api/v1/contacts").json() == []
    found = re.search(r'name="token" value="([^"]+)"', preview.text)
    assert found is not None
    done = form(client, "/import/confirm", {"token": found.group(1)})
    assert "Imported" in done.text and "<strong>6</strong> created" in done.text
    assert len(client.get("/api/v1/contacts").json()) == 6
    assert "expired" in form(client, "/import/confirm", {"token": found.group(1)}).text


def test_settings_page_saves_and_validates(client: TestClient) -> None:
    assert "Saved." in form(client, "/settings", {"cadence_inner": "21"}).text
    assert client.get("/api/v1/settings").json()["cadence_inner"] == 21
    bad = form(client, "/settings", {"cadence_inner": "0"})
    assert bad.status_code == 422 and "out of range" in bad.text


PAYLOADS = ['<script>alert("x")</script>', '<img src=x onerror="alert(1)">']


class Elements(HTMLParser):
    """Every element the browser would build: (tag, attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []  # the text of each inline script
        self.inline = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))
        self.inline = tag == "script" and "src" not in dict(attrs)

    def handle_endtag(self, tag: str) -> None:
        self.inline = False

    def handle_data(self, data: str) -> None:
        if self.inline:
            self.scripts.append(data)


# the one script written into pages (issue 11: the theme is set before the first paint)
THEME = (Path(__file__).parents[2] / "src/netgarden/web/static/theme.js").read_text()


def assert_inert(html: str, where: str) -> None:
    parser = Elements()
    parser.feed(html)
    for tag, attrs in parser.found:
        assert not [a for a in attrs if a.startswith("on")], f"{where}: <{tag} {attrs}>"
        if tag == "script" and attrs.get("src") is not None:
            assert (attrs.get("src") or "").startswith("/static/"), f"{where}: foreign script"
        assert not (tag == "img" and attrs.get("src") == "x"), f"{where}: injected <img>"
    inline = sum(1 for tag, attrs in parser.found if tag == "script" and "src" not in attrs)
    assert parser.scripts == [THEME] * inline, f"{where}: an inline script other than the theme's"


def test_user_text_is_inert_on_every_page(client: TestClient) -> None:
    long_ago = (dt.date.today() - dt.timedelta(days=400)).isoformat()
    ids = []
    for payload in PAYLOADS:
        ids.append(add(client, name=f"{payload} Mallory", company=payload, notes=payload,
                       how_met=payload, circle="inner", met_on=long_ago, tags=payload))  # fmt: skip
        form(client, f"/contacts/{ids[-1]}/touches", {"kind": "call", "note": payload,
                                                      "on": long_ago})  # fmt: skip
    form(client, "/introductions", {"a": str(ids[0]), "b": str(ids[1]), "why": PAYLOADS[0]})
    form(client, f"/contacts/{ids[0]}/links", {"other": str(ids[1]), "how": PAYLOADS[1]})
    urls = [*PAGES, *(f"/contacts/{i}" for i in ids), "/contacts?q=mallory"]
    for url in urls:
        html = client.get(url).text
        assert "Mallory" in html or url in PAGES, url
        for payload in PAYLOADS:
            assert payload not in html, url
        assert_inert(html, url)
    fragment = form(
        client, "/capture", {"text": f"call with {PAYLOADS[1]}"}, headers={"HX-Request": "true"}
    )
    assert_inert(fragment.text, "capture")


def test_the_due_filter_keeps_to_people_due_now(client: TestClient) -> None:
    long_ago = (dt.date.today() - dt.timedelta(days=100)).isoformat()
    add(client, name="Due Dana", circle="inner", met_on=long_ago)
    add(client, name="Fresh Fred", circle="inner")
    add(client, name="Loose Lou")
    page = client.get("/contacts?due=1").text
    assert "Due Dana" in page and "Fresh Fred" not in page and "Loose Lou" not in page
    assert [c["name"] for c in client.get("/api/v1/contacts?due=true").json()] == ["Due Dana"]


def test_contact_page_shows_strength_and_the_ledger(client: TestClient) -> None:
    contact_id = add(client, circle="inner")
    form(client, f"/contacts/{contact_id}/touches", {"kind": "coffee"})
    done = form(client, f"/contacts/{contact_id}/ledger", {"type": "ask", "kind": "referral"},
                follow_redirects=False)  # fmt: skip
    assert done.status_code == 303
    page = client.get(f"/contacts/{contact_id}?tab=value").text
    assert 'id="strength-title"' in page and "Why " in page
    assert "asked 1" in page and "Asks outrun gives here" in page
    bad = form(client, f"/contacts/{contact_id}/ledger", {"type": "give", "kind": ""})
    assert bad.status_code == 422 and "give needs a kind" in bad.text


def test_today_marks_relationships_where_asks_outrun_gives(client: TestClient) -> None:
    long_ago = (dt.date.today() - dt.timedelta(days=100)).isoformat()
    contact_id = add(client, circle="inner", met_on=long_ago)
    form(client, f"/contacts/{contact_id}/ledger", {"type": "ask", "kind": "referral"})
    item = re.search(
        rf'<li class="agenda-item[^"]*" id="item-{contact_id}"[^>]*>.*?</li>',
        client.get("/").text,
        re.S,
    )
    assert item is not None and "give first" in item.group(0)


def test_network_panel_introductions_board_and_graph(client: TestClient) -> None:
    ada = add(client, name="Ada Lovelace")
    bo = add(client, name="Bo Brown", circle="inner")
    cy = add(client, name="Cy Chen", circle="inner")
    form(client, f"/contacts/{ada}/touches", {"kind": "coffee"})
    assert form(client, f"/contacts/{ada}/links", {"other": "Cy Chen", "strength": "strong"},
                follow_redirects=False).status_code == 303  # fmt: skip
    page = client.get(f"/contacts/{cy}?tab=network").text
    assert "Ada Lovelace" in page and "Warm paths to Cy Chen" in page
    bad = form(client, f"/contacts/{ada}/links", {"other": "Ada Lovelace"})
    assert bad.status_code == 422 and "cannot be linked to themselves" in bad.text
    form(client, "/introductions", {"a": "Ada Lovelace", "b": "Bo Brown", "why": "engines"})
    board = client.get("/introductions").text
    assert 'id="col-proposed"' in board and "engines" in board and "→ asked-a" in board
    form(client, "/introductions/1", {"state": "asked-a"})
    assert "→ asked-b" in client.get("/introductions").text
    assert form(client, "/introductions/1", {"state": "outcome"}).status_code == 422
    graph = client.get("/network", params={"circle": "inner"}).text  # everyone: by clusters
    assert 'id="graph"' in graph and "Bo Brown" in graph and "Cy Chen" in graph
    data = client.get("/api/v1/graph", params={"center": ada}).json()
    assert {n["label"] for n in data["nodes"]} >= {"Me", "Ada Lovelace", "Cy Chen"}
    assert {"source": str(ada), "target": str(cy), "strength": "strong"} in data["edges"] or {
        "source": str(cy), "target": str(ada), "strength": "strong"} in data["edges"]  # fmt: skip
    assert bo


def test_web_mistakes_get_a_clear_answer_and_write_nothing(client: TestClient) -> None:
    add(client, name="Ada Lovelace")
    empty_upload = client.post("/import/preview", data={"csrf_token": token(client)},
                               files={"files": ("", b"", "text/csv")})  # fmt: skip
    assert empty_upload.status_code == 422 and "Choose at least one file" in empty_upload.text
    blank = form(client, "/capture", {"text": "   "}, headers={"HX-Request": "true"})
    assert "Type what happened" in blank.text
    unknown = client.get("/network", params={"center": "Nobody Atall"})
    assert unknown.status_code == 404 and "no contact matches" in unknown.text
    intro = form(client, "/introductions", {"a": "Ada Lovelace", "b": "Nobody Atall"})
    assert intro.status_code == 422 and "no contact matches" in intro.text
    assert client.get("/api/v1/introductions").json() == []
    assert len(client.get("/api/v1/contacts").json()) == 1
