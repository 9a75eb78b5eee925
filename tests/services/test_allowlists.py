"""``show --json`` and every export write the fields they name, no other: a column added to
contacts later (a private note, an owner) must not leak by default."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from netgarden.cli.render import LIST_JSON, SEARCH_JSON, SHOW_JSON, TOUCH_JSON
from netgarden.domain.views import ContactView
from netgarden.services import contacts as contacts_service
from netgarden.services import exporting
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import open_database
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY, Cli

SECRET = "SECRET-7f3a"


@pytest.fixture
def grown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Contacts as they may grow: columns no writer names, holding a secret."""
    made = contacts_service.contact_view

    def with_new_columns(*args: Any, **kwargs: Any) -> ContactView:
        view = made(*args, **kwargs)
        extra = {"private_note": SECRET, "owner_email": f"{SECRET}@example.org"}
        return dataclasses.replace(view, fields={**view.fields, **extra})

    monkeypatch.setattr(contacts_service, "contact_view", with_new_columns)
    monkeypatch.setattr(exporting, "contact_view", with_new_columns)


@pytest.fixture
def filled(db_path: Path) -> Path:
    database = open_database(db_path)
    with database.transaction() as unit:
        ada = add_contact(
            unit,
            ContactInput(name="Ada Lovelace", company="Engines", notes="likes looms",
                         emails=["ada@example.org"], birthday="1815-12-10", circle="inner"),
            NOW, TODAY,
        )  # fmt: skip
        log_touch(unit, [ada], TouchInput("coffee", note="engines"), NOW, TODAY)
    database.close()
    return db_path


def test_show_json_writes_the_allowlist(filled: Path, grown: None) -> None:
    shown = json.loads(Cli(filled)("show", "1", "--json").stdout)
    assert list(shown) == list(SHOW_JSON)
    assert [list(t) for t in shown["touches"]] == [list(TOUCH_JSON)]
    assert SECRET not in json.dumps(shown)
    assert shown["notes"] == "likes looms" and shown["company"] == "Engines"


def test_list_and_search_json_write_their_allowlists(filled: Path, grown: None) -> None:
    cli = Cli(filled)
    assert [list(row) for row in json.loads(cli("list", "--json").stdout)] == [list(LIST_JSON)]
    hits = json.loads(cli("search", "looms", "--json").stdout)
    assert [list(hit) for hit in hits] == [list(SEARCH_JSON)]


@pytest.mark.parametrize(
    ("fmt", "version"), [("csv", "4.0"), ("vcard", "4.0"), ("vcard", "3.0"), ("ics", "4.0")]
)
def test_an_export_writes_only_the_fields_it_names(
    filled: Path, grown: None, fmt: str, version: str
) -> None:
    database = open_database(filled)
    with database.transaction() as unit:
        data = exporting.export_network(unit, fmt, None, version, TODAY)
    database.close()
    assert data is not None and b"Ada Lovelace" in data
    assert SECRET.encode() not in data


def test_the_markdown_export_writes_only_the_fields_it_names(
    filled: Path, grown: None, tmp_path: Path
) -> None:
    database = open_database(filled)
    with database.transaction() as unit:
        files = exporting.markdown_files(unit, TODAY)
    database.close()
    assert "likes looms" in files["People/Ada Lovelace.md"]
    assert not any(SECRET in text for text in files.values())


def _with_secret(value: Any) -> Any:
    """``value`` as a later version may hold it: the same dataclass with one more field."""
    cls = type(value)
    grown_cls = dataclasses.make_dataclass(
        f"Grown{cls.__name__}", [("private_note", str, SECRET)], bases=(cls,), frozen=True
    )
    return grown_cls(**{f.name: getattr(value, f.name) for f in dataclasses.fields(value)})


def test_the_other_json_outputs_write_their_allowlists(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dupes, ledger, intro list and suggest intros --json name their fields too."""
    import datetime as dt

    from netgarden.cli.render import DUPES_JSON, INTRO_JSON, LEDGER_JSON, SUGGESTION_JSON
    from netgarden.domain.suggestions import Suggestion
    from netgarden.services import introductions, ledger, merge, suggestions
    from netgarden.services.introductions import IntroView
    from netgarden.services.ledger import LedgerRow
    from netgarden.services.merge import DuplicatePair

    report = ledger.ledger_report
    pair = DuplicatePair(1, "Ada Lovelace", 2, "Ada Byron", "same name", 90)
    row = LedgerRow(1, 1, "give", "advice", None, TODAY)
    intro = IntroView(1, 1, "Ada", 2, "Bo", "evals", "made", None, TODAY - dt.timedelta(days=30))
    idea = Suggestion(1, "Ada", 2, "Bo", 0.5, "engines")
    monkeypatch.setattr(merge, "duplicate_pairs", lambda unit: [_with_secret(pair)])
    monkeypatch.setattr(
        ledger,
        "ledger_report",
        lambda *a: dataclasses.replace(report(*a), entries=[_with_secret(row)]),
    )
    monkeypatch.setattr(introductions, "introductions", lambda unit: [_with_secret(intro)])
    monkeypatch.setattr(suggestions, "suggest_intros", lambda unit, n: [_with_secret(idea)])
    cli = Cli(filled)
    outputs = {
        DUPES_JSON: cli.json("dupes"),
        LEDGER_JSON: cli.json("ledger")["entries"],
        INTRO_JSON: cli.json("intro", "list"),
        SUGGESTION_JSON: cli.json("suggest", "intros"),
    }
    for allowlist, written in outputs.items():
        assert [list(one) for one in written] == [list(allowlist)]
        assert SECRET not in json.dumps(written)
