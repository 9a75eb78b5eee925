"""Repositories answer typed rows (NamedTuples, table objects, plain values), never
``Row[Any]`` or ``Any`` that callers would unpack by position."""

from __future__ import annotations

import inspect

import pytest

from netgarden.services.database import Database
from netgarden.store.bulk import BulkLoader
from netgarden.store.contacts import ContactRepo
from netgarden.store.ledger import LedgerRepo
from netgarden.store.network import NetworkRepo
from netgarden.store.preferences import PreferenceRepo
from netgarden.store.rows import AgendaState, ContactBrief
from netgarden.store.search import SqliteSearchIndex
from netgarden.store.touches import TouchRepo
from tests.conftest import NOW, TODAY

REPOSITORIES = [
    ContactRepo,
    TouchRepo,
    LedgerRepo,
    NetworkRepo,
    PreferenceRepo,
    SqliteSearchIndex,
    BulkLoader,
]
# an import matches on columns its caller names: the row's shape is the caller's
UNTYPED = {"ContactRepo.match_index"}


@pytest.mark.parametrize("repo", REPOSITORIES, ids=lambda r: r.__name__)
def test_no_public_method_answers_any_or_a_bare_row(repo: type) -> None:
    loose = []
    for name, method in inspect.getmembers(repo, inspect.isfunction):
        answer = str(inspect.signature(method).return_annotation)
        if name.startswith("_") or f"{repo.__name__}.{name}" in UNTYPED:
            continue
        if "Any" in answer or "Row[" in answer:
            loose.append(f"{name} -> {answer}")
    assert loose == []


def test_rows_are_named(database: Database) -> None:
    from netgarden.services.contacts import ContactInput, add_contact

    with database.transaction() as unit:
        ada = add_contact(unit, ContactInput(name="Ada", circle="inner"), NOW, TODAY)
        [brief] = unit.contacts.by_name("ada")
        assert isinstance(brief, ContactBrief) and (brief.id, brief.name) == (ada, "Ada")
        [state] = unit.contacts.agenda_states(TODAY)
        assert isinstance(state, AgendaState) and state.circle == "inner" and state.year == 0
