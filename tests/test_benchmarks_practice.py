"""The benchmark scripts of the practice run end to end (at small sizes) and write their
JSON reports: events, period reviews, the web, the call list and ROI."""

from __future__ import annotations

import pytest

from tests.benchmark_runs import run_benchmark


@pytest.mark.parametrize(
    ("script", "args", "report"),
    [
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
    run_benchmark(script, args, report)
