"""The reviews' shared reads run on the bare ``sqlite3`` reader (services/read_only.py) and
answer exactly what they answer through SQLAlchemy: everyone's review facts, the health
review and the matrix, today and at a day in the past (where some contacts have later
events and are read from their events)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netgarden.services.database import open_database
from netgarden.services.generate import generate_network
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.read_only import read_unit
from netgarden.services.reviews import audit_review, health_review, review_facts
from netgarden.services.touches import TouchInput, log_touch
from netgarden.settings import Settings
from tests.conftest import NOW, TODAY

pytestmark = pytest.mark.sqlite_only
DAYS = (TODAY, TODAY - dt.timedelta(days=200))


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bare") / "r.db"
    database = open_database(path)
    with database.transaction() as unit:
        generate_network(unit, contacts=80, touches=1200, links=160, seed=7, end=TODAY)
        past = (TODAY - dt.timedelta(days=400)).isoformat()
        record_entry(unit, 1, EntryInput("receive", kind="advice", on=past), NOW, TODAY)
        log_touch(unit, [1], TouchInput("email", direction="out"), NOW, TODAY)
        for kind in ("knowledge", "support"):
            record_entry(unit, 6, EntryInput("give", kind=kind), NOW, TODAY)
        for _ in range(3):
            log_touch(unit, [5], TouchInput("email", direction="out", replied=False), NOW, TODAY)
        unit.reviews.set_target("company", "Acme", 2)
    database.close()
    return path


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_review_facts_read_the_same_both_ways(network: Path, day: dt.date) -> None:
    from netgarden.services.matrix import matrix

    database = open_database(network)
    with database.transaction(write=False) as unit, read_unit(Settings(db=network)) as bare:
        assert bare is not None
        facts = review_facts(unit, day)
        assert review_facts(bare, day) == facts
        assert any(f.history.received_on.get("advice") for f in facts)  # the ledger was read
        assert review_facts(bare, day, with_history=False, bands=True) == review_facts(
            unit, day, with_history=False, bands=True
        )
        assert health_review(bare, day) == health_review(unit, day)
        assert audit_review(bare, day) == audit_review(unit, day)
        placed = matrix(bare, day)
        assert placed == matrix(unit, day)
        assert {p.quadrant for p in placed} == {"golden", "aspirational", "peer", "avoid"}
        assert bare.network.all_pairs() == unit.network.all_pairs()
    database.close()
