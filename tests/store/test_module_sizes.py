"""The store is kept in modules by use, each small enough to read at once (house style:
most modules under ~400 lines); the contact repository is one class over several."""

from __future__ import annotations

from pathlib import Path

import netgarden.store

STORE = Path(netgarden.store.__file__).parent
MOST = 400


def test_no_store_module_is_over_400_lines() -> None:
    sizes = {
        str(path.relative_to(STORE)): len(path.read_text(encoding="utf-8").splitlines())
        for path in STORE.rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > MOST} == {}


def test_the_contact_repository_keeps_every_method_in_one_place() -> None:
    from netgarden.store.contacts import ContactRepo

    for name in ("insert", "listing", "page", "agenda_states", "duplicate_candidates"):
        assert callable(getattr(ContactRepo, name))
