"""Reading members of a zip as people send them, refusing what cannot be read with one line
that says why: not a zip, a damaged member (bad CRC), an encrypted one, a compression method
Python cannot read, a name that leads outside the archive, a member too large to be contacts.
Nothing is ever extracted to disk, and no member is held whole: each is opened as a stream."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, BinaryIO, TypeVar

from netgarden.formats.records import FormatError

MB = 1024 * 1024
T = TypeVar("T")


@dataclass(frozen=True)
class ZipLimits:
    """``total``: the most the files read may unpack to together (``unzipped_limit_mb``);
    ``ratio``: how many times its packed size a file may unpack to, once it is over
    ``small`` (text packs a few times; only a bomb packs a hundred)."""

    total: int = 500 * MB
    ratio: int = 100
    small: int = MB


# An address book or a LinkedIn export is megabytes; more is a zip bomb, not contacts.
MEMBER_LIMIT = 512 * 1024 * 1024
# what zipfile raises on damaged bytes (a bad offset is a ValueError, a short header a struct.error)
DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error)
READABLE = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)


class Archive:
    """A zip's member names, and each member as a stream when asked for. ``fp`` must be
    seekable (a file, or an upload in memory)."""

    def __init__(self, fp: IO[bytes], file: str, limits: ZipLimits | None = None) -> None:
        self.file = file
        self.limits = limits or ZipLimits()
        self.unpacked = 0  # what the members opened so far unpack to
        try:
            self.zip = zipfile.ZipFile(fp)
            infos = self.zip.infolist()
        except (*DAMAGE, zipfile.LargeZipFile):
            raise FormatError(file, "not a zip file, or a damaged one; download it again") from None
        except NotImplementedError as exc:  # "zip file version 14.8"
            raise FormatError(
                file,
                f"needs {str(exc).replace('file ', '')}, which netgarden cannot read; "
                "unzip it with another tool and import the folder",
            ) from None
        self.members = {info.filename: info for info in infos if not info.is_dir()}
        for name in self.members:
            if _escapes(name):
                raise FormatError(file, f"{name!r} leads outside the archive; this zip is refused")

    def names(self, keep: Callable[[str], bool]) -> list[str]:
        return sorted(name for name in self.members if keep(name))

    def open(self, name: str) -> BinaryIO:
        """The member as a stream; a FormatError naming the member and the trouble, when it
        is opened or, for damage found while it is read, then."""
        info = self.members[name]
        where = f"{self.file}:{name}"
        if info.flag_bits & 0x1:
            raise FormatError(
                where, "is encrypted; unzip it with its password and import the folder"
            )
        if info.compress_type not in READABLE:
            raise FormatError(
                where,
                f"is compressed with a method netgarden cannot read (number {info.compress_type}); "
                "unzip it with another tool and import the folder",
            )
        if info.file_size > MEMBER_LIMIT:
            raise FormatError(
                where, f"is {info.file_size:,} bytes unzipped; too large to be contacts"
            )
        self._check_size(info, where)
        member = _guarded(where, lambda: self.zip.open(info))
        # zipfile reads no further than the size the zip declares, which was checked above
        return io.BufferedReader(_Member(member, where))

    def _check_size(self, info: zipfile.ZipInfo, where: str) -> None:
        """Refuse, before unpacking, a member that would unpack too far (a few KB of zip can
        unpack to gigabytes), alone or with the members read before it."""
        limits, size = self.limits, info.file_size
        if size > limits.small and size > limits.ratio * max(info.compress_size, 1):
            raise FormatError(
                where,
                f"unpacks to {size / MB:.0f} MB, over {limits.ratio} times its packed size "
                f"({info.compress_size / 1024:.0f} KB): a damaged or hostile zip; not read",
            )
        self.unpacked += size
        if self.unpacked > limits.total:
            raise FormatError(
                where,
                f"the files read from this zip unpack to {self.unpacked / MB:.0f} MB or more, "
                f"over the limit of {limits.total / MB:g} MB (the unzipped_limit_mb setting); "
                "import the files themselves, or raise the limit",
            )


def _guarded(where: str, read: Callable[[], T]) -> T:
    """What ``read`` returns; damage in the zip is a FormatError naming the member."""
    try:
        return read()
    except (*DAMAGE, RuntimeError) as exc:
        raise FormatError(where, f"is damaged ({exc}); download the file again") from None
    except NotImplementedError:
        raise FormatError(
            where, "uses a zip feature netgarden cannot read; unzip it and import the folder"
        ) from None


class _Member(io.RawIOBase):
    """A member being unpacked: damage found while it is read is a FormatError."""

    def __init__(self, member: IO[bytes], where: str) -> None:
        self._member = member
        self._where = where

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = _guarded(self._where, lambda: self._member.read(len(buffer)))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._member.close()
        super().close()


def _escapes(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")
