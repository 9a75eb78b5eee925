"""Which encoding a text file is in, as people's files really come: UTF-8 with or without a
BOM (the fast path), UTF-16 little- or big-endian with or without a BOM (Excel's "Unicode
text", Apple's vCards), and anything else as charset-normalizer finds it (Windows-1252,
Shift_JIS…). charset-normalizer is asked only when UTF-8 fails."""

from __future__ import annotations

import codecs

SAMPLE = 8192


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
