"""Reading and changing a workspace's practice preferences (cadences, agenda rules)."""

from __future__ import annotations

from netgarden.domain.preferences import PREFERENCES, Preferences, parse_preference
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit


def get_preferences(unit: Unit) -> Preferences:
    return unit.preferences()


def set_preference(unit: Unit, key: str, raw: str) -> int:
    value = parse_preference(key, raw)
    unit.preference_values.set(key, str(value))
    return value


def reset_preference(unit: Unit, key: str) -> None:
    keys = [p.key for p in PREFERENCES]
    if key not in keys:
        raise InvalidValue("key", f"{key!r} is not a setting; use one of: {', '.join(keys)}")
    unit.preference_values.unset(key)
