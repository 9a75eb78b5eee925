"""Which encoding a text file is in, as people's files really come: UTF-8 with or without a
BOM (the fast path), UTF-16 little- or big-endian with or without a BOM (Excel's "Unicode
text", Apple's vCards), and anything else as charset-normalizer finds it (Windows-1252,
Shift_JIS…). charset-normalizer is asked only when UTF-8 fails.

Files are read as streams: the encoding is told from a bounded prefix (``PREFIX``), never from
the whole file, and the text is decoded as it is read."""

from __future__ import annotations

import codecs
import io
from typing import IO, BinaryIO

SAMPLE = 8192
# What encoding detection reads of a file: a text file in one encoding shows it well before
# this (and charset-normalizer never read more).
PREFIX = 1024 * 1024


class _Prefixed(io.RawIOBase):
    """A stream that gives ``head`` again, then the rest of ``rest``: a prefix can be read
    without seeking back (a zip member cannot seek cheaply)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._rest.close()
        super().close()


def peek(fp: IO[bytes], size: int | None = None) -> tuple[bytes, BinaryIO]:
    """The first ``size`` (PREFIX) bytes of ``fp``, and a stream that reads all of it from
    the start."""
    head = fp.read(PREFIX if size is None else size)
    return head, io.BufferedReader(_Prefixed(head, fp))


def text_stream(stream: BinaryIO, encoding: str) -> IO[str]:
    """``stream`` decoded as it is read, line ends kept as they are (as csv wants them); a
    character cut off or damaged becomes U+FFFD."""
    return io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")


def encoding_of(data: bytes) -> str | None:
    """The codec to read ``data`` with, or ``None`` when it is binary, not text."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    wide = _utf16_without_bom(data[:SAMPLE])
    if wide is not None:
        return wide
    if b"\x00" in data[:SAMPLE]:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.end == len(data):
            return "utf-8"  # cut off inside the last character: UTF-8 all the same
        return _detected(data)
    return "utf-8"


def decode_text(data: bytes, encoding: str) -> str:
    """``data`` read as ``encoding``; a character cut off or damaged becomes U+FFFD."""
    return data.decode(encoding, errors="replace")


def _utf16_without_bom(sample: bytes) -> str | None:
    """Mostly-ASCII text in UTF-16 has a zero in every other byte: which ones says the
    byte order (Apple writes big-endian vCards without a BOM)."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    if even >= pairs * 0.3 and odd <= pairs * 0.05:
        return "utf-16-be"
    if odd >= pairs * 0.3 and even <= pairs * 0.05:
        return "utf-16-le"
    return None


def _detected(data: bytes) -> str | None:
    """charset-normalizer's guess; among equally good guesses Windows-1252, the one
    Western Excel and Outlook write (it would otherwise pick cp1250 for German or French)."""
    from charset_normalizer import from_bytes

    results = from_bytes(data[: 1024 * 1024])
    best = results.best()
    if best is None:
        return None
    for match in results:
        tie = match.chaos <= best.chaos and match.coherence >= best.coherence - 0.01
        if tie and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return str(best.encoding)
