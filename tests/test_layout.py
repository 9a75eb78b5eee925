"""The package's layout, as the issue "Foundation before growth" left it: no two netgarden
modules import each other at module level (directly or round a longer loop), and none grows
past a size a reader takes in. tests/web/test_modules.py holds the web package to more (lazy
imports count there too)."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

import netgarden

ROOT = Path(netgarden.__file__).parent
MOST_LINES = 420  # "~400": the house style's small modules


def _name(path: Path) -> str:
    parts = ("netgarden", *path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(path): path for path in sorted(ROOT.rglob("*.py"))}


def _module_level(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """The imports a module runs when it is imported: its top level, inside ``if``/``try``
    but not under ``if TYPE_CHECKING`` and not inside a function or a class."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif isinstance(node, ast.If):
            if "TYPE_CHECKING" not in ast.unparse(node.test):
                found += _module_level(node.body)
            found += _module_level(node.orelse)
        elif isinstance(node, ast.Try):
            for part in (node.body, *(h.body for h in node.handlers), node.orelse, node.finalbody):
                found += _module_level(part)
    return found


def imported(module: str, source: str, modules: dict[str, Path] = MODULES) -> set[str]:
    """The netgarden modules ``module`` imports at module level. ``from a import b`` names the
    module ``a.b`` when there is one, else ``a`` itself."""
    path = modules[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in _module_level(ast.parse(source).body):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            base = f"{anchor}.{base}" if base else anchor
        submodules = {f"{base}.{a.name}" for a in node.names} & set(modules)
        found.update(submodules)
        if len(submodules) < len(node.names):
            found.add(base)
    return {name for name in found if name in modules and name != module}


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import loop, as the modules round it, or None."""
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> list[str] | None:
        if module in trail:
            return [*trail[trail.index(module) :], module]
        if module in done:
            return None
        for other in sorted(graph[module]):
            loop = visit(other, [*trail, module])
            if loop:
                return loop
        done.add(module)
        return None

    for module in sorted(graph):
        loop = visit(module, [])
        if loop:
            return loop
    return None


def _graph() -> dict[str, set[str]]:
    return {m: imported(m, p.read_text(encoding="utf-8")) for m, p in MODULES.items()}


def test_the_reader_sees_module_level_imports_only() -> None:
    modules = {f"netgarden.{n}": Path(f"netgarden/{n}.py") for n in "abcdx"}
    source = (
        "from typing import TYPE_CHECKING\n"
        "from netgarden import a\n"
        "if TYPE_CHECKING:\n    import netgarden.b\n"
        "try:\n    from . import c\nexcept ImportError:\n    pass\n"
        "def later() -> None:\n    import netgarden.d\n"
    )
    assert imported("netgarden.x", source, modules) == {"netgarden.a", "netgarden.c"}


def test_the_cycle_finder_finds_a_loop() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_among_netgarden_modules() -> None:
    graph = _graph()
    assert graph["netgarden.services.contacts"], "the graph was not read"
    assert len(graph) > 100
    loop = cycle(graph)
    assert loop is None, " -> ".join(loop or [])


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_module_is_small(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MOST_LINES, f"{module} has {lines} lines; split it by area"


MOST_HANDLER_LINES = 35  # the body; "routes and commands stay thin (≈40 lines for a command)"


def _handlers() -> dict[str, object]:
    """Every CLI command's function and every route's endpoint (API and pages), unwrapped."""
    import importlib
    import inspect

    import click
    from fastapi.routing import APIRoute
    from typer.main import get_command

    from netgarden.cli.main import app

    found: dict[str, object] = {}
    commands = list(get_command(app).commands.items())  # type: ignore[attr-defined]
    while commands:
        name, command = commands.pop()
        if isinstance(command, click.Group):
            commands += [(f"{name} {n}", c) for n, c in command.commands.items()]
        elif command.callback is not None:
            found[f"netgarden {name}"] = inspect.unwrap(command.callback)
    areas = [m for m in MODULES if m.startswith(("netgarden.web.api.", "netgarden.web.pages."))]
    for area in areas:
        router = getattr(importlib.import_module(area), "router", None)  # common.py has none
        for route in router.routes if router else []:
            if not isinstance(route, APIRoute):
                continue
            found[f"{min(route.methods)} {route.path}"] = inspect.unwrap(route.endpoint)
    return found


def test_commands_and_routes_stay_thin() -> None:
    import inspect

    handlers = _handlers()
    assert "netgarden today" in handlers and "GET /api/v1/agenda" in handlers

    def body_lines(handler: object) -> int:
        """The body's lines (docstring included): declaring options is not work."""
        source = textwrap.dedent(inspect.getsource(handler))  # type: ignore[arg-type]
        function = ast.parse(source).body[0]
        assert isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        return (function.end_lineno or 0) - function.body[0].lineno + 1

    fat = {name: body_lines(handler) for name, handler in handlers.items()}
    fat = {name: lines for name, lines in fat.items() if lines > MOST_HANDLER_LINES}
    assert fat == {}, "move the work into a service"
