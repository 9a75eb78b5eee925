"""Filling a PostgreSQL database for bench_server.py: N accounts in one team (all sharing),
each with a workspace holding a generated network of C contacts and T touches.

The first user's network is generated through ``generate_network`` (its rows go in by COPY);
every other user's workspace is then a copy of it made inside PostgreSQL by
``INSERT … SELECT`` with the ids moved up by a fixed step per workspace (the same network,
its own rows and ids, in the same tables and indexes): at 30,000 contacts and 1,000,000
touches, 82-136 s a copy against 428 s to generate, on the shared 2-core machine. The load
runs with foreign-key triggers off (``session_replication_role = replica``, the bulk-load
setting pg_restore uses): the copied rows are those of a consistent workspace, so nothing
they point to is missing.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NOW = dt.datetime(2026, 11, 22, 9, 0)
# settings of the benchmark's throwaway cluster for a bulk load (nothing in it must survive a
# crash) and for the measuring after it: a larger cache and sort memory, no WAL to speak of
BULK_SETTINGS = (
    "shared_buffers=1GB",
    "maintenance_work_mem=512MB",
    "work_mem=16MB",
    "max_wal_size=16GB",
    "checkpoint_timeout=30min",
    "wal_level=minimal",
    "max_wal_senders=0",
    "effective_cache_size=8GB",
)
ACCOUNTS_TABLES = frozenset({"users", "workspaces", "feed_tokens"})


@dataclass(frozen=True)
class Filled:
    emails: list[str]
    tokens: list[str]
    generate_s: float
    copies_s: list[float]
    company: str


def email(number: int) -> str:
    return f"member{number}@example.org"


def fill(url: str, users: int, contacts: int, touches: int, end: dt.date) -> Filled:
    """Accounts, a team of all of them sharing, user 1's generated network copied to the
    others, an API token each, fresh planner statistics."""
    from argon2 import PasswordHasher
    from sqlalchemy import text

    from netgarden.services import accounts
    from netgarden.services.database import Database
    from netgarden.services.generate import generate_network
    from netgarden.settings import Settings

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # not what is measured
    accounts.hasher = lambda: cheap  # type: ignore[assignment]
    database = Database.open(Settings(db=Path("unused"), database_url=url))
    workspaces, tokens = _accounts(database, users)
    began = time.perf_counter()
    with database.transaction(workspaces[0]) as unit:
        unit.session.execute(text("SET LOCAL session_replication_role = replica"))
        generate_network(unit, contacts=contacts, touches=touches, seed=1, end=end)
    generated = time.perf_counter() - began
    print(f"  user 1: generated in {generated:.0f} s", flush=True)
    copies = []
    engine = database.engine
    with engine.begin() as connection:
        step = _step(connection, workspaces[0])
    for number, workspace_id in enumerate(workspaces[1:], 1):
        began = time.perf_counter()
        with engine.begin() as connection:
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            clone_workspace(connection, workspaces[0], workspace_id, number * step)
        copies.append(time.perf_counter() - began)
        print(f"  user {number + 1}: copied in {copies[-1]:.0f} s", flush=True)
    with engine.begin() as connection:
        _reset_sequences(connection)
        company = connection.execute(
            text(
                "SELECT company FROM contacts WHERE workspace_id = :ws AND company IS NOT NULL "
                "GROUP BY company ORDER BY count(*) DESC, company LIMIT 1"
            ),
            {"ws": workspaces[0]},
        ).scalar_one()
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as raw:
        raw.exec_driver_sql("VACUUM (ANALYZE)")  # as autovacuum would: statistics, visibility
    database.close()
    return Filled([email(n) for n in range(1, users + 1)], tokens, generated, copies, company)


def _accounts(database: Any, users: int) -> tuple[list[int], list[str]]:
    from netgarden.services import accounts
    from netgarden.services.teams import add_team, invite, join, share

    workspaces, tokens, people = [], [], []
    for number in range(1, users + 1):
        with database.transaction() as unit:
            made = accounts.add_user(
                unit, email(number), NOW, password="x" * 12, local_data=number == 1
            )
            tokens.append(accounts.add_token(unit, made.id, "bench", NOW))
            people.append(accounts.acting_user(unit, made.email))
        workspaces.append(made.workspace_id)
    with database.transaction() as unit:
        add_team(unit, people[0], "Bench team", NOW)
        for member in people[1:]:
            invite(unit, people[0], member.email, None, NOW)
            join(unit, member, None, NOW)
        for member in people:
            share(unit, member, True)
    return workspaces, tokens


def _step(connection: Any, workspace_id: int) -> int:
    """A power of ten above every id in the workspace: workspace k's copy adds k x step."""
    most = 0
    for table in _id_tables(connection):
        found = connection.exec_driver_sql(
            f"SELECT max(id) FROM {table} WHERE workspace_id = %(ws)s", {"ws": workspace_id}
        ).scalar()
        most = max(most, found or 0)
    return 10 ** len(str(most))


