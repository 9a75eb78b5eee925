"""Running a benchmark script at a small size and checking its report (the
tests/test_benchmarks*.py files share it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"


def run_benchmark(script: str, args: list[str], report: str) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "PASS" in result.stdout or "MISS" in result.stdout
    data = json.loads((BENCHMARKS / "out" / report).read_text())
    assert data["checks"]
