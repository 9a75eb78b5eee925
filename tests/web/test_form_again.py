"""One way a page's form hears of its mistakes: the route names its form page first, and the
app's error handler shows that page again (422) with the message beside the field. No page
route catches a user error itself."""

from __future__ import annotations

import ast
import html
from pathlib import Path

from fastapi.testclient import TestClient

from netgarden.web import pages
from tests.conftest import FIXTURES
from tests.web.conftest import form, token

PAGES = Path(pages.__file__).parent
USER_ERRORS = {"UserError", "InvalidValue", "InvalidValues", "ValueError", "FormatError",
               "UnknownContact", "AmbiguousContact", "ContactLookupError"}  # fmt: skip


def _caught(handler: ast.ExceptHandler) -> set[str]:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return {k.id if isinstance(k, ast.Name) else ast.unparse(k) for k in kinds if k is not None}


def test_no_page_route_catches_a_user_error_itself() -> None:
    local = [
        f"{path.name}:{node.lineno} except {sorted(_caught(node) & USER_ERRORS)}"
        for path in sorted(PAGES.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ExceptHandler) and _caught(node) & USER_ERRORS
    ]
    assert not local, local


def test_a_proposal_naming_nobody_shows_the_board_again_with_what_was_typed(
    client: TestClient,
) -> None:
    client.post("/api/v1/contacts", json={"name": "Ada Lovelace"})
    typed = {"a": "Ada Lovelace", "b": "Nobody Atall", "why": "both like engines"}
    response = form(client, "/introductions", typed)
    assert response.status_code == 422
    page = html.unescape(response.text)
    assert 'id="state-proposed"' in page, "the board is shown again"
    assert 'value="Nobody Atall"' in page and 'value="both like engines"' in page
    assert 'class="error" role="alert">no contact matches' in page.replace(
        "No contact", "no contact"
    )


def test_an_unknown_ledger_type_is_a_field_error_of_the_ledger_form(client: TestClient) -> None:
    ada = client.post("/api/v1/contacts", json={"name": "Ada Lovelace"}).json()["id"]
    response = form(client, f"/contacts/{ada}/ledger", {"type": "steal", "kind": "intro"})
    assert response.status_code == 422 and "type: choose give, receive or ask" in response.text
    assert 'id="ledger"' in response.text or "Ledger" in response.text  # the contact page


def test_a_form_on_a_contact_that_is_gone_says_so(client: TestClient) -> None:
    response = form(client, "/contacts/999/ledger", {"type": "steal"})
    assert response.status_code == 404 and "no contact with id 999" in response.text


def test_a_column_map_mistake_is_located_at_the_map_field_in_the_api(client: TestClient) -> None:
    """The API's form field for the column map is ``map``, as on the page."""
    custom = (FIXTURES / "custom-columns.csv").read_bytes()
    response = client.post(
        "/api/v1/import",
        data={"format": "csv", "map": "Full Name"},
        files={"files": ("people.csv", custom, "text/csv")},
        headers={"X-CSRF-Token": token(client)},
    )
    assert response.status_code == 422
    assert [item["loc"] for item in response.json()["detail"]] == [["body", "map"]]
