"""Teams benchmark (issue 19): `team who --company` on a team of 10 members who all share,
each with their own workspace of N contacts and M touches (generated), through the service
in-process (the API's and the CLI's work) and as a whole `netgarden team who` command.
Also `team who --person` and a signed-in `GET /api/v1/team/who` through the app.

Prints a table and writes ``benchmarks/out/team.json``. Target (from the issue): `team who
--company` < 200 ms with 10 members.

Usage: python benchmarks/bench_team.py [--members 10] [--contacts 30000] [--touches 100000]
       [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "out"
BIN = Path(sys.executable).parent / "netgarden"
END = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 9, 0)
TARGET_S = 0.200


def median_time(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, found = [], None
    for _ in range(runs):
        start = time.perf_counter()
        found = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), found


def build(db: Path, members: int, contacts: int, touches: int) -> None:
    """A database with ``members`` accounts in one team, all sharing, each with a network."""
    from argon2 import PasswordHasher

    from netgarden.services import accounts
    from netgarden.services.database import open_database
    from netgarden.services.generate import generate_network
    from netgarden.services.teams import add_team, invite, join, share

    if db.exists():
        return
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # the hashes are not measured
    accounts.hasher = lambda: cheap  # type: ignore[assignment]
    database = open_database(db)
    people = []
    for n in range(members):
        with database.transaction() as unit:
            made = accounts.add_user(unit, f"member{n}@example.org", NOW, password="x" * 12)
        with database.transaction(made.workspace_id) as unit:
            generate_network(unit, contacts=contacts, touches=touches, seed=n + 1, end=END)
        with database.transaction() as unit:
            people.append(accounts.acting_user(unit, made.email))
    with database.transaction() as unit:
        add_team(unit, people[0], "Bench team", NOW)
        for member in people:
            if member.user_id != people[0].user_id:
                invite(unit, people[0], member.email, None, NOW)
                join(unit, member, None, NOW)
            share(unit, member, True)
    database.close()


def company_of(db: Path) -> str:
    """A company many generated people work at (the busiest in the first workspace)."""
    import sqlite3

    with sqlite3.connect(db) as raw:
        row = raw.execute(
            "SELECT company, count(*) FROM contacts WHERE company IS NOT NULL "
            "GROUP BY company ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    return str(row[0])


def in_process(db: Path, company: str, runs: int) -> dict[str, Any]:
    from netgarden.services.accounts import acting_user
    from netgarden.services.database import open_database
    from netgarden.services.teams import who

    database = open_database(db)

    def ask(**target: str) -> Callable[[], Any]:
        def run() -> Any:
            with database.transaction(write=False) as unit:
                return who(unit, acting_user(unit, "member0@example.org"), END, **target)

        return run

    company_s, ties = median_time(ask(company=company), runs)
    person_s, people = median_time(ask(person="ana"), runs)
    database.close()
    return {
        "company_s": company_s,
        "company_ties": len(ties),
        "person_s": person_s,
        "person_ties": len(people),
    }


def command(db: Path, company: str, runs: int) -> float:
    args = [
        str(BIN),
        "--db",
        str(db),
        "team",
        "who",
        "--company",
        company,
        "--as-of",
        END.isoformat(),
        "--user",
        "member0@example.org",
        "--json",
    ]
    seconds, _ = median_time(lambda: subprocess.run(args, check=True, capture_output=True), runs)
    return seconds


def api(db: Path, company: str, runs: int) -> float:
    from fastapi.testclient import TestClient

    from netgarden.services.accounts import acting_user, add_token
    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    app = create_app(Settings(db=db), multi_user=True)
    with app.state.database.transaction() as unit:
        me = acting_user(unit, "member0@example.org")
        token = add_token(unit, me.user_id, f"bench-{time.time_ns()}", NOW)
    client = TestClient(app, base_url="http://127.0.0.1:8000")
    headers = {"Authorization": f"Bearer {token}"}
    query = {"company": company, "as_of": END.isoformat()}
    seconds, _ = median_time(
        lambda: client.get("/api/v1/team/who", params=query, headers=headers).raise_for_status(),
        runs,
    )
    app.state.database.close()
    return seconds


def team_rows(contacts: int, touches: int, runs: int) -> list[tuple[Any, ...]]:
    """run_all.py's rows: (what, figure, limit beside it, target, ok), 10 members."""
    db = OUT / f"team-10x{contacts}-{touches}.db"
    build(db, 10, contacts, touches)
    found = in_process(db, company_of(db), runs)
    seconds = found["company_s"]
    label = f"team who --company, 10 members x {contacts:,} contacts"
    return [(label, f"{seconds * 1000:.0f} ms", "-", "< 200 ms", seconds < TARGET_S)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--touches", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"team-{args.members}x{args.contacts}-{args.touches}.db"
    started = time.perf_counter()
    build(db, args.members, args.contacts, args.touches)
    built = time.perf_counter() - started
    company = company_of(db)
    found = in_process(db, company, args.runs)
    rows = [
        ("team who --company (service)", found["company_s"], f"{found['company_ties']} ties"),
        ("team who --person (service)", found["person_s"], f"{found['person_ties']} ties"),
        ("GET /api/v1/team/who?company=", api(db, company, args.runs), "signed in by token"),
        (
            "netgarden team who --company",
            command(db, company, max(1, args.runs // 2)),
            "whole process",
        ),
    ]
    report = {
        "members": args.members,
        "contacts_each": args.contacts,
        "touches_each": args.touches,
        "company": company,
        "build_s": built,
        "target_s": TARGET_S,
        "rows": [{"what": w, "seconds": s, "note": n} for w, s, n in rows],
        "pass": found["company_s"] < TARGET_S,
    }
    (OUT / "team.json").write_text(json.dumps(report, indent=2))
    print(
        f"{args.members} members x {args.contacts:,} contacts / {args.touches:,} touches each "
        f"(built in {built:.0f} s); company {company!r}"
    )
    print("| what | median | note |\n|---|---|---|")
    for what, seconds, note in rows:
        print(f"| {what} | {seconds * 1000:.0f} ms | {note} |")
    verdict = "PASS" if report["pass"] else "MISS"
    print(f"target: team who --company < {TARGET_S * 1000:.0f} ms: {verdict}")
    print(f"wrote {OUT / 'team.json'}")


if __name__ == "__main__":
    main()
