"""Goals benchmark (issue 15) on a generated network of 30,000 contacts and 1,000,000
touches: ``goals --as-of END --json`` as a process (what a user waits for) with seeds/000's
para preset (13 goals), then with every preset's goals (46 goals, all 17 metrics); and
in-process each metric alone through ``services.goal_metrics`` (which ones cost). Target (issue 15):
``goals`` < 2 s as a process. Prints a table and writes ``benchmarks/out/goals.json``.

Usage: python benchmarks/bench_goals.py [--contacts N] [--touches M] [--runs R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
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
LIMIT_S = 2.0


def build(db: Path, contacts: int, touches: int) -> None:
    """The generated network (shared with run_all.py when it exists), then the goals."""
    core = OUT / f"core-{contacts}-{touches}.db"
    if not core.exists():
        subprocess.run([str(BIN), "--db", str(core), "generate", "--contacts", str(contacts),
                        "--touches", str(touches), "--seed", "1", "--end", END],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    shutil.copyfile(core, db)
    from netgarden.services.content import add_content, join_community
    from netgarden.services.database import open_database
    from netgarden.services.goals import apply_preset

    day = dt.date.fromisoformat(END)
    now = dt.datetime.combine(day, dt.time(9))
    database = open_database(db)
    with database.transaction() as unit:
        for number in range(40):
            on = (day - dt.timedelta(days=3 * number)).isoformat()
            mix = ("insight",) * 7 + ("journey",) * 2 + ("promotion",)
            add_content(unit, "post", f"Post {number}", on, mix[number % 10], [], day, now)
        for number in range(6):
            join_community(unit, f"Community {number}", "member", END, day, now)
        apply_preset(unit, "para", day, now)
    database.close()


def add_every_preset(db: Path) -> None:
    from netgarden.services.database import open_database
    from netgarden.services.goals import apply_preset, presets

    day = dt.date.fromisoformat(END)
    database = open_database(db)
    with database.transaction() as unit:
        for found in presets():
            apply_preset(unit, found.name, day, dt.datetime.combine(day, dt.time(9)))
    database.close()


def timed(args: list[str], runs: int) -> dict[str, float]:
    """Wall time (what a user waits) and the process's own CPU time (user + system: what
    it costs when the machine is shared, as this one is by several builds at once)."""
    times, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {"median_s": statistics.median(times), "best_s": min(times),
            "cpu_median_s": statistics.median(cpus)}  # fmt: skip


def per_metric(db: Path) -> dict[str, float]:
    """Seconds for each metric counted alone over its goals' periods (a fresh counter each)."""
    from netgarden.domain.goals import Metric, parse_where
    from netgarden.services.database import open_database
    from netgarden.services.goal_metrics import Counter
    from netgarden.services.goals import span_of

    day = dt.date.fromisoformat(END)
    found: dict[str, float] = {}
    database = open_database(db)
    with database.transaction(write=False) as unit:
        goals = unit.goals.all()
        for metric in Metric:
            counter = Counter(unit)
            start = time.perf_counter()
            for goal in (g for g in goals if g.metric == metric.value):
                where = parse_where(goal.where_filter, metric)
                counter.count(metric, where, *span_of(goal, day), day, goal.manual_value)
            found[metric.value] = time.perf_counter() - start
    database.close()
    return found


def measure(contacts: int, touches: int, runs: int) -> dict[str, Any]:
    OUT.mkdir(exist_ok=True)
    db = OUT / f"goals-{contacts}-{touches}.db"
    build(db, contacts, touches)
    command = [str(BIN), "--db", str(db), "goals", "--as-of", END, "--json"]
    para = timed(command, runs)  # seeds/000's 13 goals (the demo's)
    add_every_preset(db)
    process = timed(command, runs)
    metrics = per_metric(db)
    goals = len(json.loads(subprocess.run(
        [str(BIN), "--db", str(db), "goals", "--as-of", END, "--json"],
        check=True, capture_output=True, text=True).stdout))  # fmt: skip
    db.unlink()
    return {"contacts": contacts, "touches": touches, "goals": goals, "process": process,
            "para_process": para, "para_pass": para["median_s"] < LIMIT_S,
            "metrics_s": metrics, "limit_s": LIMIT_S,
            "pass": process["median_s"] < LIMIT_S}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--touches", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    report = measure(args.contacts, args.touches, args.runs)
    print(f"{args.contacts:,} contacts, {args.touches:,} touches, {report['goals']} goals")
    print(f"{'work':<32} {'seconds':>9} {'limit':>7}  verdict")
    verdict = "PASS" if report["pass"] else "MISS"
    para = report["para_process"]
    print(
        f"{'goals, para preset (13 goals)':<32} {para['median_s']:9.3f} {LIMIT_S:7.1f}  "
        f"{'PASS' if report['para_pass'] else 'MISS'}  CPU {para['cpu_median_s']:.3f}"
    )
    print(f"{'goals, every preset (process)':<32} {report['process']['median_s']:9.3f} "
          f"{LIMIT_S:7.1f}  {verdict}")  # fmt: skip
    print(f"{'  its CPU time (user + system)':<32} {report['process']['cpu_median_s']:9.3f}")
    print(f"{'  best of the runs':<32} {report['process']['best_s']:9.3f}")
    for metric, seconds in sorted(report["metrics_s"].items(), key=lambda kv: -kv[1]):
        print(f"  {metric:<30} {seconds:9.3f}")
    (OUT / "goals.json").write_text(json.dumps(report, indent=2))
    print(f"wrote {OUT / 'goals.json'}")


if __name__ == "__main__":
    main()
