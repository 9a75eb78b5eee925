"""Core benchmark: the CLI on a generated network of 30,000 contacts and 1,000,000 touches.

Measures, and compares with the limit:
- whole processes (``netgarden today``, ``search``, ``show``, ``log``, ``--help``), best and
  median of several runs, beside a bare ``python -c pass``;
- the same work in-process through the services, beside the *same SQL statements* (recorded
  from the engine while the service ran) replayed through the raw ``sqlite3`` module.

Prints a table and writes ``benchmarks/out/core.json``. Targets (from the core issue): today
and search under 1 s as processes and within 3x of raw SQLite in-process; ``--help`` under
150 ms above ``python -c pass``.

Usage: python benchmarks/bench_core.py [--contacts N] [--touches M] [--runs R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "out"
END = "2026-11-22"
BIN = Path(sys.executable).parent / "netgarden"


def timed_process(args: list[str], runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return {"best_s": min(times), "median_s": statistics.median(times)}


def timed_call(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm: statement compilation and page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build(db: Path, contacts: int, touches: int) -> float:
    if db.exists():
        return float("nan")
    start = time.perf_counter()
    subprocess.run(
        [str(BIN), "--db", str(db), "generate", "--contacts", str(contacts),
         "--touches", str(touches), "--seed", "1", "--end", END],
        check=True,
    )  # fmt: skip
    return time.perf_counter() - start


def in_process(db: Path, runs: int, someone: int) -> dict[str, dict[str, float]]:
    from sqlalchemy import event

    from netgarden.services.agenda import agenda
    from netgarden.services.contacts import show_contact
    from netgarden.services.database import open_database
    from netgarden.services.search import search
    from netgarden.services.strength import everyone_strength

    database = open_database(db)
    as_of = dt.date.fromisoformat(END)
    recorded: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        recorded.append((statement, parameters))

    work: dict[str, Callable[[Any], Any]] = {
        "today": lambda unit: agenda(unit, as_of, 20),
        "search": lambda unit: search(unit, "coffee", 20),
        "search name": lambda unit: search(unit, "priya patel", 20),
        "show": lambda unit: show_contact(unit, someone, as_of),
        "strength (everyone)": lambda unit: everyone_strength(unit, as_of),
    }
    results = {}
    raw = sqlite3.connect(db)
    for name, fn in work.items():
        with database.transaction(write=False) as unit:
            recorded.clear()
            event.listen(database.engine, "before_cursor_execute", record)
            fn(unit)
            event.remove(database.engine, "before_cursor_execute", record)
            # the work's own queries; its BEGIN is the transaction's, not the work's
            statements = [s for s in recorded if not s[0].startswith("BEGIN")]
            ours = timed_call(lambda fn=fn, unit=unit: fn(unit), runs)

        def replay(statements: list[tuple[str, Any]] = statements) -> None:
            for statement, parameters in statements:
                raw.execute(statement, parameters).fetchall()

        limit = timed_call(replay, runs)
        results[name] = {
            "netgarden_s": ours,
            "raw_sqlite_s": limit,
            "ratio": ours / limit if limit else float("nan"),
            "statements": len(statements),
        }
    raw.close()
    database.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--touches", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"core-{args.contacts}-{args.touches}.db"
    generate_s = build(db, args.contacts, args.touches)
    scratch = OUT / "scratch.db"
    shutil.copy(db, scratch)  # `log` writes: keep the generated network pristine
    ng = [str(BIN), "--db", str(scratch)]
    someone = str(min(1234, args.contacts))
    processes = {
        "python -c pass": timed_process([sys.executable, "-c", "pass"], args.runs),
        "netgarden --help": timed_process([str(BIN), "--help"], args.runs),
        "today": timed_process([*ng, "today", "--as-of", END, "--json"], args.runs),
        "search": timed_process([*ng, "search", "coffee", "--json"], args.runs),
        "search name": timed_process([*ng, "search", "priya", "patel", "--json"], args.runs),
        "show": timed_process([*ng, "show", someone, "--json"], args.runs),
        "log": timed_process([*ng, "log", someone, "--kind", "call", "--note", "b"], args.runs),
    }
    scratch.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    calls = in_process(db, args.runs, int(someone))
    help_over = processes["netgarden --help"]["best_s"] - processes["python -c pass"]["best_s"]
    checks = {
        "today process < 1 s": processes["today"]["median_s"] < 1.0,
        "search process < 1 s": max(
            processes["search"]["median_s"], processes["search name"]["median_s"]
        )
        < 1.0,
        "today within 3x raw": calls["today"]["ratio"] <= 3.0,
        "search within 3x raw": max(calls["search"]["ratio"], calls["search name"]["ratio"]) <= 3.0,
        "--help < 150 ms above python": help_over < 0.150,
    }
    report = {
        "network": {"contacts": args.contacts, "touches": args.touches},
        "generate_s": generate_s,
        "processes": processes,
        "in_process": calls,
        "help_over_python_s": help_over,
        "checks": checks,
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
    }
    (OUT / "core.json").write_text(json.dumps(report, indent=2))
    print(f"network: {args.contacts:,} contacts, {args.touches:,} touches", end="")
    print("" if generate_s != generate_s else f" (generated in {generate_s:.1f} s)")
    print(f"\n{'process':<22}{'best':>10}{'median':>10}")
    for name, t in processes.items():
        print(f"{name:<22}{t['best_s'] * 1000:>8.0f}ms{t['median_s'] * 1000:>8.0f}ms")
    print(f"\n{'in-process':<20}{'netgarden':>12}{'raw sqlite3':>14}{'ratio':>8}{'SQL':>5}")
    for name, c in calls.items():
        print(
            f"{name:<20}{c['netgarden_s'] * 1000:>10.1f}ms{c['raw_sqlite_s'] * 1000:>12.1f}ms"
            f"{c['ratio']:>7.1f}x{c['statements']:>5}"
        )
    print(f"\n--help above python -c pass: {help_over * 1000:.0f} ms")
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'MISS'}  {name}")
    print(f"\nwrote {OUT / 'core.json'}")


if __name__ == "__main__":
    main()
