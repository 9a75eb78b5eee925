"""Zips and folders as they arrive: each unreadable zip is refused with one line saying why;
a folder (or zip) of card files imports every good file and reports the bad one."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path
from typing import BinaryIO

import pytest

from netgarden.errors import UserError
from netgarden.services.database import Unit
from netgarden.services.importing import ImportSummary, import_sources, open_sources
from tests.conftest import FIXTURES, NOW

CONNECTIONS = (FIXTURES / "linkedin" / "Connections.csv").read_bytes()


def card(name: str) -> bytes:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n".encode()


def zipped(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def patched(data: bytes, local: int, central: int, value: int) -> bytes:
    """Set a 2-byte field of the first member in its local and its central header."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", local), (b"PK\x01\x02", central)):
        at = out.index(signature) + offset
        out[at : at + 2] = value.to_bytes(2, "little")
    return bytes(out)


def bad_crc() -> bytes:
    data = bytearray(zipped({"Export/Connections.csv": CONNECTIONS}, zipfile.ZIP_STORED))
    at = data.index(b"First Name")
    data[at] ^= 0x20
    return bytes(data)


def run(unit: Unit, path: Path) -> ImportSummary:
    return import_sources(unit, open_sources([path], None, None), NOW)


EXPORT = {"Export/Connections.csv": CONNECTIONS}
REFUSED = [
    ("not-a-zip", b"PK\x03\x04" + b"\x00" * 60, "not a zip file, or a damaged one"),
    ("cut-off", zipped(EXPORT)[:-30], "not a zip file, or a damaged one"),
    ("bad-crc", bad_crc(), "Export/Connections.csv: is damaged (Bad CRC-32"),
    ("encrypted", patched(zipped(EXPORT), 6, 8, 0x1), "Connections.csv: is encrypted"),
    ("deflate64", patched(zipped(EXPORT), 8, 10, 9), "compressed with a method netgarden cannot"),
    ("zip version 14.8", patched(zipped(EXPORT), 4, 6, 148), "needs zip version 14.8"),
    ("dot-dot", zipped({"../Connections.csv": CONNECTIONS}), "leads outside the archive"),
    ("absolute", zipped({"/etc/Connections.csv": CONNECTIONS}), "leads outside the archive"),
    ("nothing", zipped({"cat.jpg": b"\xff\xd8"}), "no Connections.csv and no .vcf files"),
]


@pytest.mark.parametrize(("name", "data", "message"), REFUSED, ids=[c[0] for c in REFUSED])
def test_an_unreadable_zip_is_refused_with_one_line(
    unit: Unit, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / f"{name}.zip"
    path.write_bytes(data)
    with pytest.raises(UserError) as refused:
        run(unit, path)
    assert message in str(refused.value) and "\n" not in str(refused.value)
    assert unit.contacts.count() == 0


def test_a_zip_of_cards_imports_the_good_ones_and_reports_the_damaged(
    unit: Unit, tmp_path: Path
) -> None:
    good = {f"cards/{n}.vcf": card(f"Person {n}") for n in range(20)}
    data = bytearray(zipped({**good, "cards/zz.vcf": card("Damaged")}, zipfile.ZIP_STORED))
    at = data.rindex(b"Damaged")
    data[at] ^= 0x20  # its CRC no longer holds
    path = tmp_path / "cards.zip"
    path.write_bytes(bytes(data))
    summary = run(unit, path)
    assert summary.created == 20
    [skipped] = summary.skipped
    assert skipped.file == f"{path}:cards/zz.vcf" and "Bad CRC-32" in skipped.reason


def test_a_folder_of_500_cards_with_one_bad_file_imports_the_500(
    unit: Unit, tmp_path: Path
) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    for n in range(500):
        (folder / f"{n:04d}.vcf").write_bytes(card(f"Person {n}"))
    (folder / "0250-photo.vcf").write_bytes(bytes(range(256)) * 4)
    started = time.perf_counter()
    summary = run(unit, folder)
    assert time.perf_counter() - started < 20
    assert summary.created == 500
    [skipped] = summary.skipped
    assert skipped.file.endswith("0250-photo.vcf")
    assert skipped.reason.startswith("no BEGIN:VCARD in this file")


def test_an_unreadable_file_is_one_line(
    unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(card("Ada"))

    def refused(self: Path, *args: object, **kwargs: object) -> BinaryIO:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refused)  # root reads every file: pretend
    with pytest.raises(UserError) as error:
        open_sources([path], None, None)
    assert str(error.value) == f"{path}: cannot be read (Permission denied)"
    summary = run(unit, tmp_path)  # in a folder, one unreadable card is one skipped line
    assert [s.reason for s in summary.skipped] == ["cannot be read (Permission denied)"]


def test_a_member_whose_offset_points_before_the_file_is_damaged(
    unit: Unit, tmp_path: Path
) -> None:
    data = bytearray(zipped(EXPORT))
    at = data.index(b"PK\x05\x06") + 16  # where the central directory is said to start
    claimed = int.from_bytes(data[at : at + 4], "little") + 100
    data[at : at + 4] = claimed.to_bytes(4, "little")  # zipfile seeks to -100
    path = tmp_path / "export.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match=r"Connections\.csv: is damaged"):
        run(unit, path)
