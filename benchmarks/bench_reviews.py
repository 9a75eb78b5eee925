"""Network reviews benchmark (issue 13) on 30,000 contacts, 300,000 touches and 130,000
generated "knows" links: `review brokers` (sampled betweenness with a fixed seed, bridges,
clusters), `review health`, `review diversity`, `matrix` and `triage`, in-process through
the services (CPU seconds of the process, ``time.process_time``, and wall seconds: on a
shared machine the wall says more about the neighbours than the code); and the graph
engines compared on the same graph: betweenness seconds per source (the same sources) and
articulation points for python-igraph (the dependency brokers use), networkx and
rustworkx when importable (rustworkx has no betweenness from chosen sources: exact only,
so it cannot sample).

Then ``review health --json`` and ``matrix --json`` as whole processes (the installed
command: start-up, the bare sqlite3 read and printing the JSON; CPU seconds of the child,
user + system, from ``getrusage``), the median of ``--runs``.

Prints a table and writes ``benchmarks/out/reviews.json``. Targets (from the issue):
brokers < 5 s, health and diversity < 1 s, matrix < 2 s, as CPU seconds.

Usage: python benchmarks/bench_reviews.py [--contacts N] [--touches M] [--links L] [--runs R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "out"
BIN = Path(sys.executable).parent / "netgarden"
END = "2026-11-22"
LIMITS = {"review brokers": 5.0, "review health": 1.0, "review diversity": 1.0, "matrix": 2.0,
          "review health (process)": 1.0, "matrix (process)": 2.0}  # fmt: skip
PROCESSES = {"review health (process)": ["review", "health"], "matrix (process)": ["matrix"]}


def median_time(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Median CPU and wall seconds of ``runs`` calls."""
    cpu, wall = [], []
    for _ in range(runs):
        start, started = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - start)
        wall.append(time.perf_counter() - started)
    return statistics.median(cpu), statistics.median(wall)


def process_time(db: Path, args: list[str], runs: int) -> tuple[float, float]:
    """Median CPU (user + system of the child) and wall seconds of ``netgarden ARGS --json``."""
    cpu, wall = [], []
    for _ in range(runs):
        before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run([str(BIN), "--db", str(db), *args, "--as-of", END, "--json"],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall.append(time.perf_counter() - started)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(cpu), statistics.median(wall)


def _timed(fn: Callable[[], Any]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def engines(adjacency: list[list[int]], sources: list[int]) -> dict[str, dict[str, float | None]]:
    """CPU seconds per betweenness source and for the articulation points, per engine, on
    the same graph and sources (None: not installed, or not offered)."""
    from netgarden.domain.brokers import articulation_points, betweenness, knows_graph

    graph = knows_graph(adjacency)
    found: dict[str, dict[str, float | None]] = {
        "python-igraph": {
            "per_source": _timed(lambda: betweenness(adjacency, sources, graph)) / len(sources),
            "articulation": _timed(lambda: articulation_points(adjacency, graph)),
        }
    }
    edges = [(a, b) for a, ns in enumerate(adjacency) for b in ns if a < b]
    try:
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(range(len(adjacency)))
        g.add_edges_from(edges)
        found["networkx"] = {
            "per_source": _timed(
                lambda: nx.betweenness_centrality_subset(g, sources, list(g), normalized=False)
            )
            / len(sources),
            "articulation": _timed(lambda: list(nx.articulation_points(g))),
        }
    except ImportError:
        found["networkx"] = {"per_source": None, "articulation": None}
    try:
        import rustworkx as rx

        r = rx.PyGraph()
        r.add_nodes_from(range(len(adjacency)))
        r.add_edges_from_no_data(edges)
        found["rustworkx"] = {
            "per_source": None,
            "articulation": _timed(lambda: rx.articulation_points(r)),
        }
    except ImportError:
        found["rustworkx"] = {"per_source": None, "articulation": None}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--touches", type=int, default=300_000)
    parser.add_argument("--links", type=int, default=130_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"reviews-{args.contacts}-{args.touches}-{args.links}.db"
    if not db.exists():
        subprocess.run(
            [str(BIN), "--db", str(db), "generate", "--contacts", str(args.contacts),
             "--touches", str(args.touches), "--links", str(args.links), "--seed", "1",
             "--end", END],
            check=True,
        )  # fmt: skip
    from netgarden.services.brokers import _graph, brokers_review
    from netgarden.services.database import open_database
    from netgarden.services.diversity import diversity_review
    from netgarden.services.matrix import matrix
    from netgarden.services.reviews import health_review, review_facts
    from netgarden.services.triage import triage

    day = dt.date.fromisoformat(END)
    work: dict[str, Callable[[Any], Any]] = {
        "review brokers": lambda u: brokers_review(u, day),
        "review health": lambda u: health_review(u, day),
        "review diversity": lambda u: diversity_review(u, "industry", day),
        "matrix": lambda u: matrix(u, day),
        "triage": lambda u: triage(u, day),
    }
    database = open_database(db)
    results: dict[str, dict[str, Any]] = {}
    for name, fn in work.items():
        with database.transaction(write=False) as unit:
            cpu, wall = median_time(lambda fn=fn, unit=unit: fn(unit), args.runs)
            results[name] = {"median_s": cpu, "wall_s": wall}
    with database.transaction(write=False) as unit:
        found = brokers_review(unit, day)
        _, adjacency = _graph(unit, review_facts(unit, day, with_history=False))
    database.close()
    for name, command in PROCESSES.items():
        cpu, wall = process_time(db, command, args.runs)
        results[name] = {"median_s": cpu, "wall_s": wall}
    links = sum(len(ns) for ns in adjacency) // 2
    sources = list(range(0, len(adjacency), max(1, len(adjacency) // 8)))[:8]
    per_source = engines(adjacency, sources)
    checks = []
    print(f"{args.contacts:,} contacts, {args.touches:,} touches, {links:,} links "
          f"(brokers: {'exact' if found.exact else f'{found.sampled_from} sources'})")  # fmt: skip
    print(f"{'work':<24} {'CPU s':>9} {'wall s':>8} {'limit s':>8}  verdict")
    for name, result in results.items():
        limit = LIMITS.get(name)
        verdict = "" if limit is None else ("PASS" if result["median_s"] < limit else "MISS")
        limit_text = f"{limit:8.1f}" if limit else " " * 8
        print(
            f"{name:<24} {result['median_s']:9.3f} {result['wall_s']:8.2f} {limit_text}  {verdict}"
        )
        if limit is not None:
            checks.append({"work": name, "median_s": result["median_s"], "limit_s": limit,
                           "pass": result["median_s"] < limit})  # fmt: skip
    print("graph engines, CPU seconds on the same graph (betweenness per source; bridges):")
    for engine, seconds in per_source.items():
        cells = ["  -   " if v is None else f"{v:6.3f}" for v in seconds.values()]
        print(f"  {engine:<16} {cells[0]}  {cells[1]}")
    report = {"contacts": args.contacts, "touches": args.touches, "links": links,
              "sources": found.sampled_from, "results": results, "engines": per_source,
              "checks": checks}  # fmt: skip
    (OUT / "reviews.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
