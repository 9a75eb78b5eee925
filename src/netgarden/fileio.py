"""Writing files whole or not at all (khard's atomic_write habit)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from netgarden.errors import UserError


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it over."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{path}: the folder {folder} does not exist")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as fp:
            fp.write(data)
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def atomic_folder(path: Path, files: dict[str, str], marker: str) -> None:
    """Write a folder of files beside ``path``, then swap it in. An existing folder is only
    replaced when it holds ``marker`` (written by an earlier export), or is empty."""
    if path.exists() and (
        not path.is_dir() or (any(path.iterdir()) and not (path / marker).exists())
    ):
        raise UserError(
            f"{path} exists and is not an earlier netgarden export; choose a new folder"
        )
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise UserError(f"{path}: the folder {parent} does not exist")
    staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{path.name}."))
    try:
        for relative, text in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        old = None
        if path.exists():
            old = parent / f".{path.name}.old"
            shutil.rmtree(old, ignore_errors=True)
            path.rename(old)
        staging.rename(path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
