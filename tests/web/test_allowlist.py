"""The API publishes an allowlist: each answer holds the fields its schema names, so a column
or attribute added to a row later (a private note, an owner) does not leak by default.

Each service a route reads is wrapped so that every row it returns carries a ``private_note``
(as an attribute, a key of a mapping, or a column of a contact's fields); no answer may hold
it. The service is patched where the route imports it from (found in the route's source)."""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient

SECRET = "private-note-3f9a"


def leaky(row: Any) -> Any:
    """The row with one field more than anyone published."""
    if isinstance(row, dict):
        return {**row, "private_note": SECRET}
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        extra = {name: getattr(row, name) for name in dir(type(row)) if not name.startswith("_")}
        fields = {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
        return SimpleNamespace(**{**extra, **fields}, private_note=SECRET)
    return row


def deep(value: Any) -> Any:
    """Every row (and every row's rows) a service answered, made leaky."""
    if isinstance(value, list):
        return [deep(leaky(v)) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        made = leaky(value)
        for name, inner in vars(made).items():
            if isinstance(inner, list | dict) and name != "private_note":
                setattr(made, name, deep(inner))
        if isinstance(getattr(made, "fields", None), dict):
            made.fields = {**made.fields, "private_note": SECRET}
        return made
    return value


SERVICES = {  # route module → the service functions it reads rows from
    "contacts": ["browse", "show_contact"],
    "network": ["known_by", "suggest_intros", "focused_graph"],
    "introductions": ["introductions"],
    "today": ["network_stats"],
    "touches": ["propose"],
}


def where_imported(route_module: str, name: str) -> str:
    source = importlib.import_module(f"netgarden.web.api.{route_module}").__file__ or ""
    text = Path(source).read_text(encoding="utf-8")
    found = re.search(rf"from (netgarden\.services[\w.]*) import [^\n]*\b{name}\b", text)
    assert found, f"api/{route_module}.py does not import {name} from a service"
    return found.group(1)


@pytest.fixture
def leaking(monkeypatch: pytest.MonkeyPatch) -> None:
    for route_module, names in SERVICES.items():
        for name in names:
            module = importlib.import_module(where_imported(route_module, name))
            real: Callable[..., Any] = getattr(module, name)

            def wrapped(*args: Any, _real: Callable[..., Any] = real, **kwargs: Any) -> Any:
                answer = _real(*args, **kwargs)
                if hasattr(answer, "rows"):  # a page of rows
                    return dataclasses.replace(answer, rows=deep(answer.rows))
                return deep(answer)

            monkeypatch.setattr(module, name, wrapped)


def test_leaky_rows_really_carry_the_secret() -> None:
    @dataclasses.dataclass(frozen=True)
    class Row:
        id: int
        nodes: list[dict[str, str]]

    made = deep(Row(1, [{"id": "1"}]))
    assert made.private_note == SECRET and made.nodes[0]["private_note"] == SECRET


@pytest.mark.usefixtures("leaking")
def test_no_answer_publishes_a_field_its_schema_does_not_name(client: TestClient) -> None:
    ada = client.post("/api/v1/contacts", json={"name": "Ada Lovelace", "circle": "inner",
                                                "help_them": "hiring"}).json()["id"]  # fmt: skip
    bo = client.post("/api/v1/contacts", json={"name": "Bo Tanaka", "title": "recruiter",
                                               "circle": "inner"}).json()["id"]  # fmt: skip
    client.post(f"/api/v1/contacts/{ada}/links", json={"other_id": bo, "how": "work"})
    client.post("/api/v1/introductions", json={"a_id": ada, "b_id": bo})
    answers = {
        url: client.get(url)
        for url in [
            "/api/v1/contacts", f"/api/v1/contacts/{ada}", f"/api/v1/contacts/{ada}/links",
            "/api/v1/suggestions/intros", f"/api/v1/graph?center={ada}", "/api/v1/graph",
            "/api/v1/introductions", "/api/v1/stats",
        ]
    }  # fmt: skip
    answers["capture"] = client.post("/api/v1/capture", json={"text": "coffee with Ada"})
    for url, answer in answers.items():
        assert answer.status_code == 200, (url, answer.text)
        assert SECRET not in answer.text, f"{url} published a field no schema names"
    assert "Ada Lovelace" in answers[f"/api/v1/graph?center={ada}"].text  # rows were read
