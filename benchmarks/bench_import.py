"""Import benchmark: a generated 30,000-row Connections.csv and a 100,000-message messages.csv
imported end to end as processes, beside the limit (raw ``csv`` parsing plus
``sqlite3.executemany`` of the same rows, as a process) and beside ``sqlite-utils insert --csv``;
and 10,000 vCards parsed by netgarden beside vobject's parse alone.

Prints a table and writes ``benchmarks/out/import.json``. Targets (from the imports issue):
30,000 connections in under 2 s and within 5x of the limit; peak memory under 300 MB.

Usage: python benchmarks/bench_import.py [--connections N] [--messages M] [--cards K] [--runs R]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import connections_csv, messages_csv, vcards

OUT = Path(__file__).parent / "out"
BIN = Path(sys.executable).parent

LIMIT = """
import csv, io, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
db.execute("PRAGMA journal_mode=WAL")
db.execute("CREATE TABLE c (first TEXT, last TEXT, url TEXT, email TEXT, company TEXT, "
           "position TEXT, connected_on TEXT)")
with open(sys.argv[1], newline="", encoding="utf-8") as fp:
    for _ in range(3):  # LinkedIn's "Notes:" preamble
        next(fp)
    rows = csv.reader(fp)
    next(rows)
    db.executemany("INSERT INTO c VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
db.commit()
"""


def run(
    args: list[str], runs: int, fresh: list[Path] = (), setup: dict[Path, Path] | None = None
) -> dict[str, float]:  # type: ignore[assignment]
    """Best and median wall time and the largest peak RSS over ``runs`` runs of a process."""
    times, peaks = [], []
    for _ in range(runs):
        for path in fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        for target, source in (setup or {}).items():
            shutil.copy(source, target)
        start = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        if status != 0:
            raise SystemExit(f"{' '.join(args)} failed: {process.stderr.read().decode()}")  # type: ignore[union-attr]
        peaks.append(usage.ru_maxrss / 1024)
    return {"best_s": min(times), "median_s": statistics.median(times), "peak_mb": max(peaks)}


def in_process(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    work = OUT / "import"
    work.mkdir(exist_ok=True)
    connections = work / "Connections.csv"
    connections.write_bytes(connections_csv(args.connections))
    plain = work / "connections_plain.csv"  # sqlite-utils cannot skip LinkedIn's preamble
    plain.write_text(
        "".join(connections.read_text(encoding="utf-8").splitlines(True)[3:]), encoding="utf-8"
    )
    messages = work / "messages.csv"
    messages.write_bytes(messages_csv(args.messages, args.connections))
    cards = work / "cards.vcf"
    cards.write_bytes(vcards(args.cards))
    db, base = work / "n.db", work / "with-connections.db"

    ng = [str(BIN / "netgarden"), "--db", str(db)]
    results = {
        "connections: netgarden import": run([*ng, "import", str(connections)], args.runs, [db]),
    }
    shutil.copy(db, base)
    results["connections: import again (idempotent)"] = run(
        [*ng, "import", str(connections)], args.runs, setup={db: base}
    )
    results["messages: netgarden import"] = run(
        [*ng, "import", str(messages)], args.runs, setup={db: base}
    )
    limit_db = work / "limit.db"
    results["connections: raw csv + executemany"] = run(
        [sys.executable, "-c", LIMIT, str(connections), str(limit_db)], args.runs, [limit_db]
    )
    utils_db = work / "utils.db"
    results["connections: sqlite-utils insert --csv"] = run(
        [str(BIN / "sqlite-utils"), "insert", str(utils_db), "c", str(plain), "--csv"],
        args.runs,
        [utils_db],
    )
    results["vcards: netgarden import"] = run([*ng, "import", str(cards)], args.runs, [db])

    from netgarden.formats.vcard import parse

    data = cards.read_bytes()
    text = data.decode("utf-8")
    import vobject

    parsing = {
        "netgarden vCard parse": in_process(
            lambda: list(parse(io.BytesIO(data), "cards.vcf")), args.runs
        ),
        "vobject.readComponents": in_process(lambda: list(vobject.readComponents(text)), args.runs),
    }
    ours = results["connections: netgarden import"]["median_s"]
    limit = results["connections: raw csv + executemany"]["median_s"]
    peak = max(r["peak_mb"] for r in results.values())
    checks = {
        f"{args.connections:,} connections < 2 s": ours < 2.0,
        "connections within 5x of the limit": ours <= 5 * limit,
        "peak memory < 300 MB": peak < 300,
    }
    report = {
        "sizes": {"connections": args.connections, "messages": args.messages, "cards": args.cards},
        "processes": results,
        "in_process": parsing,
        "ratio_to_limit": ours / limit,
        "checks": checks,
    }
    (OUT / "import.json").write_text(json.dumps(report, indent=2))
    print(f"{'process':<42}{'best':>8}{'median':>9}{'peak':>9}")
    for name, r in results.items():
        print(f"{name:<42}{r['best_s']:>7.2f}s{r['median_s']:>8.2f}s{r['peak_mb']:>6.0f} MB")
    print(f"\n{'in-process, ' + format(args.cards, ',') + ' vCards':<42}{'median':>8}")
    for name, t in parsing.items():
        print(f"{name:<42}{t:>7.2f}s")
    print(f"\nnetgarden import / limit: {ours / limit:.1f}x")
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'MISS'}  {name}")
    print(f"\nwrote {OUT / 'import.json'}")


if __name__ == "__main__":
    main()
