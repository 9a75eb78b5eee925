"""Process settings: defaults → config file → NETGARDEN_* environment → command-line flags.

Practice preferences (cadences, agenda rules) live in the database per workspace instead:
see :mod:`netgarden.domain.preferences`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

from netgarden.errors import InvalidValue

APP = "netgarden"


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "NETGARDEN_DB", "Path of the SQLite database (created on first use)."),
    Setting("region", "NETGARDEN_REGION", "Default country for phone numbers without +code."),
)


@dataclass(frozen=True)
class Settings:
    db: Path
    region: str = "US"

    @classmethod
    def load(
        cls,
        *,
        env: Mapping[str, str] | None = None,
        config_file: Path | None = None,
        db: Path | None = None,
    ) -> Settings:
        environ = os.environ if env is None else env
        settings = cls(db=default_db_path())
        path = config_file or Path(environ.get("NETGARDEN_CONFIG") or default_config_path())
        settings = settings.overlay(_read_config(path), source=str(path))
        settings = settings.overlay(
            {s.name: environ[s.env] for s in SETTINGS if environ.get(s.env)}, source="environment"
        )
        return settings if db is None else replace(settings, db=db)

    def overlay(self, values: Mapping[str, object], source: str) -> Settings:
        known = {f.name for f in fields(self)}
        changes: dict[str, object] = {}
        for key, value in values.items():
            if key not in known:
                raise InvalidValue(
                    f"{source}: {key}", f"unknown setting; use one of: {', '.join(sorted(known))}"
                )
            if not isinstance(value, str) or not value.strip():
                raise InvalidValue(f"{source}: {key}", "expected a non-empty string")
            changes[key] = Path(value).expanduser() if key == "db" else value.strip().upper()
        return replace(self, **changes)  # type: ignore[arg-type]


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP) / "netgarden.db"


def default_config_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP) / "config.toml"


def _read_config(path: Path) -> dict[str, object]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fp:
            return tomllib.load(fp)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidValue(str(path), f"not valid TOML ({exc}); fix or remove the file") from None
    except OSError as exc:
        raise InvalidValue(str(path), f"cannot be read ({exc.strerror})") from None
