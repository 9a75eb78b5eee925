"""Services and domain speak in domain field names, never in a surface's words: no CLI
option (``--on``), no CLI argument (``STATE``); each surface translates the field once
(issue 10: ``grep -rn "\\-\\-[a-z]" src/netgarden/services src/netgarden/domain`` finds
nothing)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import netgarden

SOURCES = sorted(
    path
    for folder in ("services", "domain")
    for path in (Path(netgarden.__file__).parent / folder).rglob("*.py")
)
# a field as services raise it: InvalidValue("occurred_on", ...) or a default field name
FIELD = re.compile(r'(?:InvalidValue\(|\bfield: str = )\s*f?"([^"]*)"')
# a message that starts with a surface's word for a field: UserError("CONTACT: empty")
PREFIXED = re.compile(r'UserError\(\s*f?"([A-Za-z_-]+):')


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_cli_option_or_argument_is_named(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.findall(r"--[a-z][a-z-]*", text) == []
    for field in FIELD.findall(text):
        assert re.fullmatch(r"[a-z][a-z0-9_{}]*", field), (path.name, field)
    assert PREFIXED.findall(text) == [], path.name
