"""The agenda after a write is computed once while other requests for the same snapshot
wait (issue 18: eight clients right after a write made eight computations)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

import netgarden.services.agenda as agenda_service
from netgarden.services.agenda import AgendaCache
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import open_database
from tests.conftest import NOW, TODAY


def _slow_agenda(monkeypatch: pytest.MonkeyPatch, fail_first: bool = False) -> list[int]:
    calls: list[int] = []
    real = agenda_service.agenda

    def slow(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        time.sleep(0.3)  # long enough for every other thread to ask meanwhile
        if fail_first and len(calls) == 1:
            raise RuntimeError("the first computation failed")
        return real(*args, **kwargs)

    monkeypatch.setattr(agenda_service, "agenda", slow)
    return calls


def _ask_at_once(db: Path, cache: AgendaCache, clients: int) -> list[Any]:
    database = open_database(db)
    answers: list[Any] = []
    barrier = threading.Barrier(clients)

    def client() -> None:
        with database.transaction(write=False) as unit:
            barrier.wait()
            try:
                answers.append(cache.get(unit, TODAY))
            except RuntimeError as error:
                answers.append(error)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    database.close()
    return answers


def _one_contact(db: Path) -> None:
    database = open_database(db)
    with database.transaction() as unit:
        add_contact(unit, ContactInput(name="Ada", circle="inner"), NOW, TODAY)
    database.close()


def test_eight_clients_after_a_write_make_one_computation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _one_contact(tmp_path / "a.db")
    calls = _slow_agenda(monkeypatch)
    cache = AgendaCache()
    answers = _ask_at_once(tmp_path / "a.db", cache, 8)
    assert len(calls) == 1 and cache.computed == 1
    assert all(answer is answers[0] for answer in answers)


def test_when_the_one_computing_fails_the_others_compute_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _one_contact(tmp_path / "a.db")
    calls = _slow_agenda(monkeypatch, fail_first=True)
    answers = _ask_at_once(tmp_path / "a.db", AgendaCache(), 3)
    assert sum(isinstance(answer, RuntimeError) for answer in answers) == 1
    computed = [a for a in answers if not isinstance(a, RuntimeError)]
    assert len(computed) == 2 and all(isinstance(a, list) for a in computed)
    assert len(calls) >= 2
