"""What a user expects of an installed command: a licence (and the vendored assets'), a
version, shell completion, and a config file naming every setting with its default."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

from typer.testing import CliRunner

from netgarden import __version__
from netgarden.cli.main import app
from netgarden.settings import SETTINGS, Settings, default_db_path

ROOT = Path(__file__).parents[2]
VENDOR = ROOT / "src" / "netgarden" / "web" / "static" / "vendor"


def test_the_licence_is_apache_2_and_the_metadata_says_so() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text  # the whole text, not a pointer to it
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0"
    assert importlib.metadata.metadata("netgarden")["License-Expression"] == "Apache-2.0"


def test_every_vendored_asset_is_listed_with_its_licence() -> None:
    listed = (ROOT / "THIRD_PARTY.md").read_text(encoding="utf-8")
    assets = [p.name for p in VENDOR.iterdir() if "LICENSE" not in p.name]
    licences = [p.name for p in VENDOR.iterdir() if "LICENSE" in p.name]
    assert len(assets) >= 4 and len(licences) == 3
    for name in assets + licences:
        assert f"`{name}`" in listed, f"{name} is not in THIRD_PARTY.md"
    shipped = importlib.metadata.metadata("netgarden").get_all("License-File") or []
    assert {Path(p).name for p in shipped} >= {"LICENSE", *licences}


def test_version_and_completion() -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["--version"]).stdout.strip() == f"netgarden {__version__}"
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "netgarden --install-completion" in readme and "pipx install ." in readme


def test_config_path_writes_every_setting_at_its_default(tmp_path: Path) -> None:
    config = tmp_path / "deep" / "config.toml"
    env = {"NETGARDEN_CONFIG": str(config), "TZ": "Europe/Paris"}
    result = CliRunner().invoke(app, ["config", "--path"], env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == str(config)
    assert "every setting at its default" in result.stderr
    text = config.read_text(encoding="utf-8")
    assert tomllib.loads(text) == {}  # all commented out: nothing changes until edited
    for setting in SETTINGS:
        assert f"# {setting.name} = " in text and setting.env in text
    # uncommented, each line is valid and says the default
    uncommented = re.sub(r"(?m)^# (\w+ = )", r"\1", text)
    loaded = Settings.load(env={"TZ": "Europe/Paris"}, config_file=_write(tmp_path, uncommented))
    expected = Settings(db=default_db_path(), time_zone="Europe/Paris")
    # the database URL, the team server and its token show examples (they have no default)
    examples = {"database_url": loaded.database_url, "server": loaded.server, "token": loaded.token}
    assert loaded == Settings(**{**expected.__dict__, **examples})
    assert loaded.url == expected.url
    # asked again, the file is only shown, never overwritten
    config.write_text('region = "GB"\n', encoding="utf-8")
    again = CliRunner().invoke(app, ["config", "--path"], env=env)
    assert again.stdout.strip() == str(config) and again.stderr == ""
    assert config.read_text(encoding="utf-8") == 'region = "GB"\n'


def _write(folder: Path, text: str) -> Path:
    path = folder / "uncommented.toml"
    path.write_text(text, encoding="utf-8")
    return path
