"""The pages offer the domain's lists and ranges (one source of truth per list)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from netgarden.domain.ledger import KINDS
from netgarden.domain.preferences import PREFERENCES
from netgarden.domain.values import Circle, TouchKind
from tests.web.conftest import form


def _options(html: str, select_id: str) -> list[str]:
    select = re.search(rf'<select id="{select_id}"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None, select_id
    return [v for v in re.findall(r'<option value="([^"]*)"', select[1]) if v]


def test_the_settings_page_ranges_are_the_preferences(client: TestClient) -> None:
    html = client.get("/settings").text
    for pref in PREFERENCES:
        field = re.search(rf'<input id="s-{pref.key}"[^>]*>', html)
        assert field is not None, pref.key
        assert f'min="{pref.minimum}" max="{pref.maximum}"' in field[0]


def test_the_pages_offer_the_domain_lists(client: TestClient) -> None:
    assert _options(client.get("/contacts/new").text, "f-circle") == [c.value for c in Circle]
    response = form(client, "/contacts/new", {"name": "Ada Lovelace"}, follow_redirects=True)
    timeline = client.get(f"{response.url.path}?tab=timeline").text
    assert _options(timeline, "t-kind") == [k.value for k in TouchKind]
    value = client.get(f"{response.url.path}?tab=value").text
    assert _options(value, "l-kind") == list(KINDS)
