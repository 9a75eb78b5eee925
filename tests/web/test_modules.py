"""The web package's modules each import on their own (no hidden order between them).
Import loops and module sizes are checked for all of netgarden in tests/test_layout.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import netgarden.web

PACKAGE = "netgarden.web"
ROOT = Path(netgarden.web.__file__).parent


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE, *parts))


MODULES = {_name(path): path for path in sorted(ROOT.rglob("*.py"))}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_web_module_imports_alone(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
