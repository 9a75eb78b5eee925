"""The README documents every command and every setting (sqlite-utils' test_docs habit)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

from netgarden.cli.main import app
from netgarden.domain.preferences import PREFERENCES
from netgarden.settings import SETTINGS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"`netgarden {name}" in README


@pytest.mark.parametrize("key", [p.key for p in PREFERENCES])
def test_every_practice_setting_is_documented_with_its_default(key: str) -> None:
    default = next(p.default for p in PREFERENCES if p.key == key)
    assert f"| `{key}` | {default} |" in README


@pytest.mark.parametrize("setting", SETTINGS, ids=[s.name for s in SETTINGS])
def test_every_process_setting_is_documented(setting: object) -> None:
    row = f"| `{setting.name}` | `{setting.env}` |"  # type: ignore[attr-defined]
    assert row in README


def test_quick_start_is_exactly_make_run_and_make_test() -> None:
    quick = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick.strip().splitlines()]
    assert commands == ["make run", "make test"]