def _id_tables(connection: Any) -> list[str]:
    rows = connection.exec_driver_sql(
        "SELECT c.table_name FROM information_schema.columns c "
        "JOIN information_schema.columns w ON w.table_name = c.table_name "
        "AND w.table_schema = c.table_schema AND w.column_name = 'workspace_id' "
        "WHERE c.table_schema = 'public' AND c.column_name = 'id' ORDER BY 1"
    )
    return [r[0] for r in rows if r[0] not in ACCOUNTS_TABLES]


def clone_workspace(connection: Any, source: int, target: int, offset: int) -> None:
    """Every workspace-scoped row of ``source`` again in ``target``, its own ids and every
    reference to another row's id moved up by ``offset``."""
    for table, columns in _workspace_tables(connection).items():
        if table in ACCOUNTS_TABLES:
            continue
        present = connection.exec_driver_sql(
            f"SELECT 1 FROM {table} WHERE workspace_id = %(ws)s LIMIT 1", {"ws": source}
        ).first()
        if present is None:
            continue
        moved = _id_columns(connection, table)
        values = [
            "%(target)s" if c == "workspace_id" else f"{c} + %(offset)s" if c in moved else c
            for c in columns
        ]
        connection.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} "
            f"FROM {table} WHERE workspace_id = %(source)s",
            {"target": target, "offset": offset, "source": source},
        )


def _workspace_tables(connection: Any) -> dict[str, list[str]]:
    rows = connection.exec_driver_sql(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name IN (SELECT table_name FROM "
        "information_schema.columns WHERE table_schema = 'public' AND column_name = "
        "'workspace_id') ORDER BY table_name, ordinal_position"
    )
    found: dict[str, list[str]] = {}
    for table, column in rows:
        found.setdefault(table, []).append(column)
    return found


def _id_columns(connection: Any, table: str) -> set[str]:
    """The table's own id and every column that refers to another row's id."""
    rows = connection.exec_driver_sql(
        "SELECT a.attname FROM pg_constraint c "
        "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(mine, theirs) "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.mine "
        "JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = k.theirs "
        "WHERE c.contype = 'f' AND c.conrelid = %(table)s::regclass AND f.attname = 'id' "
        "AND c.confrelid::regclass::text NOT IN ('users', 'workspaces', 'teams')",
        {"table": table},
    )
    moved = {r[0] for r in rows}
    own = connection.exec_driver_sql(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = %(table)s AND column_name = 'id'",
        {"table": table},
    ).first()
    return moved | ({"id"} if own else set())


def _reset_sequences(connection: Any) -> None:
    """Each id sequence past the highest id copied, so new rows get fresh ids."""
    for table in _id_tables(connection):
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false) "
            f"WHERE pg_get_serial_sequence('{table}', 'id') IS NOT NULL"
        )
