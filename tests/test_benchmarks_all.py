"""run_all.py, every figure of issue 18 in one table, runs end to end at a small size (its
own size: the network it generates is not the one bench_core.py makes beside it)."""

from __future__ import annotations

import pytest

from tests.benchmark_runs import run_benchmark


@pytest.mark.parametrize(
    ("script", "args", "report"),
    [
        (
            "run_all.py",
            [
                "--contacts",
                "250",
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
    ],
)
def test_benchmark_runs_and_reports(script: str, args: list[str], report: str) -> None:
    run_benchmark(script, args, report)
