"""Web benchmark: `netgarden serve` on a generated network of 30,000 contacts and 1,000,000
touches, loaded over loopback by a bounded async client (a fixed number of requests per page,
a few at a time, and a time cap): median and p99 latency, throughput, errors.

Prints a table and writes ``benchmarks/out/web.json``. Target (from the web issue): p99 under
150 ms for Today and search on this 2-core machine.

Usage: python benchmarks/bench_web.py [--contacts N] [--touches M] [--requests R] [--concurrency C]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"
BIN = Path(sys.executable).parent / "netgarden"
END = "2026-11-22"
TIME_CAP_S = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def load(
    base: str, path: str, requests: int, concurrency: int, tokens: list[str] | None = None
) -> dict[str, float]:
    """``requests`` GETs of ``path`` by ``concurrency`` clients at once; with ``tokens``,
    client i signs in with tokens[i % len(tokens)] (server mode: each its own user)."""
    import httpx

    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for index in range(requests):
        queue.put_nowait(index)
    deadline = time.monotonic() + TIME_CAP_S

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty() and time.monotonic() < deadline:
            queue.get_nowait()
            start = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append(time.perf_counter() - start)

    signed = [{"Authorization": f"Bearer {t}"} for t in tokens or []]
    clients = [
        httpx.AsyncClient(
            base_url=base, timeout=30, headers=signed[i % len(signed)] if signed else None
        )
        for i in range(concurrency if signed else 1)
    ]
    try:
        for client in clients:  # warm: statement caches, the agenda cache, the page cache
            await client.get(path)
        began = time.perf_counter()
        await asyncio.gather(*(worker(clients[i % len(clients)]) for i in range(concurrency)))
        elapsed = time.perf_counter() - began
    finally:
        for client in clients:
            await client.aclose()
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "errors": errors,
        "median_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000,
        "max_ms": ordered[-1] * 1000,
        "throughput_rps": len(ordered) / elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--touches", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument(
        "--concurrency", type=int, default=2, help="clients at once (2: one a core)"
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"core-{args.contacts}-{args.touches}.db"
    if not db.exists():
        subprocess.run(
            [str(BIN), "--db", str(db), "generate", "--contacts", str(args.contacts),
             "--touches", str(args.touches), "--seed", "1", "--end", END],
            check=True,
        )  # fmt: skip
    scratch = OUT / "web-scratch.db"
    shutil.copy(db, scratch)
    port = free_port()
    server = subprocess.Popen(
        [str(BIN), "--db", str(scratch), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    someone = min(1234, args.contacts)
    pages = {
        "Today (/)": "/",
        "search (/contacts?q=coffee)": "/contacts?q=coffee",
        "search a name (/contacts?q=priya)": "/contacts?q=priya",
        "contacts, page 40": "/contacts?page=40",
        f"contact page (/contacts/{someone})": f"/contacts/{someone}",
        "API agenda (/api/v1/agenda)": "/api/v1/agenda",
    }
    try:
        _wait(base)
        results = {
            name: asyncio.run(load(base, path, args.requests, args.concurrency))
            for name, path in pages.items()
        }
    finally:
        server.terminate()
        server.wait(timeout=10)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    checks = {
        "Today p99 < 150 ms": results["Today (/)"]["p99_ms"] < 150,
        "search p99 < 150 ms": max(
            results["search (/contacts?q=coffee)"]["p99_ms"],
            results["search a name (/contacts?q=priya)"]["p99_ms"],
        )
        < 150,
        "zero errors": all(r["errors"] == 0 for r in results.values()),
    }
    report = {
        "network": {"contacts": args.contacts, "touches": args.touches},
        "load": {"requests": args.requests, "concurrency": args.concurrency},
        "pages": results,
        "checks": checks,
    }
    (OUT / "web.json").write_text(json.dumps(report, indent=2))
    print(f"{args.contacts:,} contacts, {args.touches:,} touches; "
          f"{args.requests} requests per page, {args.concurrency} at a time")  # fmt: skip
    print(f"\n{'page':<38}{'median':>9}{'p99':>9}{'max':>9}{'req/s':>8}{'errors':>8}")
    for name, r in results.items():
        print(
            f"{name:<38}{r['median_ms']:>7.1f}ms{r['p99_ms']:>7.1f}ms{r['max_ms']:>7.1f}ms"
            f"{r['throughput_rps']:>8.0f}{r['errors']:>8}"
        )
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'MISS'}  {name}")
    print(f"\nwrote {OUT / 'web.json'}")


def _wait(base: str) -> None:
    import httpx

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/api/v1/settings", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


if __name__ == "__main__":
    main()
