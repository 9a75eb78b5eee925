"""The benchmark scripts run end to end (at small sizes) and write their JSON reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"


@pytest.mark.parametrize(
    ("script", "args", "report"),
    [
        ("bench_core.py", ["--contacts", "300", "--touches", "2000", "--runs", "1"], "core.json"),
        (
            "bench_import.py",
            ["--connections", "300", "--messages", "500", "--cards", "50", "--runs", "1"],
            "import.json",
        ),
        (
            "bench_network.py",
            ["--contacts", "300", "--touches", "2000", "--links", "500", "--runs", "1"],
            "network.json",
        ),
        (
            "bench_files.py",
            ["--contacts", "300", "--messages", "300", "--events", "30", "--runs", "1"],
            "files.json",
        ),
        (
            "run_all.py",
            [
                "--contacts",
                "300",
                "--touches",
                "2000",
                "--runs",
                "1",
                "--import-rows",
                "200",
                "400",
                "--web-requests",
                "3",
            ],
            "run_all.json",
        ),
        (
            "bench_reviews.py",
            ["--contacts", "300", "--touches", "2000", "--links", "500", "--runs", "1"],
            "reviews.json",
        ),
        (
            "bench_events.py",
            [
                "--contacts",
                "300",
                "--touches",
                "2000",
                "--events",
                "40",
                "--open-tasks",
                "30",
                "--runs",
                "1",
            ],
            "events.json",
        ),
        (
            "bench_practice.py",
            ["--contacts", "300", "--touches", "2000", "--runs", "1"],
            "practice.json",
        ),  # issue 15
        (
            "bench_web.py",
            ["--contacts", "300", "--touches", "2000", "--requests", "20"],
            "web.json",
        ),
        (
            "bench_career.py",
            ["--contacts", "300", "--touches", "2000", "--runs", "1"],
            "career.json",
        ),
        (
            "bench_roi.py",  # issue 16
            ["--contacts", "300", "--touches", "2000", "--runs", "1"],
            "roi.json",
        ),
    ],
)
def test_benchmark_runs_and_reports(script: str, args: list[str], report: str) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "PASS" in result.stdout or "MISS" in result.stdout
    data = json.loads((BENCHMARKS / "out" / report).read_text())
    assert data["checks"]


def test_the_server_benchmark_runs_and_reports() -> None:
    """bench_server.py (issue 19) at a tiny size: PostgreSQL with two users (a team: `team
    who` on the API and as a command, on the database and through the server), SQLite beside."""
    import os

    from tests.pg import pg_bin

    if pg_bin() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but PostgreSQL is not installed")
        pytest.skip("PostgreSQL is not installed (/usr/lib/postgresql/*/bin): `make postgres`")
    args = ["--users", "2", "--contacts", "60", "--touches", "300", "--requests", "2"]
    args += ["--clients", "4"]
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_server.py"), *args, "--out", "server-test.json"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "| Today (/) | 4 |" in result.stdout and "PostgreSQL p50 / p99" in result.stdout
    data = json.loads((BENCHMARKS / "out" / "server-test.json").read_text())
    assert data["checks"]["zero errors"] and set(data["sqlite"]) < set(data["postgresql"])
    assert data["team_command"]["ties"] == data["team_command_server"]["ties"] > 0
