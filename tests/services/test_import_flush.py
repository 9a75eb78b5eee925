"""A long import writes what it staged every few thousand records (issue 18: memory stays
flat): the result is the same as writing it all at the end, even where a later record
fills, or is matched with, a contact staged and written in an earlier batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from netgarden.services import importing
from netgarden.services.database import open_database
from netgarden.services.exporting import export_network
from netgarden.services.importing import import_sources, open_sources
from tests.conftest import NOW, TODAY

HEAD = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    'addresses are missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
)
ROWS = [
    "Ada,Lovelace,https://www.linkedin.com/in/ada,ada@engines.example.com,Engines,,07 Feb 2026",
    "Sam,Lee,,,Acme,Analyst,01 Mar 2025",
    "Sam,Lee,,,Bolt,Engineer,02 Mar 2025",
    "Grace,Hopper,,grace@navy.example.com,Navy,,30 May 2024",
    # a later batch: the same Ada (her profile) brings a title; Sam Lee again at Acme
    "Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,Mathematician,07 Feb 2026",
    "Sam,Lee,,,Acme,Analyst,01 Mar 2025",
    "Sam,Lee,,sam@acme.example.com,Acme,,01 Mar 2025",
    "Grace,Hopper,,grace@navy.example.com,Navy,Rear Admiral,30 May 2024",
    "Alan,Turing,,,NPL,Researcher,07 Feb 2026",
]


COUNTS = (5, 3, 1, 1)  # created, updated, unchanged, duplicates


def imported(tmp_path: Path, name: str) -> tuple[tuple[int, int, int, int], bytes]:
    source = tmp_path / f"{name}.csv"
    source.write_text(HEAD + "\n".join(ROWS) + "\n", encoding="utf-8")
    database = open_database(tmp_path / f"{name}.db")
    with database.transaction() as unit:
        s = import_sources(unit, open_sources([source], None, None), NOW)
        counts = (s.created, s.updated, s.unchanged, s.duplicates)
    with database.transaction() as unit:
        out = export_network(unit, "json", None, "4.0", TODAY)
    database.close()
    assert out is not None
    return counts, out


def test_writing_every_few_records_gives_what_one_write_at_the_end_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at_the_end = imported(tmp_path, "once")
    monkeypatch.setattr(importing, "FLUSH_EVERY", 2)
    in_batches = imported(tmp_path, "batches")
    assert in_batches == at_the_end
    assert at_the_end[0] == COUNTS
    assert b"Mathematician" in at_the_end[1] and b"sam@acme.example.com" in at_the_end[1]
