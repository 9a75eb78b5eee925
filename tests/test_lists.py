"""One source of truth per list: touch kinds, ledger kinds, circles and their targets and
cadences, preference ranges. Every surface that names them (CLI help, API schemas, the
README) must agree with the domain's one definition."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from netgarden.cli.main import app
from netgarden.domain.agenda import Reason
from netgarden.domain.ledger import ASK_KINDS, KINDS, EntryType, LedgerKind
from netgarden.domain.network import NEXT_STATES, IntroState
from netgarden.domain.preferences import PREFERENCES, Preferences
from netgarden.domain.strength import StrengthWeights
from netgarden.domain.values import (
    CIRCLE_CADENCES,
    CIRCLE_TARGETS,
    Circle,
    Direction,
    TouchKind,
    choices,
)

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
TOUCH_KINDS = [kind.value for kind in TouchKind]
CIRCLES = [circle.value for circle in Circle]


def _openapi(folder: Path) -> dict[str, Any]:
    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    app = create_app(Settings(db=folder / "lists.db"))
    try:
        return app.openapi()
    finally:
        app.state.database.close()


def _enum(schema: dict[str, Any], model: str, field: str) -> list[str]:
    """The enum an OpenAPI property allows, through ``$ref`` and ``anyOf`` with null."""
    prop = schema["components"]["schemas"][model]["properties"][field]
    for option in [prop, *prop.get("anyOf", []), *prop.get("allOf", [])]:
        if "$ref" in option:
            option = schema["components"]["schemas"][option["$ref"].rsplit("/", 1)[1]]
        if "enum" in option:
            return list(option["enum"])
    raise AssertionError(f"{model}.{field} has no enum: {prop}")


@pytest.fixture(scope="module")
def openapi(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _openapi(tmp_path_factory.mktemp("openapi"))


@pytest.mark.parametrize(
    ("model", "field", "expected"),
    [
        ("TouchCreate", "kind", TOUCH_KINDS),
        ("TouchCreate", "direction", [d.value for d in Direction]),
        ("ContactCreate", "circle", CIRCLES),
        ("ContactUpdate", "circle", CIRCLES),
        ("LedgerEntryCreate", "type", [e.value for e in EntryType]),
        ("LedgerEntryCreate", "kind", list(ASK_KINDS)),
        ("AgendaItemRead", "reason", [r.value for r in Reason]),
        ("IntroUpdate", "state", ["asked-a", "asked-b", "made", "outcome", "declined"]),
    ],
)
def test_the_api_enums_are_the_domain_lists(
    openapi: dict[str, Any], model: str, field: str, expected: list[str]
) -> None:
    assert _enum(openapi, model, field) == expected


def test_the_api_settings_are_the_preferences_with_their_ranges(openapi: dict[str, Any]) -> None:
    schemas = openapi["components"]["schemas"]
    read, update = schemas["SettingsRead"]["properties"], schemas["SettingsUpdate"]["properties"]
    assert list(read) == list(update) == [p.key for p in PREFERENCES]
    for pref in PREFERENCES:
        bounds = next(o for o in update[pref.key]["anyOf"] if "minimum" in o)
        assert (bounds["minimum"], bounds["maximum"]) == (pref.minimum, pref.maximum)
        assert update[pref.key]["description"] == pref.help


def test_an_introduction_moves_to_the_states_the_domain_leads_to() -> None:
    """The API's IntroUpdate.state is built from NEXT_STATES, not written out again: a
    state added to the domain's transitions is a state the API accepts."""
    from typing import get_args

    from netgarden.web import schemas_network

    reached = {state for nexts in NEXT_STATES.values() for state in nexts}
    expected = tuple(state.value for state in IntroState if state in reached)
    assert get_args(schemas_network.IntroUpdate.model_fields["state"].annotation) == expected
    source = Path(schemas_network.__file__).read_text(encoding="utf-8")
    assert [s.value for s in IntroState if f'"{s.value}"' in source] == []


def test_preferences_are_one_definition() -> None:
    assert Preferences().as_dict() == {p.key: p.default for p in PREFERENCES}
    for circle in Circle:
        assert Preferences().circle_cadence(circle) == CIRCLE_CADENCES.get(circle)
    assert set(CIRCLE_TARGETS) == set(CIRCLE_CADENCES) == set(Circle) - {Circle.NONE}


def test_ledger_kinds_are_one_definition() -> None:
    assert list(ASK_KINDS) == [k.value for k in LedgerKind]
    assert list(KINDS) == [k.value for k in LedgerKind if k is not LedgerKind.OTHER]


def test_strength_weighs_every_kind_and_entry() -> None:
    weights = StrengthWeights()
    assert set(weights.kinds) == set(TOUCH_KINDS)
    assert set(weights.ledger) == {e.value for e in EntryType}


def _help(command: str, option: str) -> str:
    click_command = get_command(app).commands[command]  # type: ignore[attr-defined]
    param = next(p for p in click_command.params if p.name == option)
    return str(param.help)


@pytest.mark.parametrize(
    ("command", "option", "expected"),
    [
        ("log", "kind", TOUCH_KINDS),
        ("give", "kind", list(KINDS)),
        ("receive", "kind", list(KINDS)),
        ("ask", "kind", list(ASK_KINDS)),
        ("add", "circle", CIRCLES),
        ("edit", "circle", CIRCLES),
    ],
)
def test_the_cli_help_lists_the_domain_list(command: str, option: str, expected: list[str]) -> None:
    assert f"One of: {', '.join(expected)}" in _help(command, option)


def test_the_readme_lists_agree_with_the_domain() -> None:
    assert f"use one of: {choices(TouchKind)}" in README
    assert f"Kinds: {', '.join(KINDS)} (an ask may be free text)" in README
    assert "`--circle " + "\\|".join(CIRCLES) + "`" in README
    cadences = ", ".join(f"{c.value} {days}" for c, days in CIRCLE_CADENCES.items())
    assert f"Each circle keeps a cadence ({cadences} days" in README
    outward = sorted(CIRCLE_TARGETS.items(), key=lambda item: -item[1])
    numbers = "-".join(str(n) for _, n in outward)
    named = ", ".join(f"{c.value} {n}" for c, n in outward)
    assert f"({numbers}: {named})" in README


@pytest.mark.parametrize("pref", PREFERENCES, ids=[p.key for p in PREFERENCES])
def test_the_readme_gives_each_preference_its_range(pref: Any) -> None:
    assert f"| `{pref.key}` | {pref.default} | {pref.minimum}\u2013{pref.maximum} |" in README
