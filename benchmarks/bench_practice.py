"""The period reviews benchmark (issue 15): `review week|month|quarter|year --json` as a
process on a generated network (default 30,000 contacts and 1,000,000 touches), the median
of a few runs each. Target (from the issue): `review quarter` < 2 s as a process, judged on
its CPU time (user + system: what a loaded shared machine inflates least).

Prints a table and writes ``benchmarks/out/practice.json``.

Usage: python benchmarks/bench_practice.py [--contacts N] [--touches M] [--runs R]
       [--periods week month quarter year]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "out"
BIN = Path(sys.executable).parent / "netgarden"
END = "2026-11-22"
TARGETS = {"quarter": 2.0}
PERIODS = ("week", "month", "quarter", "year")


def build(db: Path, contacts: int, touches: int) -> None:
    """The same network run_all.py builds (``core-C-T.db``), generated once."""
    if not db.exists():
        subprocess.run(
            [str(BIN), "--db", str(db), "generate", "--contacts", str(contacts),
             "--touches", str(touches), "--seed", "1", "--end", END],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip


PRESETS = """
import datetime as dt, sys
from netgarden.services.database import open_database
from netgarden.services.goals import apply_preset, presets
names = sys.argv[3:] or [found.name for found in presets()]
database = open_database(sys.argv[1])
with database.transaction() as unit:
    for name in names:
        apply_preset(unit, name, dt.date.fromisoformat(sys.argv[2]), dt.datetime(2026, 11, 22))
database.close()
"""


def with_goals(source: Path, db: Path, *names: str) -> Path:
    """A copy of the network with these presets' goals (every preset's without names), set on
    the review's day."""
    shutil.copyfile(source, db)
    subprocess.run([sys.executable, "-c", PRESETS, str(db), END, *names], check=True)
    return db


def timed(db: Path, period: str, runs: int) -> dict[str, Any]:
    """Seconds for ``review PERIOD --as-of END --json`` as a process (median of ``runs``),
    wall clock and CPU (user + system: what a loaded shared machine inflates least), after
    one run that brings the database to the current schema."""
    command = [str(BIN), "--db", str(db), "review", period, "--as-of", END, "--json"]
    found = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
    times, cpu = [], []
    for _ in range(runs):
        before = os.times()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        after = os.times()
        cpu.append(after.children_user + after.children_system
                   - before.children_user - before.children_system)  # fmt: skip
    return {"period": period, "median_s": statistics.median(times),
            "median_cpu_s": statistics.median(cpu), "runs": runs,
            "lines": len(found["lines"]), "summary": found["summary"]}  # fmt: skip


def rows(db: Path, runs: int) -> list[tuple[str, str, str, str, bool | None]]:
    """run_all.py's rows: (what, figure, limit beside it, target, ok)."""
    found = []
    for period in PERIODS:
        one = timed(db, period, runs)
        target = TARGETS.get(period)
        found.append((f"`review {period}` as a process (CPU)", f"{one['median_cpu_s']:.2f} s",
                       f"{one['lines']} lines, wall {one['median_s']:.2f} s",
                       f"< {target} s" if target else "-",
                       one["median_cpu_s"] < target if target else None))  # fmt: skip
    target = TARGETS["quarter"]
    for label, names in (("the para goals", ("para",)), ("every preset's goals", ())):
        goals = with_goals(db, db.with_name("practice-goals.db"), *names)
        one = timed(goals, "quarter", runs)
        goals.unlink(missing_ok=True)
        found.append((f"`review quarter`, with {label}, as a process (CPU)",
                      f"{one['median_cpu_s']:.2f} s",
                      f"{one['lines']} lines, wall {one['median_s']:.2f} s",
                      f"< {target} s", one["median_cpu_s"] < target))  # fmt: skip
    return found


def _of(result: dict[str, Any]) -> str:
    """The period whose target a result is judged by."""
    return str(result.get("target", result["period"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--touches", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--periods", nargs="+", default=list(PERIODS), choices=PERIODS)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    source = OUT / f"core-{args.contacts}-{args.touches}.db"
    build(source, args.contacts, args.touches)
    db = OUT / "practice-scratch.db"  # reviews write nothing, but opening may migrate
    shutil.copyfile(source, db)
    results = [timed(db, period, args.runs) for period in args.periods]
    if "quarter" in args.periods:  # the quarter's goals read bare too
        for label, names in (("the para goals", ("para",)), ("every preset's goals", ())):
            goals = with_goals(source, OUT / "practice-goals.db", *names)
            one = timed(goals, "quarter", args.runs)
            results.append({**one, "period": f"quarter, with {label}", "target": "quarter"})
            goals.unlink(missing_ok=True)
    report = {
        "network": {"contacts": args.contacts, "touches": args.touches},
        "as_of": END,
        "results": results,
        "targets": {f"review {p}": s for p, s in TARGETS.items()},
        "checks": {f"review {r['period']}": r["median_cpu_s"] < TARGETS[_of(r)]
                   for r in results if _of(r) in TARGETS},
    }  # fmt: skip
    (OUT / "practice.json").write_text(json.dumps(report, indent=2))
    print(f"| command ({args.contacts:,} contacts, {args.touches:,} touches) | median wall "
          "| median CPU | lines | target (CPU) |")  # fmt: skip
    print("|---|---|---|---|---|")
    for r in results:
        target = TARGETS.get(_of(r))
        verdict = "-" if target is None else "PASS" if r["median_cpu_s"] < target else "MISS"
        shown = f"< {target} s: {verdict}" if target else verdict
        print(f"| `review {r['period']}` | {r['median_s']:.2f} s | {r['median_cpu_s']:.2f} s "
              f"| {r['lines']} | {shown} |")  # fmt: skip
    db.unlink(missing_ok=True)
    print(f"\nwrote {OUT / 'practice.json'}")


if __name__ == "__main__":
    main()
