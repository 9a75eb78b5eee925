"""Network reviews benchmark (issue 13) on 30,000 contacts, 300,000 touches and 130,000
generated "knows" links: `review brokers` (sampled betweenness with a fixed seed, bridges,
clusters), `review health`, `review diversity`, `matrix` and `triage`, in-process through
the services; and the betweenness engines compared on the same graph and the same sources:
netgarden's own Brandes (pure Python, no dependency), networkx and python-igraph when
importable (neither is a dependency; install them to compare).

Prints a table and writes ``benchmarks/out/reviews.json``. Targets (from the issue):
brokers < 5 s, health and diversity < 1 s, matrix < 2 s.

Usage: python benchmarks/bench_reviews.py [--contacts N] [--touches M] [--links L] [--runs R]
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
END = "2026-11-22"
LIMITS = {"review brokers": 5.0, "review health": 1.0, "review diversity": 1.0, "matrix": 2.0}


def median_time(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def engines(adjacency: list[list[int]], sources: list[int]) -> dict[str, float | None]:
    """Seconds per source for each betweenness engine on the same graph and sources."""
    from netgarden.domain.brokers import betweenness

    found: dict[str, float | None] = {}
    start = time.perf_counter()
    betweenness(adjacency, sources)
    found["netgarden (pure Python)"] = (time.perf_counter() - start) / len(sources)
    edges = [(a, b) for a, ns in enumerate(adjacency) for b in ns if a < b]
    try:
        import networkx as nx

        graph = nx.Graph()
        graph.add_nodes_from(range(len(adjacency)))
        graph.add_edges_from(edges)
        start = time.perf_counter()
        nx.betweenness_centrality_subset(graph, sources, list(graph), normalized=False)
        found["networkx"] = (time.perf_counter() - start) / len(sources)
    except ImportError:
        found["networkx"] = None
    try:
        import igraph

        g = igraph.Graph(n=len(adjacency), edges=edges)
        start = time.perf_counter()
        g.betweenness(sources=sources, directed=False)
        found["python-igraph"] = (time.perf_counter() - start) / len(sources)
    except ImportError:
        found["python-igraph"] = None
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
            results[name] = {"median_s": median_time(lambda fn=fn, unit=unit: fn(unit), args.runs)}
    with database.transaction(write=False) as unit:
        found = brokers_review(unit, day)
        people, adjacency = _graph(unit, review_facts(unit, day))
    database.close()
    links = sum(len(ns) for ns in adjacency) // 2
    sources = list(range(0, len(people), max(1, len(people) // 8)))[:8]
    per_source = engines(adjacency, sources)
    checks = []
    print(f"{args.contacts:,} contacts, {args.touches:,} touches, {links:,} links "
          f"(brokers: {'exact' if found.exact else f'{found.sampled_from} sources'})")  # fmt: skip
    print(f"{'work':<20} {'median s':>9} {'limit s':>8}  verdict")
    for name, result in results.items():
        limit = LIMITS.get(name)
        verdict = "" if limit is None else ("PASS" if result["median_s"] < limit else "MISS")
        limit_text = f"{limit:8.1f}" if limit else " " * 8
        print(f"{name:<20} {result['median_s']:9.3f} {limit_text}  {verdict}")
        if limit is not None:
            checks.append({"work": name, "median_s": result["median_s"], "limit_s": limit,
                           "pass": result["median_s"] < limit})  # fmt: skip
    print("betweenness engines, seconds per source on the same graph:")
    for engine, seconds in per_source.items():
        print(f"  {engine:<26} {'not installed' if seconds is None else f'{seconds:.3f}'}")
    report = {"contacts": args.contacts, "touches": args.touches, "links": links,
              "sources": found.sampled_from, "results": results, "engines": per_source,
              "checks": checks}  # fmt: skip
    (OUT / "reviews.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
