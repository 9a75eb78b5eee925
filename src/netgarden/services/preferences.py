"""Reading and changing a workspace's practice preferences (cadences, agenda rules)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netgarden.domain.preferences import (
    PREFERENCES,
    TEXT_PREFERENCES,
    Preferences,
    parse_me_emails,
    parse_preference,
    parse_text_preference,
)
from netgarden.domain.values import Circle
from netgarden.errors import Collector, InvalidValue

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


def get_preferences(unit: Unit) -> Preferences:
    return unit.preferences()


def set_preference(unit: Unit, key: str, raw: str) -> int | str:
    if key in TEXT_PREFERENCES:
        stored = parse_text_preference(key, raw)
        unit.preference_values.set(key, stored)
        return stored
    value = parse_preference(key, raw)
    unit.preference_values.set(key, str(value))
    return value


def set_preferences(unit: Unit, values: dict[str, str]) -> Preferences:
    """Change several settings at once: every value is checked first (every mistake is
    reported together), then all are written. Blank values are left alone."""
    check = Collector()
    parsed: dict[str, int] = {}
    for key, raw in values.items():
        if raw.strip():
            with check:
                parsed[key] = parse_preference(key, raw.strip())
    check.raise_if_any()
    for key, value in parsed.items():
        unit.preference_values.set(key, str(value))
    return unit.preferences()


def reset_preference(unit: Unit, key: str) -> None:
    keys = [p.key for p in PREFERENCES] + list(TEXT_PREFERENCES)
    if key not in keys:
        raise InvalidValue("key", f"{key!r} is not a setting; use one of: {', '.join(keys)}")
    unit.preference_values.unset(key)


def me_emails(unit: Unit) -> frozenset[str]:
    """The user's own addresses (the me_emails preference); empty until they are set."""
    return frozenset(parse_me_emails(unit.preference_values.values().get("me_emails", "")))


def text_preferences(unit: Unit) -> dict[str, str]:
    """The text preferences (``TEXT_PREFERENCES``) as stored; "" when unset."""
    stored = unit.preference_values.values()
    return {key: stored.get(key, "") for key in TEXT_PREFERENCES}


def three_touch_circles(unit: Unit | ReadUnit) -> frozenset[Circle]:
    """The circles the three-touch system applies to (the three_touch_circles setting)."""
    from netgarden.domain.practice import parse_circles

    return parse_circles(unit.preference_values.values().get("three_touch_circles", ""))
