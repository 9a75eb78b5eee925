"""The benchmark scripts run end to end (at small sizes) and write their JSON reports: the
core, imports, network, files and reviews. (The benchmarks are split over four files so that
the test workers share them.)"""

from __future__ import annotations

import pytest

from tests.benchmark_runs import run_benchmark


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
            "bench_reviews.py",
            ["--contacts", "300", "--touches", "2000", "--links", "500", "--runs", "1"],
            "reviews.json",
        ),
    ],
)
def test_benchmark_runs_and_reports(script: str, args: list[str], report: str) -> None:
    run_benchmark(script, args, report)
