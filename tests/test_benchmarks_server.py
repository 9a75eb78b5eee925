"""bench_server.py (issue 19) runs end to end at a tiny size."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.benchmark_runs import BENCHMARKS


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
    assert (
        data["team_who_after_writes"]["rounds"] == 20 and "right after a teammate" in result.stdout
    )
