"""Fuzzing the importers with damaged copies of the public corpus: flipped bytes, cut-off
files, NUL and ESC bytes, huge fields, other encodings, other delimiters, zips (whole and
damaged). Each case runs through ``import_sources`` in a transaction rolled back afterwards.

Whatever the file, an import either works or is refused with netgarden's own UserError;
a refused import changes nothing; no stored name holds a control character. The cases are
seeded: a failure names its case, and ``case(n)`` rebuilds it. NETGARDEN_FUZZ_CASES runs
more of them (300 by default, a few seconds), NETGARDEN_FUZZ_FIRST others."""

from __future__ import annotations

import io
import os
import random
import time
import traceback
import unicodedata
import zipfile
from pathlib import Path

from sqlalchemy import text

from netgarden.errors import UserError
from netgarden.services.database import Database, Unit
from netgarden.services.importing import import_sources, open_sources
from tests.conftest import FIXTURES, NOW, rolled_back

CASES = int(os.environ.get("NETGARDEN_FUZZ_CASES", "300"))
FIRST = int(os.environ.get("NETGARDEN_FUZZ_FIRST", "0"))  # to run other cases than CI's
SUFFIXES = (".vcf", ".csv", ".txt")


def seeds(corpus: Path) -> list[Path]:
    found = [p for root in (corpus, FIXTURES) for p in sorted(root.rglob("*"))]
    return [p for p in found if p.is_file() and p.suffix.casefold() in SUFFIXES]


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _insert(rng: random.Random, data: bytes) -> bytes:
    junk = [b"\x00", b"\x1b[31m", b"\x00\x00\x00\x00", b"\x07\x08\x7f", b"\r", b'"', b"\xc3"]
    out = data
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(out) + 1)
        out = out[:at] + rng.choice(junk) + out[at:]
    return out


def _huge(rng: random.Random, data: bytes) -> bytes:
    size = rng.choice([301, 20_001, 200_000, 1_100_000])
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice([b"A", b"\xc3\xa9", b","]) * size + data[at:]


def _reencode(rng: random.Random, data: bytes) -> bytes:
    textual = data.decode("utf-8", errors="replace")
    codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "cp1252", "shift_jis", "utf-8-sig"])
    encoded = textual.encode(codec, errors="replace")
    return encoded[:-1] if rng.random() < 0.2 else encoded  # sometimes cut mid-character


def _delimit(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b",", rng.choice([b";", b"\t"]))


def _lines(rng: random.Random, data: bytes) -> bytes:
    lines = data.splitlines(keepends=True)
    if len(lines) > 2:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        del lines[rng.randrange(len(lines))]
    return b"".join(lines)


MUTATIONS = [_flip, _truncate, _insert, _huge, _reencode, _delimit, _lines]


def _zip(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    inner = "Export/Connections.csv" if name.endswith(".csv") else f"cards/{name}"
    out = io.BytesIO()
    method = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
    with zipfile.ZipFile(out, "w", method) as archive:
        archive.writestr(inner, data)
        if rng.random() < 0.3:
            archive.writestr("cards/extra.vcf", b"BEGIN:VCARD\r\nFN:Extra\r\nEND:VCARD\r\n")
    packed = out.getvalue()
    if rng.random() < 0.5:
        packed = rng.choice(MUTATIONS[:3])(rng, packed)
    return "export.zip", packed


def case(number: int, files: list[Path]) -> tuple[str, bytes]:
    """Case ``number``: a seed file, damaged in one to three ways, sometimes zipped."""
    rng = random.Random(number)
    seed = rng.choice(files)
    data = seed.read_bytes()
    for mutate in rng.sample(MUTATIONS, rng.randint(1, 3)):
        data = mutate(rng, data)
    if rng.random() < 0.15:
        return _zip(rng, seed.name, data)
    return seed.name, data


def state(unit: Unit) -> tuple[object, ...]:
    query = "SELECT (SELECT count(*) FROM {0}), (SELECT group_concat(rowid) FROM {0})"
    return tuple(
        unit.session.execute(text(query.format(table))).one()
        for table in ("contacts", "contact_emails", "contact_phones", "touches", "contact_tags")
    )


def controls(name: str) -> bool:
    return any(unicodedata.category(char) == "Cc" for char in name)


def test_damaged_files_never_trace_back(database: Database, corpus: Path, tmp_path: Path) -> None:
    files = seeds(corpus)
    with database.transaction() as unit:  # something to match against
        import_sources(unit, open_sources([FIXTURES / "mixed.vcf"], None, None), NOW)
    failures: list[str] = []
    started = time.perf_counter()
    for number in range(FIRST, FIRST + CASES):
        name, data = case(number, files)
        path = tmp_path / f"{number}-{name}"
        path.write_bytes(data)
        with rolled_back(database) as unit:
            before = state(unit)
            try:
                import_sources(unit, open_sources([path], None, None), NOW)
            except UserError:
                if state(unit) != before:
                    failures.append(f"case {number} ({name}): refused, but changed the database")
                continue
            except Exception:
                failures.append(f"case {number} ({name}):\n{traceback.format_exc(limit=-3)}")
                continue
            names = unit.session.execute(text("SELECT name FROM contacts")).scalars()
            bad = [n for n in names if controls(n) or not n.strip()]
            if bad:
                failures.append(f"case {number} ({name}): stored names {bad[:3]!r}")
        path.unlink()
    elapsed = time.perf_counter() - started
    assert not failures, f"{len(failures)} of {CASES} cases failed:\n" + "\n".join(failures[:10])
    assert elapsed < CASES * 0.2, f"{CASES} cases took {elapsed:.0f} s"
