"""Bug: a full disk during `export --out` was a traceback. Now one line, exit 2, and the
file that was there before is left whole (the write goes to a temporary file first)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.conftest import Cli


def test_a_full_disk_is_one_line_and_the_old_export_stays(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("add", "Ada Lovelace")
    out = tmp_path / "backup.json"
    out.write_text("the export of yesterday")

    def full(fd: int) -> None:  # the kernel's answer when the disk is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = cli("export", "json", "--out", str(out), code=2)
    assert result.stderr == (
        f"error: {out}: cannot be written (No space left on device); nothing was written\n"
    )
    assert out.read_text() == "the export of yesterday"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".backup")] == []
