"""Server-mode benchmark (issue 19): the web benchmark (bench_web.py's pages and load) against
`netgarden serve --database-url postgresql://…` on a throwaway PostgreSQL cluster holding N
users' workspaces of C contacts and T touches each (generated through the services), beside
the same pages on SQLite with one user's network: p50/p99 per page at 1, 4 and 8 clients.

Until accounts land (h-accounts), the web app serves workspace 1: the other users'
workspaces are in the same tables and indexes (what makes PostgreSQL's work bigger), but no
request is made as them. Targets: Today and search p99 < 150 ms at 4 clients.

Prints a table and writes ``benchmarks/out/server.json``.

Usage: python benchmarks/bench_server.py [--users N] [--contacts C] [--touches T]
       [--requests R (per client)] [--skip-sqlite]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))
from bench_web import free_port, load

OUT = Path(__file__).parent / "out"
BIN = Path(sys.executable).parent / "netgarden"
END = "2026-11-22"
CLIENTS = (1, 4, 8)


def pages(contacts: int) -> dict[str, str]:
    someone = min(1234, contacts)
    return {
        "Today (/)": "/",
        "search (/contacts?q=coffee)": "/contacts?q=coffee",
        "search a name (/contacts?q=priya)": "/contacts?q=priya",
        "contacts, page 40": "/contacts?page=40",
        f"contact page (/contacts/{someone})": f"/contacts/{someone}",
        "API agenda (/api/v1/agenda)": "/api/v1/agenda",
    }


def fill_postgres(url: str, users: int, contacts: int, touches: int) -> list[float]:
    """Workspaces 1..users, each with its generated network; seconds per user."""
    from sqlalchemy import insert

    from netgarden.services.database import Database
    from netgarden.services.generate import generate_network
    from netgarden.settings import Settings
    from netgarden.store.tables import Workspace

    database = Database.open(Settings(db=Path("unused"), database_url=url))
    now = dt.datetime(2026, 11, 22, 9)
    with database.transaction() as unit:
        for number in range(2, users + 1):
            unit.session.execute(insert(Workspace).values(name=f"user {number}", created_at=now))
    took = []
    for workspace_id in range(1, users + 1):
        began = time.perf_counter()
        with database.transaction(workspace_id) as unit:
            generate_network(
                unit, contacts=contacts, touches=touches, seed=workspace_id,
                end=dt.date.fromisoformat(END),
            )  # fmt: skip
        took.append(time.perf_counter() - began)
        print(f"  user {workspace_id}: generated in {took[-1]:.0f} s", flush=True)
    with database.engine.begin() as connection:  # fresh planner statistics, as autovacuum would
        connection.exec_driver_sql("ANALYZE")
    database.close()
    return took


def measure(
    serve_args: list[str], paths: dict[str, str], per_client: int, levels: tuple[int, ...]
) -> dict[str, object]:
    import httpx

    port = free_port()
    server = subprocess.Popen(
        [str(BIN), *serve_args, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    results: dict[str, object] = {}
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                httpx.get(base + "/api/v1/settings", timeout=5)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.2)
        for name, path in paths.items():
            results[name] = {
                str(clients): asyncio.run(load(base, path, per_client * clients, clients))
                for clients in levels
            }
    finally:
        server.terminate()
        server.wait(timeout=15)
    return results


def sqlite_db(contacts: int, touches: int) -> Path:
    db = OUT / f"server-sqlite-{contacts}-{touches}.db"
    if not db.exists():
        subprocess.run(
            [str(BIN), "--db", str(db), "generate", "--contacts", str(contacts),
             "--touches", str(touches), "--seed", "1", "--end", END],
            check=True,
        )  # fmt: skip
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=2)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--touches", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=50, help="per client")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--clients", type=int, nargs="+", default=list(CLIENTS))
    parser.add_argument("--out", default="server.json", help="report's name in benchmarks/out")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    from tests.pg import running

    paths = pages(args.contacts)
    report: dict[str, object] = {
        "network": {"users": args.users, "contacts": args.contacts, "touches": args.touches},
        "clients": args.clients,
        "requests_per_client": args.requests,
    }
    with running() as cluster:
        cluster.sql("CREATE DATABASE bench")
        url = cluster.url("bench")
        print(f"PostgreSQL: {args.users} users x {args.contacts:,} contacts / "
              f"{args.touches:,} touches", flush=True)  # fmt: skip
        report["generate_s"] = fill_postgres(url, args.users, args.contacts, args.touches)
        report["postgresql"] = measure(
            ["serve", "--database-url", url], paths, args.requests, tuple(args.clients)
        )
    if not args.skip_sqlite:
        db = sqlite_db(args.contacts, args.touches)
        scratch = OUT / "server-scratch.db"
        shutil.copy(db, scratch)
        try:
            report["sqlite"] = measure(
                ["--db", str(scratch), "serve"], paths, args.requests, tuple(args.clients)
            )
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    report["checks"] = checks(report)
    (OUT / args.out).write_text(json.dumps(report, indent=2))
    print(table(report))
    print(f"\nwrote {OUT / args.out}")


def checks(report: dict[str, object]) -> dict[str, bool]:
    pg: dict[str, dict[str, dict[str, float]]] = report["postgresql"]  # type: ignore[assignment]
    four = {name: runs["4"] for name, runs in pg.items()}
    return {
        "PostgreSQL Today p99 < 150 ms at 4 clients": four["Today (/)"]["p99_ms"] < 150,
        "PostgreSQL search p99 < 150 ms at 4 clients": max(
            four["search (/contacts?q=coffee)"]["p99_ms"],
            four["search a name (/contacts?q=priya)"]["p99_ms"],
        )
        < 150,
        "zero errors": all(r["errors"] == 0 for runs in pg.values() for r in runs.values()),
    }


def table(report: dict[str, object]) -> str:
    network: dict[str, int] = report["network"]  # type: ignore[assignment]
    lines = [
        f"{network['users']} users x {network['contacts']:,} contacts / "
        f"{network['touches']:,} touches on PostgreSQL; one user's on SQLite",
        "",
        "| page | clients | PostgreSQL p50 / p99 | SQLite p50 / p99 | errors |",
        "|---|---|---|---|---|",
    ]
    pg: dict[str, dict[str, dict[str, float]]] = report["postgresql"]  # type: ignore[assignment]
    lite: dict[str, dict[str, dict[str, float]]] = report.get("sqlite") or {}  # type: ignore[assignment]
    for name, runs in pg.items():
        for clients, r in runs.items():
            other = lite.get(name, {}).get(clients)
            beside = f"{other['median_ms']:.0f} / {other['p99_ms']:.0f} ms" if other else "-"
            errors = r["errors"] + (other["errors"] if other else 0)
            lines.append(
                f"| {name} | {clients} | {r['median_ms']:.0f} / {r['p99_ms']:.0f} ms | "
                f"{beside} | {errors:.0f} |"
            )
    checked: dict[str, bool] = report["checks"]  # type: ignore[assignment]
    lines += ["", *(f"{'PASS' if ok else 'MISS'}  {what}" for what, ok in checked.items())]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
