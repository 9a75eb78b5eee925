"""Process settings: defaults → config file → NETGARDEN_* environment → command-line flags.

Practice preferences (cadences, agenda rules) live in the database per workspace instead:
see :mod:`netgarden.domain.preferences`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from netgarden.errors import InvalidValue, UserError

if TYPE_CHECKING:
    from netgarden.formats.archive import ZipLimits

APP = "netgarden"


Parser = Callable[[object, str], object]


@dataclass(frozen=True)
class Setting:
    """A process setting: its name (a field of :class:`Settings`), environment variable, help
    and the parser that turns a config-file or environment value into the field's value."""

    name: str
    env: str
    help: str
    parse: Parser


MB = 1024 * 1024


def _text(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(field, "expected a non-empty string")
    return value.strip()


def _path(value: object, field: str) -> Path:
    return Path(_text(value, field)).expanduser()


def _region(value: object, field: str) -> str:
    code = _text(value, field)
    if not (code.isascii() and code.isalpha() and len(code) == 2):
        raise InvalidValue(field, f"{code!r} is not a country code; use two letters, e.g. US or GB")
    return code.upper()


def _seconds(value: object, field: str) -> float:
    number = _number(value, integer=False)
    if number is None or not 0 < number < float("inf"):
        raise InvalidValue(field, f"{value!r} is not a positive number (seconds)")
    return float(number)


def _megabytes(value: object, field: str) -> int:
    number = _number(value, integer=True)
    if number is None or not 0 < number < float("inf"):
        raise InvalidValue(field, f"{value!r} is not a positive number (a whole number of MB)")
    return int(number)


def _hosts(value: object, field: str) -> tuple[str, ...]:
    names = value.split(",") if isinstance(value, str) else value
    if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
        raise InvalidValue(field, "expected host names, separated by commas")
    return tuple(n.strip().lower() for n in names if n.strip())


def _zone(value: object, field: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = _text(value, field)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidValue(
            field, f"{name!r} is not a time zone; use an IANA name such as Europe/Paris"
        ) from None
    return name


def web_url(value: object, field: str) -> str:
    text = _text(value, field).rstrip("/")
    scheme, found, rest = text.partition("://")
    if scheme.lower() not in ("http", "https") or not found or not rest or " " in rest:
        raise InvalidValue(field, f"{text!r} is not a web address; use e.g. https://host:8000")
    return text


SQLITE = "sqlite:///"
# the schemes of a server database (PostgreSQL, through psycopg 3)
SERVER_SCHEMES = ("postgresql", "postgresql+psycopg", "postgresql+psycopg2")
DRIVER = "postgresql+psycopg"


def parse_database_url(value: object, field: str) -> str:
    """A SQLite path (``~/notes/netgarden.db``), a ``sqlite:///PATH`` URL or a
    ``postgresql://`` URL; a path becomes a ``sqlite:///`` URL."""
    text = _text(value, field)
    scheme, found, rest = text.partition("://")
    if not found:
        return SQLITE + str(Path(text).expanduser())
    scheme = scheme.lower()
    if scheme == "sqlite" and rest.startswith("/") and rest.strip("/"):
        return text
    if scheme in (*SERVER_SCHEMES, "postgres") and rest:
        return ("postgresql" if scheme == "postgres" else scheme) + "://" + rest
    # the value is not echoed: a database URL may hold a password
    raise InvalidValue(
        field, "not a database; use a SQLite path or a URL such as postgresql://host/netgarden"
    )


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "NETGARDEN_DB", "Path of the SQLite database (created on first use).", _path),
    Setting(
        "database_url",
        "NETGARDEN_DATABASE_URL",
        "The database as a URL, or a SQLite path; unset, it is the SQLite file `db` names. "
        "A postgresql://USER@HOST/DB URL runs netgarden on a PostgreSQL server (server mode).",
        parse_database_url,
    ),
    Setting(
        "region",
        "NETGARDEN_REGION",
        "Default country for phone numbers without +code.",
        _region,
    ),
    Setting(
        "busy_timeout",
        "NETGARDEN_BUSY_TIMEOUT",
        "Seconds a write waits for another program's lock on the database before giving up.",
        _seconds,
    ),
    Setting(
        "upload_limit_mb",
        "NETGARDEN_UPLOAD_LIMIT_MB",
        "Largest request the web app accepts (an import's files together), in MB.",
        _megabytes,
    ),
    Setting(
        "unzipped_limit_mb",
        "NETGARDEN_UNZIPPED_LIMIT_MB",
        "Most an imported zip may unpack to (the files read from it together), in MB.",
        _megabytes,
    ),
    Setting(
        "allowed_hosts",
        "NETGARDEN_ALLOWED_HOSTS",
        "Host names the web app answers besides 127.0.0.1, localhost and ::1 (comma-separated).",
        _hosts,
    ),
    Setting(
        "time_zone",
        "NETGARDEN_TIME_ZONE",
        "Time zone of event and meeting times in the calendar feed (an IANA name such as "
        "Europe/Paris); unset, this computer's.",
        _zone,
    ),
    Setting(
        "public_url",
        "NETGARDEN_PUBLIC_URL",
        "The web app's address as a phone or calendar app reaches it; `feed url` builds the "
        "subscription address from it.",
        web_url,
    ),
    # issue 19: the CLI talking to a team server
    Setting(
        "server",
        "NETGARDEN_SERVER",
        "A team server's address: today, show, search, list, add, log and team run there "
        "(through its REST API) instead of on the local database.",
        web_url,
    ),
    Setting(
        "token",
        "NETGARDEN_TOKEN",
        "Your API token on `server` (made on its team page or with `token add`); keep the "
        "config file private.",
        _text,
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    db: Path
    database_url: str | None = None
    region: str = "US"
    busy_timeout: float = 10.0
    upload_limit_mb: int = 50
    unzipped_limit_mb: int = 500
    allowed_hosts: tuple[str, ...] = ()
    time_zone: str | None = None
    public_url: str = "http://127.0.0.1:8000"
    server: str | None = None  # issue 19
    token: str | None = None

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
        path = config_file or config_path(environ)
        settings = settings.overlay(_read_config(path), source=str(path))
        settings = settings.overlay(
            {s.name: environ[s.env] for s in SETTINGS if environ.get(s.env)}, source="environment"
        )
        # the --db flag comes last and names the file, whatever database_url said
        return settings if db is None else replace(settings, db=db, database_url=None)

    def overlay(self, values: Mapping[str, object], source: str) -> Settings:
        changes: dict[str, object] = {}
        for key, value in values.items():
            setting = _BY_NAME.get(key)
            if setting is None:
                known = ", ".join(sorted(_BY_NAME))
                raise InvalidValue(f"{source}: {key}", f"unknown setting; use one of: {known}")
            changes[key] = setting.parse(value, f"{source}: {key}")
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def url(self) -> str:
        """The database's URL for the engine: ``database_url``, else the SQLite file ``db``."""
        return self.database_url or SQLITE + str(self.db)

    @property
    def server_url(self) -> str | None:
        """The engine's URL of a PostgreSQL database (with its driver), or None (SQLite)."""
        url = self.url
        if url.startswith(SQLITE):
            return None
        return DRIVER + "://" + url.partition("://")[2]

    @property
    def sqlite_path(self) -> Path:
        """The SQLite file the database is; a server database has none."""
        url = self.url
        if not url.startswith(SQLITE):
            raise UserError(
                "database_url: this needs a SQLite file, and the database is a PostgreSQL "
                "server; use a SQLite path, or unset database_url"
            )
        return Path(url.removeprefix(SQLITE))

    @property
    def where(self) -> str:
        """The database as a message names it: the SQLite file, or the server's database
        without user or password."""
        if self.server_url is None:
            return f"SQLite database {self.sqlite_path}"
        from sqlalchemy.engine import make_url

        url = make_url(self.server_url)
        host = url.host or url.query.get("host") or "localhost"
        return f"PostgreSQL database {url.database or ''} on {host}"

    @property
    def upload_limit(self) -> int:
        return self.upload_limit_mb * MB

    @property
    def unzipped_limit(self) -> int:
        return self.unzipped_limit_mb * MB

    def zip_limits(self) -> ZipLimits:
        from netgarden.formats.archive import ZipLimits

        return ZipLimits(total=self.unzipped_limit)


def _number(value: object, integer: bool) -> float | int | None:
    if isinstance(value, bool):
        return None
    try:
        if integer:
            return value if isinstance(value, int) else int(str(value).strip())
        return float(value) if isinstance(value, int | float) else float(str(value).strip())
    except ValueError:
        return None


def local_zone(environ: Mapping[str, str] | None = None) -> str:
    """This computer's time zone as an IANA name (``$TZ``, then /etc/localtime), else UTC."""
    from zoneinfo import ZoneInfo

    zone = (os.environ if environ is None else environ).get("TZ", "").lstrip(":")
    if not zone:
        link = Path("/etc/localtime")
        target = str(link.resolve()) if link.is_symlink() else ""
        zone = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
    try:
        ZoneInfo(zone or "UTC")
    except (ValueError, LookupError):
        return "UTC"
    return zone or "UTC"


def config_template() -> str:
    """A config file naming every process setting, its meaning and its default, commented
    out: a user uncomments what they change."""
    lines = [
        "# netgarden's process settings (TOML). Each line below is a setting at its default;",
        "# remove the '#' and change the value to set it. NETGARDEN_* variables and flags win",
        "# over this file. Practice settings (cadences…) are in the database: netgarden config.",
    ]
    defaults = Settings(db=default_db_path())
    # what an unset setting amounts to, as a value to uncomment
    unset = {"database_url": defaults.url, "time_zone": local_zone()}
    unset.update(server="https://netgarden.example.com", token="ngt_…")  # issue 19: examples
    for setting in SETTINGS:
        value = getattr(defaults, setting.name)
        value = unset.get(setting.name, value) if value is None else value
        lines += ["", *(f"# {line}" for line in _wrap(setting.help)), f"# env: {setting.env}"]
        lines.append(f"# {setting.name} = {_toml(value)}")
    return "\n".join(lines) + "\n"


def _wrap(text: str) -> list[str]:
    import textwrap

    return textwrap.wrap(text, 86)


def _toml(value: object) -> str:
    import json

    if isinstance(value, tuple):
        return json.dumps(list(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return json.dumps(str(value))


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP) / "netgarden.db"


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """The config file this process reads: ``$NETGARDEN_CONFIG``, else the default."""
    named = (os.environ if environ is None else environ).get("NETGARDEN_CONFIG")
    return Path(named).expanduser() if named else default_config_path()


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
