"""The strength tallies stay equal to folding every contact's events again, whichever path
wrote them: a logged touch, a ledger entry, a generated network (bulk), an import, a
merge, a deletion, a restore, and the migration that builds them for a database there is."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from netgarden.domain.strength import Event
from netgarden.domain.strength_tallies import Tally, later_shares, tallies
from netgarden.services.contacts import ContactInput, add_contact, delete_contact
from netgarden.services.database import Unit, open_database
from netgarden.services.exporting import export_network, restore_backup
from netgarden.services.generate import generate_network
from netgarden.services.importing import import_sources, open_sources
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.merge import merge_contacts
from netgarden.services.strength import everyone_strength
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY

LINKEDIN = Path(__file__).parents[1] / "fixtures" / "linkedin"


def folded(unit: Unit) -> dict[int, list[Tally]]:
    events: dict[int, list[Event]] = defaultdict(list)
    for row in unit.ledger.strength_events():
        events[row.contact_id].append(
            Event(row.on, row.kind, row.source, row.direction, row.replied)
        )
    return {c: sorted(tallies(found)) for c, found in events.items()}


def assert_in_step(unit: Unit) -> None:
    stored = {c: sorted(found) for c, found in unit.strength_tallies.read().items()}
    assert stored == folded(unit)


def test_every_write_path_keeps_the_tallies_in_step(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a.db")
    with database.transaction() as unit:
        generate_network(unit, contacts=40, touches=300, seed=3, end=TODAY)
        assert_in_step(unit)
        assert unit.strength_tallies.read()  # the bulk path wrote some
        ada = add_contact(unit, ContactInput(name="Ada Lovelace"), NOW, TODAY)
        log_touch(unit, [ada, 1, 2], TouchInput("coffee"), NOW, TODAY)
        log_touch(unit, [ada], TouchInput("email", direction="out"), NOW, TODAY)
        record_entry(unit, ada, EntryInput("give", kind="introduction"), NOW, TODAY)
        assert_in_step(unit)
        merge_contacts(unit, 1, 2, NOW)
        assert_in_step(unit)
        delete_contact(unit, ada)
        assert_in_step(unit)
        import_sources(
            unit,
            open_sources([LINKEDIN / "Connections.csv", LINKEDIN / "messages.csv"], None, None),
            NOW,
        )
        assert_in_step(unit)
        export_network(unit, "json", tmp_path / "a.json", "4.0", TODAY)
        before = everyone_strength(unit, TODAY)
    database.close()
    target = open_database(tmp_path / "b.db")
    with target.transaction() as unit:
        restore_backup(unit, tmp_path / "a.json")
        assert_in_step(unit)
        assert everyone_strength(unit, TODAY) == before
    target.close()


def test_batch_strength_from_tallies_equals_scoring_every_event(tmp_path: Path) -> None:
    from netgarden.domain.strength import strength

    database = open_database(tmp_path / "a.db")
    with database.transaction() as unit:
        generate_network(unit, contacts=80, touches=900, seed=5, end=TODAY)
        for as_of in (TODAY, TODAY - dt.timedelta(days=400), TODAY + dt.timedelta(days=2500)):
            events: dict[int, list[Event]] = defaultdict(list)
            for row in unit.ledger.strength_events():
                events[row.contact_id].append(
                    Event(row.on, row.kind, row.source, row.direction, row.replied)
                )
            batch = everyone_strength(unit, as_of)
            for contact_id, found in batch.items():
                expected = strength(events.get(contact_id, []), as_of, explain=False)
                assert (found.score, found.band) == (expected.score, expected.band)
    database.close()


def test_the_migration_builds_the_tallies_of_a_database_there_is(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a.db")
    with database.transaction() as unit:
        generate_network(unit, contacts=30, touches=200, seed=7, end=TODAY)
        expected = {c: sorted(found) for c, found in unit.strength_tallies.read().items()}
    database.close()
    # back to the schema before 0014, by the migrations' own downgrades
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from netgarden.store.schema import MIGRATIONS_DIR, REVISIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{tmp_path / 'a.db'}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, REVISIONS[REVISIONS.index("0014") - 1])
    engine.dispose()
    raw = sqlite3.connect(tmp_path / "a.db")
    assert "strength_tallies" not in {
        name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    raw.close()
    shutil.copy(tmp_path / "a.db", tmp_path / "before.db")
    database = open_database(tmp_path / "a.db")
    with database.transaction() as unit:
        assert {c: sorted(f) for c, f in unit.strength_tallies.read().items()} == expected
        assert_in_step(unit)
    database.close()


def test_the_later_events_shares_summed_in_the_database_equal_the_domains(unit: Unit) -> None:
    """``shares_after`` (issue 15: the quarter's bands on its eve) sums in SQL what
    ``later_shares`` sums from the events: every contact, days across the history."""
    generate_network(unit, contacts=30, touches=250, seed=4, end=TODAY)
    ada = add_contact(unit, ContactInput(name="Ada Lovelace"), NOW, TODAY)
    log_touch(unit, [ada], TouchInput("email", "2026-10-01", direction="out"), NOW, TODAY)
    log_touch(unit, [ada], TouchInput("coffee", "2026-10-02"), NOW, TODAY)
    record_entry(unit, ada, EntryInput("ask", "advice", on="2026-10-03"), NOW, TODAY)
    events: dict[int, list[Event]] = defaultdict(list)
    for row in unit.ledger.strength_events():
        events[row.contact_id].append(Event(*row[1:]))
    for day in (dt.date(2020, 1, 1), dt.date(2025, 6, 30), dt.date(2026, 9, 30), TODAY):
        found = unit.strength_tallies.shares_after(day)
        want = {c: later_shares(e, day) for c, e in events.items()}
        want = {c: sums for c, sums in want.items() if any(e.on > day for e in events[c])}
        assert found.keys() == want.keys(), day
        for c, sums in want.items():
            assert found[c] == pytest.approx(sums, rel=1e-12, abs=1e-12), (c, day)
    assert found == {} and want == {}  # nothing after today
    day = dt.date(2026, 9, 30)
    ada_sums = unit.strength_tallies.shares_after(day)[ada]
    # an email whose reply is unknown (3 x 0.4), a coffee (10), an ask (2), days after
    for step, half_life in ((0, 180), (4, 360)):
        want = 1.2 * 2 ** (1 / half_life) + 10 * 2 ** (2 / half_life) + 2 * 2 ** (3 / half_life)
        assert ada_sums[step] == pytest.approx(want)
