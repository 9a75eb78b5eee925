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
from typing import TYPE_CHECKING

from netgarden.errors import InvalidValue

if TYPE_CHECKING:
    from netgarden.formats.archive import ZipLimits

APP = "netgarden"


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "NETGARDEN_DB", "Path of the SQLite database (created on first use)."),
    Setting("region", "NETGARDEN_REGION", "Default country for phone numbers without +code."),
    Setting(
        "busy_timeout",
        "NETGARDEN_BUSY_TIMEOUT",
        "Seconds a write waits for another program's lock on the database before giving up.",
    ),
    Setting(
        "upload_limit_mb",
        "NETGARDEN_UPLOAD_LIMIT_MB",
        "Largest request the web app accepts (an import's files together), in MB.",
    ),
    Setting(
        "unzipped_limit_mb",
        "NETGARDEN_UNZIPPED_LIMIT_MB",
        "Most an imported zip may unpack to (the files read from it together), in MB.",
    ),
    Setting(
        "allowed_hosts",
        "NETGARDEN_ALLOWED_HOSTS",
        "Host names the web app answers besides 127.0.0.1, localhost and ::1 (comma-separated).",
    ),
)


@dataclass(frozen=True)
class Settings:
    db: Path
    region: str = "US"
    busy_timeout: float = 10.0
    upload_limit_mb: int = 50
    unzipped_limit_mb: int = 500
    allowed_hosts: tuple[str, ...] = ()

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
            changes[key] = _parse(key, value, f"{source}: {key}")
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def upload_limit(self) -> int:
        return self.upload_limit_mb * MB

    @property
    def unzipped_limit(self) -> int:
        return self.unzipped_limit_mb * MB

    def zip_limits(self) -> ZipLimits:
        from netgarden.formats.archive import ZipLimits

        return ZipLimits(total=self.unzipped_limit)


MB = 1024 * 1024


def _parse(key: str, value: object, field: str) -> object:
    """A setting's value from the config file (TOML types) or the environment (text)."""
    if key == "allowed_hosts":
        names = value.split(",") if isinstance(value, str) else value
        if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
            raise InvalidValue(field, "expected host names, separated by commas")
        return tuple(n.strip().lower() for n in names if n.strip())
    if key in ("busy_timeout", "upload_limit_mb", "unzipped_limit_mb"):
        number = _number(value, integer=key != "busy_timeout")
        if number is None or not 0 < number < float("inf"):
            unit = "seconds" if key == "busy_timeout" else "a whole number of MB"
            raise InvalidValue(field, f"{value!r} is not a positive number ({unit})")
        return number
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(field, "expected a non-empty string")
    return Path(value).expanduser() if key == "db" else value.strip().upper()


def _number(value: object, integer: bool) -> float | int | None:
    if isinstance(value, bool):
        return None
    try:
        if integer:
            return value if isinstance(value, int) else int(str(value).strip())
        return float(value) if isinstance(value, int | float) else float(str(value).strip())
    except ValueError:
        return None


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
