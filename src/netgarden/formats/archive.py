"""Reading files out of a zip without trusting it: its sizes are checked before anything is
unpacked (a few KB of zip can unpack to gigabytes), then each file is read in pieces."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from netgarden.formats.records import FormatError

MB = 1024 * 1024
CHUNK = MB


@dataclass(frozen=True)
class ZipLimits:
    """``total``: the most the files read may unpack to together (``unzipped_limit_mb``);
    ``ratio``: how many times its packed size a file may unpack to, once it is over
    ``small`` (text packs a few times; only a bomb packs a hundred)."""

    total: int = 500 * MB
    ratio: int = 100
    small: int = MB


def check(file: str, members: Iterable[zipfile.ZipInfo], limits: ZipLimits) -> None:
    """Refuse, naming the file inside, a zip whose members would unpack too far."""
    total = 0
    for info in members:
        where = f"{file}:{info.filename}"
        size = info.file_size
        if size > limits.small and size > limits.ratio * max(info.compress_size, 1):
            raise FormatError(
                where,
                f"unpacks to {size / MB:.0f} MB, over {limits.ratio} times its packed size "
                f"({info.compress_size / 1024:.0f} KB): a damaged or hostile zip; not read",
            )
        total += size
        if total > limits.total:
            raise FormatError(
                where,
                f"the files read from this zip unpack to {total / MB:.0f} MB or more, over the "
                f"limit of {limits.total / MB:g} MB (the unzipped_limit_mb setting); import "
                "the files themselves, or raise the limit",
            )


def read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> bytes:
    """A member's bytes, read in pieces and never past the size its header declared (and
    that ``check`` accepted)."""
    where = f"{file}:{info.filename}"
    pieces: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as member:
            while piece := member.read(CHUNK):
                size += len(piece)
                if size > info.file_size:
                    raise FormatError(where, "holds more than its header says: a damaged zip")
                pieces.append(piece)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise FormatError(where, f"cannot be unpacked ({exc}); download the export again") from None
    return b"".join(pieces)
