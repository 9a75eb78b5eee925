"""Compile every marked read statement (store/reads.py) to SQLite's text, once, ahead.

``python -m netgarden.store.reads_compile`` rewrites ``compiled_sqlite.json``;
tests/store/test_reads.py fails when the file and the builders disagree.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

from sqlalchemy import Boolean, Date, DateTime
from sqlalchemy.dialects import sqlite

from netgarden.store.reads import BUILDER_MODULES, COMPILED, key


def _kind(column: Any) -> str:
    kind = column.type
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Boolean):
        return "bool"
    return ""


def compile_one(statement: Any) -> list[Any]:
    """SQL text, parameter names in order, the values of the statement's own parameters,
    and how each result column reads back."""
    compiled = statement.compile(dialect=sqlite.dialect(paramstyle="qmark"))
    defaults = {
        name: list(value) if isinstance(value, tuple | list) else value
        for name, value in compiled.params.items()
        if value is not None
    }
    columns = getattr(statement, "selected_columns", None) or []
    names = list(compiled.positiontup or [])
    return [compiled.string, names, defaults, [_kind(c) for c in columns]]


def compile_all() -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for module_name in BUILDER_MODULES:
        module = importlib.import_module(f"netgarden.store.{module_name}")
        for attribute, builder in sorted(vars(module).items()):
            shapes = getattr(builder, "shapes", None)
            if shapes is None or getattr(builder, "__module__", None) != module.__name__:
                continue
            for shape in shapes:
                found[key(f"{module_name}:{attribute}", shape)] = compile_one(builder(*shape))
    return found


def main() -> None:
    text = json.dumps(compile_all(), indent=1, sort_keys=True, ensure_ascii=False)
    COMPILED.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {COMPILED}")


if __name__ == "__main__":
    main()
