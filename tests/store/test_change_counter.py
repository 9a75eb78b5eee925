"""The agenda cache keys on a workspace's change counter, bumped by every transaction that
wrote in it (any process, any database), not on SQLite's file stamps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import insert

from netgarden.services.agenda import AgendaCache
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Database
from netgarden.services.stats import network_stats
from netgarden.store.tables import Workspace
from tests.conftest import NOW, TODAY


def changes(database: Database, workspace_id: int = 1) -> int:
    with database.transaction(workspace_id, write=False) as unit:
        return unit.changes()


def second_workspace(database: Database) -> None:
    with database.transaction() as unit:
        unit.session.execute(insert(Workspace).values(id=2, name="Other", created_at=NOW))


def add(database: Database, name: str, workspace_id: int = 1) -> int:
    with database.transaction(workspace_id) as unit:
        person = ContactInput(name=name, circle="inner", met_on="2020-01-01")
        return add_contact(unit, person, NOW, TODAY)


def test_a_write_bumps_its_workspace_and_a_read_does_not(database: Database) -> None:
    before = changes(database)
    add(database, "Ada")
    assert changes(database) == before + 1
    with database.transaction(write=False) as unit:
        unit.contacts.count()
    with database.transaction() as unit:  # a writing transaction that only read
        unit.contacts.count()
    assert changes(database) == before + 1


def test_a_rolled_back_write_does_not_bump(database: Database) -> None:
    before = changes(database)
    with database.transaction() as unit:
        add_contact(unit, ContactInput(name="Ada"), NOW, TODAY)
        unit.session.rollback()  # a dry run
    assert changes(database) == before


def test_a_write_in_workspace_2_leaves_workspace_1s_agenda_cached(database: Database) -> None:
    second_workspace(database)
    add(database, "Ada")
    cache = AgendaCache()
    with database.transaction(write=False) as unit:
        first = cache.get(unit, TODAY)
    before = changes(database)
    add(database, "Bo", workspace_id=2)
    assert changes(database) == before
    with database.transaction(write=False) as unit:
        assert cache.get(unit, TODAY) is first
    assert cache.computed == 1


def test_a_write_in_another_process_invalidates(database: Database, db_path: Path) -> None:
    add(database, "Ada")
    cache = AgendaCache()
    with database.transaction(write=False) as unit:
        assert [i.name for i in cache.get(unit, TODAY)] == ["Ada"]
        cache.get(unit, TODAY)
    assert cache.computed == 1
    script = (
        "import sys, datetime as dt\n"
        "from netgarden.services.database import Database\n"
        "from netgarden.services.contacts import ContactInput, add_contact\n"
        "from netgarden.settings import Settings\n"
        "from pathlib import Path\n"
        "db = Database.open(Settings(db=Path(sys.argv[1]), database_url=sys.argv[2] or None))\n"
        "with db.transaction() as unit:\n"
        "    add_contact(unit, ContactInput(name='Bo', circle='inner', met_on='2020-01-01'),"
        " dt.datetime(2026, 11, 22, 9), dt.date(2026, 11, 22))\n"
    )
    url = database.engine.url.render_as_string(hide_password=False) if database.server else ""
    subprocess.run([sys.executable, "-c", script, str(db_path), url], check=True)
    with database.transaction(write=False) as unit:
        assert sorted(i.name for i in cache.get(unit, TODAY)) == ["Ada", "Bo"]
    assert cache.computed == 2


def test_the_dashboard_uses_the_cached_agenda(database: Database) -> None:
    add(database, "Ada")
    cache = AgendaCache()
    with database.transaction(write=False) as unit:
        first = network_stats(unit, TODAY, every_item=cache.get(unit, TODAY, every_lapsed=True))
        assert (
            network_stats(unit, TODAY, every_item=cache.get(unit, TODAY, every_lapsed=True))
            == first
            == network_stats(unit, TODAY)
        )
    assert cache.computed == 1


def test_a_transaction_reads_the_counter_once_until_it_writes(database: Database) -> None:
    from sqlalchemy import event

    asked: list[str] = []

    def noted(_c: object, _cur: object, statement: str, *_: object) -> None:
        if "workspaces.changes" in statement and statement.lstrip().upper().startswith("SELECT"):
            asked.append(statement)

    event.listen(database.engine, "before_cursor_execute", noted)
    try:
        with database.transaction(write=False) as unit:
            assert unit.changes() == unit.changes() == unit.changes()
        assert len(asked) == 1  # its snapshot cannot see the counter move
        with database.transaction() as unit:
            unit.changes()
            add_contact(unit, ContactInput(name="Ada"), NOW, TODAY)
            unit.changes()
            unit.changes()
        assert len(asked) == 4  # once it wrote, asked every time
    finally:
        event.remove(database.engine, "before_cursor_execute", noted)
