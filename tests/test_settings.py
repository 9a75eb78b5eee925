"""Process settings: one parser per setting, and database_url (a SQLite path or a URL)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netgarden.errors import InvalidValue, StoreError
from netgarden.services.database import Database
from netgarden.settings import SETTINGS, Settings


def _load(tmp_path: Path, **env: str) -> Settings:
    return Settings.load(env=env, config_file=tmp_path / "absent.toml")


def test_every_setting_is_a_field_with_its_own_parser() -> None:
    assert [s.name for s in SETTINGS] == [f.name for f in fields(Settings)]
    assert all(callable(s.parse) and s.help for s in SETTINGS)


def test_only_the_region_is_upper_cased(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/Lower/case.db"
    settings = _load(tmp_path, NETGARDEN_REGION="gb", NETGARDEN_DATABASE_URL=url)
    assert settings.region == "GB"
    assert settings.database_url == url


def test_a_region_must_be_a_country_code(tmp_path: Path) -> None:
    with pytest.raises(InvalidValue, match="two letters"):
        _load(tmp_path, NETGARDEN_REGION="United Kingdom")


def test_the_database_url_is_derived_from_db_by_default(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "net.db")
    assert settings.url == f"sqlite:///{tmp_path / 'net.db'}"
    assert settings.sqlite_path == tmp_path / "net.db"


def test_a_sqlite_path_as_database_url_is_the_file_opened(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "mine.db"
    settings = _load(tmp_path, NETGARDEN_DATABASE_URL=str(target))
    assert settings.url == f"sqlite:///{target}"
    database = Database.open(settings)
    database.close()
    assert target.exists()


def test_the_db_flag_comes_last(tmp_path: Path) -> None:
    env = {"NETGARDEN_DATABASE_URL": "postgresql://db.example/netgarden"}
    settings = Settings.load(env=env, config_file=tmp_path / "absent", db=tmp_path / "f.db")
    assert settings.sqlite_path == tmp_path / "f.db"


@pytest.mark.parametrize(
    "url", ["postgresql://me:secret@127.0.0.1:9/netgarden", "postgres://127.0.0.1:9/netgarden"]
)
def test_a_postgresql_server_that_does_not_answer_is_one_line(tmp_path: Path, url: str) -> None:
    settings = _load(tmp_path, NETGARDEN_DATABASE_URL=url)
    assert settings.url.startswith("postgresql://")
    assert settings.server_url == "postgresql+psycopg://" + url.partition("://")[2]
    with pytest.raises(
        StoreError, match=r"cannot open the PostgreSQL database netgarden on 127\.0\.0\.1"
    ) as caught:
        Database.open(settings)
    assert "secret" not in str(caught.value) and "\n" not in str(caught.value)
    assert "check the server is running" in str(caught.value)


@pytest.mark.parametrize("url", ["mysql://me:secret@host/db", "sqlite://", "  "])
def test_a_url_of_no_database_we_know_is_refused(tmp_path: Path, url: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        _load(tmp_path, NETGARDEN_DATABASE_URL=url) if url.strip() else Settings(
            db=tmp_path
        ).overlay({"database_url": url}, "test")
    assert "secret" not in str(caught.value)


def test_the_cli_names_a_server_it_cannot_reach_in_one_line(tmp_path: Path) -> None:
    from netgarden.cli.main import app

    env = {
        "NETGARDEN_CONFIG": str(tmp_path / "absent.toml"),
        "NETGARDEN_DATABASE_URL": "postgresql://me:secret@127.0.0.1:9/netgarden",
    }
    result = CliRunner().invoke(app, ["list"], env=env)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot open the PostgreSQL database netgarden on")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and "secret" not in result.stderr
