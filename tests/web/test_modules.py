"""The web package's modules each import on their own (no hidden order between them).
Import loops and module sizes are checked for all of netgarden in tests/test_layout.py.

One helper process imports the third-party libraries the web app uses, then forks a child
per module: each child starts with no netgarden module loaded and imports just its own, so a
module that only works after another one was imported fails here, as in a fresh process,
without paying a new interpreter and FastAPI's import per module (63 modules)."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
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

# Lists the third-party modules the whole web app loads (run in a process of its own).
_THIRD_PARTY = """
import json, sys
import netgarden.web.app
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] != 'netgarden')))
"""

# Loads those, then imports each module named on stdin in a forked child of its own.
_FORKER = """
import importlib, json, os, sys, traceback
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
    except Exception:
        pass
assert not any(m.split('.')[0] == 'netgarden' for m in sys.modules), 'netgarden preloaded'
errors = {}
for module in json.loads(sys.stdin.read()):
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            importlib.import_module(module)
            message = ''
        except BaseException:
            message = traceback.format_exc()[-2000:] or 'failed'
        os.write(write, message.encode())
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    _, status = os.waitpid(pid, 0)
    message = b''.join(chunks).decode()
    if status != 0 and not message:
        message = f'the child exited with status {status}'
    errors[module] = message
print(json.dumps(errors))
"""


def _run(code: str, *args: str, stdin: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


@cache
def _errors() -> dict[str, str]:
    third_party = _run(_THIRD_PARTY)
    modules = json.dumps(sorted(MODULES))
    result: dict[str, str] = json.loads(_run(_FORKER, third_party, stdin=modules))
    return result


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_web_module_imports_alone(module: str) -> None:
    assert _errors()[module] == "", _errors()[module]


def test_a_module_that_needs_another_first_fails(tmp_path: Path) -> None:
    # The check can fail: a module reading a name another module sets only when imported.
    package = tmp_path / "orderpkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "first.py").write_text("import sys\nsys.modules['orderpkg'].ready = True\n")
    (package / "second.py").write_text("import orderpkg\nassert orderpkg.ready\n")
    path = f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n"
    code = path + _FORKER
    errors = json.loads(_run(code, "[]", stdin=json.dumps(["orderpkg.first", "orderpkg.second"])))
    assert errors["orderpkg.first"] == ""
    assert "has no attribute 'ready'" in errors["orderpkg.second"]
