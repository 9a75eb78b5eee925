"""Writing files whole or not at all (khard's atomic_write habit)."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from netgarden.errors import InvalidValue, UserError


def refuse_special(path: Path, folder: bool = False) -> None:
    """An export replaces what is at ``path``: only a regular file (a folder, for a folder
    export) or a new path. A symbolic link, a device, a named pipe or a socket is refused,
    untouched (as root, renaming over /dev/null replaces the device itself)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UserError(f"{path}: cannot be written ({exc.strerror})") from None
    if stat.S_ISREG(mode) or (folder and stat.S_ISDIR(mode)):
        return
    if stat.S_ISLNK(mode):
        what = "a symbolic link"
    elif stat.S_ISDIR(mode):
        what = "a folder"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "a device"
    elif stat.S_ISFIFO(mode):
        what = "a named pipe"
    elif stat.S_ISSOCK(mode):
        what = "a socket"
    else:
        what = "not a file"
    if folder:
        raise InvalidValue(
            "out", f"{path} is {what}, not a folder; export to a folder or a new path"
        )
    raise InvalidValue(
        "out",
        f"{path} is {what}, not a regular file; export to a regular file or a new path "
        "(or to standard output)",
    )


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it over.
    ``data`` may come in chunks (a streamed export): only one is in memory at a time."""
    refuse_special(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{path}: the folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise UserError(
            f"{path}: cannot be written ({exc.strerror}); nothing was written"
        ) from None
    try:
        with os.fdopen(handle, "wb") as fp:
            for chunk in [data] if isinstance(data, bytes) else data:
                fp.write(chunk)
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(temporary, path)
    except OSError as exc:  # a full disk, a folder gone read-only: the old file stays whole
        Path(temporary).unlink(missing_ok=True)
        raise UserError(
            f"{path}: cannot be written ({exc.strerror}); nothing was written"
        ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _unwritable(path: Path, exc: OSError) -> UserError:
    return UserError(f"{path}: cannot be written ({exc.strerror}); nothing was written")


def atomic_folder(path: Path, files: dict[str, str], marker: str) -> None:
    """Write a folder of files beside ``path``, then swap it in. An existing folder is only
    replaced when it holds ``marker`` (written by an earlier export), or is empty."""
    refuse_special(path, folder=True)
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
