"""``export --out`` replaced whatever was at the path: a symlink (and so, for anyone who
followed it, what it pointed to), a device node, a named pipe. Only a regular file or a new
path is written; anything else is refused in one line (exit 2), untouched."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from tests.conftest import Cli


@pytest.fixture
def cli_with_ada(cli: Cli) -> Cli:
    cli.add("Ada Lovelace")
    return cli


def refused(cli: Cli, fmt: str, out: Path, what: str) -> None:
    result = cli("export", fmt, "--out", str(out), code=2)
    [line] = result.stderr.splitlines()
    if fmt == "markdown":
        said = "not a folder; export to a folder or a new path"
    else:
        said = "not a regular file; export to a regular file or a new path (or to standard output)"
    assert line == f"error: --out: {out} is {what}, {said}"
    assert "Traceback" not in result.stderr


def test_a_symlink_is_refused_and_its_target_untouched(cli_with_ada: Cli, tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n")
    link = tmp_path / "export.json"
    link.symlink_to(target)
    refused(cli_with_ada, "json", link, "a symbolic link")
    assert link.is_symlink() and target.read_text() == "keep me\n"
    dangling = tmp_path / "dangling.vcf"
    dangling.symlink_to(tmp_path / "nowhere")
    refused(cli_with_ada, "vcard", dangling, "a symbolic link")
    assert not (tmp_path / "nowhere").exists()


def test_a_device_is_refused(cli_with_ada: Cli, tmp_path: Path) -> None:
    # a device node of its own (like /dev/null): were the check missing, a test run as root
    # must not replace the system's
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    refused(cli_with_ada, "csv", device, "a device")
    assert device.is_char_device()


def test_a_named_pipe_is_refused(cli_with_ada: Cli, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused(cli_with_ada, "ics", fifo, "a named pipe")
    assert fifo.exists()


def test_a_socket_is_refused(cli_with_ada: Cli, tmp_path: Path) -> None:
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
        refused(cli_with_ada, "csv", path, "a socket")


def test_a_folder_is_refused_for_a_single_file(cli_with_ada: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "old.txt").write_text("x")
    result = cli_with_ada("export", "json", "--out", str(folder), code=2)
    assert result.stderr == (
        f"error: --out: {folder} is a folder; give a file name, e.g. {folder / 'network.json'}\n"
    )
    assert (folder / "old.txt").read_text() == "x"


def test_a_markdown_vault_is_not_written_through_a_symlink(
    cli_with_ada: Cli, tmp_path: Path
) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "vault"
    link.symlink_to(real)
    refused(cli_with_ada, "markdown", link, "a symbolic link")
    assert link.is_symlink() and list(real.iterdir()) == []


def test_a_regular_file_or_a_new_path_is_written(cli_with_ada: Cli, tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text("{}")
    cli_with_ada("export", "json", "--out", str(old))
    assert "Ada Lovelace" in old.read_text()
    new = tmp_path / "new.csv"
    cli_with_ada("export", "csv", "--out", str(new))
    assert "Ada Lovelace" in new.read_text()
