"""Server-mode benchmark (issue 19): the web benchmark (bench_web.py's pages and load) against
`netgarden serve --multi-user --database-url postgresql://…` on a throwaway PostgreSQL cluster
holding N users' workspaces of C contacts and T touches each (server_fill.py: user 1's
network generated, the others' copies of it made inside PostgreSQL), all in one team that
shares; beside the same pages on SQLite with one user's network: p50/p99 per page at 1, 4
and 8 clients. On PostgreSQL client i signs in (an API token) as user i: four clients are
four users. Also `team who --company` with every member sharing: the API endpoint under the
same load, and the whole `netgarden team who` command. Targets: Today and search p99
< 150 ms at 4 clients; `team who --company` < 200 ms with 10 members.

Prints a table and writes ``benchmarks/out/server.json``.

Usage: python benchmarks/bench_server.py [--users N] [--contacts C] [--touches T]
       [--requests R (per client)] [--skip-sqlite] [--workers W (serve's; default: its own)]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))
from bench_web import free_port, load
from server_fill import BULK_SETTINGS, Filled, fill

OUT = Path(__file__).parent / "out"
BIN = Path(sys.executable).parent / "netgarden"
END = "2026-11-22"
CLIENTS = (1, 4, 8)
ONE_USER = "as user 1"  # a page of one user's contact: the other users' ids differ
WHO = "team who (/api/v1/team/who?company=…)"


def pages(contacts: int) -> dict[str, str]:
    someone = min(1234, contacts)
    return {
        "Today (/)": "/",
        "search (/contacts?q=coffee)": "/contacts?q=coffee",
        "search a name (/contacts?q=priya)": "/contacts?q=priya",
        "contacts, page 40": "/contacts?page=40",
        f"contact page (/contacts/{someone}, {ONE_USER})": f"/contacts/{someone}",
        "API agenda (/api/v1/agenda)": "/api/v1/agenda",
    }


def measure(
    serve_args: list[str],
    paths: dict[str, str],
    per_client: int,
    levels: tuple[int, ...],
    tokens: list[str] | None = None,
    then: Callable[[str], dict[str, float]] | None = None,
) -> dict[str, object]:
    """Each page at each number of clients; then ``then(base)`` while the server still runs."""
    import httpx

    port = free_port()
    server = subprocess.Popen(
        [str(BIN), *serve_args, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    signed = {"Authorization": f"Bearer {tokens[0]}"} if tokens else {}
    results: dict[str, object] = {}
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                httpx.get(base + "/api/v1/settings", timeout=5, headers=signed)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.2)
        for name, path in paths.items():
            as_whom = tokens[:1] if tokens and ONE_USER in name else tokens
            results[name] = {
                str(clients): asyncio.run(load(base, path, per_client * clients, clients, as_whom))
                for clients in levels
            }
            print(f"  {name}: done", flush=True)
        if then is not None:
            results["then"] = then(base)
    finally:
        server.terminate()
        server.wait(timeout=15)
    return results


def team_command(
    company: str, runs: int, env: dict[str, str], where: list[str], acting: list[str]
) -> dict[str, float]:
    """`netgarden team who --company` as a whole process (on the database itself, or through
    the server's API with ``--server``): median wall and CPU time."""
    args = [
        str(BIN), *where, "team", "who", "--company", company, "--as-of", END, "--json", *acting,
    ]  # fmt: skip
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        done = subprocess.run(
            args, capture_output=True, text=True, check=True, env={**os.environ, **env}
        )
        walls.append(time.perf_counter() - began)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    ties = len(json.loads(done.stdout))
    return {"wall_ms": statistics.median(walls) * 1000, "cpu_ms": statistics.median(cpus) * 1000,
            "ties": ties}  # fmt: skip


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
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--touches", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=25, help="per client")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--clients", type=int, nargs="+", default=list(CLIENTS))
    parser.add_argument("--out", default="server.json", help="report's name in benchmarks/out")
    parser.add_argument(
        "--workers", type=int, help="serve --workers on PostgreSQL (default: serve's own)"
    )
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL database to use (filled on the first run, its accounts kept in "
        "benchmarks/out/server-fill.json) instead of a new throwaway cluster",
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    from tests.pg import running

    paths = pages(args.contacts)
    report: dict[str, object] = {
        "network": {"users": args.users, "contacts": args.contacts, "touches": args.touches},
        "clients": args.clients,
        "requests_per_client": args.requests,
        "workers": args.workers or "serve's default",
        "load_before": os.getloadavg(),
    }
    with contextlib.ExitStack() as stack:
        url = args.database_url
        if url is None:
            cluster = stack.enter_context(running(settings=BULK_SETTINGS))
            cluster.sql("CREATE DATABASE bench")
            url = cluster.url("bench")
        filled = filled_database(url, args)
        report.update(generate_s=filled.generate_s, copies_s=filled.copies_s)
        report["company"] = filled.company
        measure_postgresql(url, filled, paths, args, report)
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
    report["load_after"] = os.getloadavg()
    report["checks"] = checks(report)
    (OUT / args.out).write_text(json.dumps(report, indent=2))
    print(table(report))
    print(f"\nwrote {OUT / args.out}")


def filled_database(url: str, args: argparse.Namespace) -> Filled:
    kept = OUT / "server-fill.json"
    if args.database_url and kept.exists():
        found = json.loads(kept.read_text())
        if found.pop("url") == url:
            print(f"PostgreSQL: reusing {url}", flush=True)
            return Filled(**found)
    print(f"PostgreSQL: {args.users} users x {args.contacts:,} contacts / "
          f"{args.touches:,} touches", flush=True)  # fmt: skip
    end = dt.date.fromisoformat(END)
    filled = fill(url, args.users, args.contacts, args.touches, end)
    kept.write_text(json.dumps({"url": url, **dataclasses.asdict(filled)}))
    return filled


def measure_postgresql(
    url: str, filled: Filled, paths: dict[str, str], args: argparse.Namespace,
    report: dict[str, object],
) -> None:  # fmt: skip
    """The pages (client i as user i), `team who` through the server and on the database."""
    who = {WHO: f"/api/v1/team/who?company={filled.company}&as_of={END}"}

    def over_server(base: str) -> dict[str, float]:
        report["team_who_after_writes"] = after_writes(base, filled, who[WHO])
        where = ["--server", base, "--token", filled.tokens[0]]
        return team_command(filled.company, 5, {}, where, [])

    workers = ["--workers", str(args.workers)] if args.workers else []
    found = measure(
        ["serve", "--multi-user", "--database-url", url, *workers], {**paths, **who}, args.requests,
        tuple(args.clients), filled.tokens, over_server,
    )  # fmt: skip
    report["team_command_server"] = found.pop("then")
    report["postgresql"] = found
    local = {"NETGARDEN_DATABASE_URL": url}
    acting = ["--user", filled.emails[0]]
    report["team_command"] = team_command(filled.company, 5, local, [], acting)
    report["load_after_postgresql"] = os.getloadavg()


def after_writes(base: str, filled: Filled, who: str, rounds: int = 20) -> dict[str, float]:
    """`team who` asked by user 1 right after a teammate logged a touch (one client): the
    answer the server keeps per version of each teammate's workspace is stale for the one
    who wrote, so this is its cost when a teammate's part is worked out again."""
    import httpx

    def signed(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    writers = filled.tokens[1:] or filled.tokens
    took: list[float] = []
    with httpx.Client(base_url=base, timeout=120) as client:
        someone = {
            token: client.get("/api/v1/contacts", params={"limit": 1}, headers=signed(token))
            .raise_for_status()
            .json()[0]["id"]
            for token in writers
        }
        for round_ in range(rounds):
            token = writers[round_ % len(writers)]
            client.post(
                f"/api/v1/contacts/{someone[token]}/touches",
                json={"kind": "email", "note": "bench_server: a teammate's write"},
                headers=signed(token),
            ).raise_for_status()
            began = time.perf_counter()
            client.get(who, headers=signed(filled.tokens[0])).raise_for_status()
            took.append((time.perf_counter() - began) * 1000)
    took.sort()
    return {"median_ms": statistics.median(took), "max_ms": took[-1], "rounds": rounds}


def checks(report: dict[str, object]) -> dict[str, bool]:
    pg: dict[str, dict[str, dict[str, float]]] = report["postgresql"]  # type: ignore[assignment]
    four = {name: runs["4"] for name, runs in pg.items()}
    command: dict[str, float] = report["team_command"]  # type: ignore[assignment]
    return {
        "PostgreSQL Today p99 < 150 ms at 4 clients": four["Today (/)"]["p99_ms"] < 150,
        "PostgreSQL search p99 < 150 ms at 4 clients": max(
            four["search (/contacts?q=coffee)"]["p99_ms"],
            four["search a name (/contacts?q=priya)"]["p99_ms"],
        )
        < 150,
        "PostgreSQL team who --company p99 < 200 ms at 4 clients": four[WHO]["p99_ms"] < 200,
        "netgarden team who --company < 200 ms CPU as a process": command["cpu_ms"] < 200,
        "zero errors": all(r["errors"] == 0 for runs in pg.values() for r in runs.values()),
    }


def table(report: dict[str, object]) -> str:
    network: dict[str, int] = report["network"]  # type: ignore[assignment]
    lines = [
        f"{network['users']} users x {network['contacts']:,} contacts / "
        f"{network['touches']:,} touches on PostgreSQL (workers: {report.get('workers')}); "
        "one user's on SQLite",
        "",
        "| page | clients | PostgreSQL p50 / p99 | SQLite p50 / p99 | errors |",
        "|---|---|---|---|---|",
    ]
    pg: dict[str, dict[str, dict[str, float]]] = report["postgresql"]  # type: ignore[assignment]
    lite: dict[str, dict[str, dict[str, float]]]
    lite = report.get("sqlite") or {}  # type: ignore[assignment]
    for name, runs in pg.items():
        for clients, r in runs.items():
            other = lite.get(name, {}).get(clients)
            beside = f"{other['median_ms']:.0f} / {other['p99_ms']:.0f} ms" if other else "-"
            errors = r["errors"] + (other["errors"] if other else 0)
            lines.append(
                f"| {name} | {clients} | {r['median_ms']:.0f} / {r['p99_ms']:.0f} ms | "
                f"{beside} | {errors:.0f} |"
            )
    lines.append("")
    for key, how in (("team_command", "on the database"), ("team_command_server", "--server")):
        command: dict[str, float] = report[key]  # type: ignore[assignment]
        lines.append(
            f"netgarden team who --company {report['company']!r} ({how}, whole process, "
            f"median of 5): {command['wall_ms']:.0f} ms wall, {command['cpu_ms']:.0f} ms CPU, "
            f"{command['ties']:.0f} ties"
        )
    fresh: dict[str, float] | None = report.get("team_who_after_writes")  # type: ignore[assignment]
    if fresh:
        lines.append(
            f"team who right after a teammate's write (1 client, {fresh['rounds']:.0f} rounds): "
            f"median {fresh['median_ms']:.0f} ms, at most {fresh['max_ms']:.0f} ms"
        )
    lines += [
        f"load average before / after: {report['load_before']} / {report['load_after']}",
    ]
    checked: dict[str, bool] = report["checks"]  # type: ignore[assignment]
    lines += ["", *(f"{'PASS' if ok else 'MISS'}  {what}" for what, ok in checked.items())]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
