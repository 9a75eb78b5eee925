from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from netgarden.errors import UserError
from netgarden.formats.records import FormatError
from netgarden.services.contacts import ContactInput, add_contact, show_contact
from netgarden.services.database import Unit
from netgarden.services.importing import ImportSummary, import_sources, open_sources
from netgarden.services.lookup import resolve_contact
from netgarden.services.merge import duplicate_pairs, merge_contacts
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import FIXTURES, NOW, TODAY

LINKEDIN = FIXTURES / "linkedin"


def run(unit: Unit, *paths: Path, fmt: str | None = None, strict: bool = False) -> ImportSummary:
    return import_sources(unit, open_sources(list(paths), fmt, None), NOW, strict=strict)


def counts(s: ImportSummary) -> tuple[int, int, int, int]:
    return (s.created, s.updated, s.unchanged, s.touches)


def export_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    for name in ("Connections.csv", "messages.csv", "Invitations.csv", "Profile.csv"):
        (folder / name).write_bytes((LINKEDIN / name).read_bytes())
    return folder


def test_a_linkedin_export_folder_brings_people_and_their_history(
    unit: Unit, tmp_path: Path
) -> None:
    summary = run(unit, export_folder(tmp_path))
    assert counts(summary) == (2, 0, 0, 4)  # three messages and one invitation
    # Stranger Danger and Ada herself are not contacts; the group message touches both
    assert summary.not_contacts == 1
    assert [s.line for s in summary.skipped] == [7]
    alan = show_contact(unit, resolve_contact(unit, "Alan Turing"), TODAY)
    assert [(t.direction, t.occurred_on.isoformat()) for t in alan.touches] == [
        ("in", "2025-11-01"),
        ("in", "2025-10-07"),
        ("out", "2025-10-06"),
    ]
    assert alan.fields["connected_on"].isoformat() == "2026-02-07"
    grace = show_contact(unit, resolve_contact(unit, "Grace Hopper"), TODAY)
    assert {t.note for t in grace.touches} >= {
        "LinkedIn connection request: Hi Grace, great talk today, let's connect."
    }
    assert grace.touches[0].with_others == ("Alan Turing",)


def test_the_same_import_twice_changes_nothing(unit: Unit, tmp_path: Path, corpus: Path) -> None:
    paths = [
        export_folder(tmp_path),
        corpus / "vcard",
        *sorted((corpus / "csv/google-outlook").glob("*.csv")),
    ]
    first = run(unit, *paths)
    assert first.created > 50
    again = run(unit, *paths)
    assert counts(again) == (0, 0, first.created + first.updated + first.unchanged, 0)
    assert again.duplicates == 0


def test_a_zip_export_and_a_zip_without_connections(unit: Unit, tmp_path: Path) -> None:
    archive = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for name in ("Connections.csv", "messages.csv", "Profile.csv"):
            z.write(LINKEDIN / name, f"Basic_LinkedInDataExport/{name}")
    assert counts(run(unit, archive))[:1] == (2,)
    empty = tmp_path / "photos.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("cat.jpg", b"\xff\xd8")
    with pytest.raises(FormatError, match=r"no Connections\.csv"):
        run(unit, empty)


def test_a_confident_match_fills_empty_fields_and_never_overwrites(
    unit: Unit, corpus: Path
) -> None:
    typed = ContactInput(
        name="Ada Lovelace", company="My Label For Ada", emails=["ada@example.com"]
    )
    mine = add_contact(unit, typed, NOW, TODAY)
    summary = run(unit, corpus / "csv/google-outlook/google_csv_current_synthetic.csv")
    assert summary.updated == 1
    ada = show_contact(unit, mine, TODAY)
    assert ada.fields["company"] == "My Label For Ada"
    assert ada.fields["title"] == "Head of Research"
    assert ada.emails == ["ada@example.com", "ada.l@example.org", "ada@engines.example"]
    assert ada.fields["birthday"] == "1815-12-10"


@pytest.mark.parametrize(
    ("existing", "evidence"),
    [
        ({"linkedin": "https://www.linkedin.com/in/ada-lovelace-0a1b2c3d"}, "linkedin"),
        ({"phones": ["+44 7700 900000"]}, "phone"),
        ({"company": "Analytical Engines"}, "name + company"),
    ],
)
def test_matching_by_linkedin_phone_and_name_with_company(
    unit: Unit, corpus: Path, existing: dict[str, object], evidence: str
) -> None:
    add_contact(unit, ContactInput(name="Ada Lovelace", **existing), NOW, TODAY)  # type: ignore[arg-type]
    summary = run(unit, corpus / "csv/google-outlook/google_csv_current_synthetic.csv")
    assert (summary.updated, summary.created, summary.duplicates) == (1, 2, 0), evidence


def test_an_uncertain_match_becomes_a_duplicate_candidate_and_merge_loses_nothing(
    unit: Unit, corpus: Path
) -> None:
    mine = add_contact(
        unit, ContactInput(name="Ada Lovelace", company="Babbage Ltd", notes="met at the salon",
                           tags=["mentor"], circle="inner"), NOW, TODAY,
    )  # fmt: skip
    log_touch(unit, [mine], TouchInput("coffee", on="2026-11-01", note="engines"), NOW, TODAY)
    run(unit, corpus / "csv/google-outlook/google_csv_legacy_synthetic.csv")
    [pair] = duplicate_pairs(unit)
    assert (pair.contact_name, pair.other_name) == ("Ada Lovelace", "Ada Lovelace")
    assert "company differs" in pair.evidence
    other = pair.other_id if pair.contact_id == mine else pair.contact_id
    merge_contacts(unit, mine, other, NOW)
    ada = show_contact(unit, mine, TODAY)
    assert ada.fields["company"] == "Babbage Ltd"
    assert ada.emails == ["ada@example.com", "ada@engines.example"]
    assert ada.phones == ["+44 7700 900000"]
    assert ada.tags == ["friends", "mentor"]
    assert "met at the salon" in ada.fields["notes"]
    assert "company: Analytical Engines" in ada.fields["notes"]
    assert ada.fields["title"] == "Head of Research"
    assert [t.note for t in ada.touches] == ["engines"]
    assert duplicate_pairs(unit) == []
    assert [h.id for h in unit.search.query("Ada Lovelace", 5)] == [mine]


def test_merging_two_people_at_the_same_touch_keeps_one_participant(unit: Unit) -> None:
    a = add_contact(unit, ContactInput(name="Ada"), NOW, TODAY)
    b = add_contact(unit, ContactInput(name="Ada L."), NOW, TODAY)
    log_touch(unit, [a, b], TouchInput("meeting"), NOW, TODAY)
    log_touch(unit, [b], TouchInput("call"), NOW, TODAY)
    merge_contacts(unit, a, b, NOW)
    assert sorted(t.kind for t in show_contact(unit, a, TODAY).touches) == ["call", "meeting"]
    with pytest.raises(UserError):
        merge_contacts(unit, a, a, NOW)


def test_strict_refuses_a_file_with_a_bad_row(unit: Unit, corpus: Path) -> None:
    with pytest.raises(UserError, match="strict: 1 row or card could"):
        run(unit, corpus / "csv/linkedin/Connections_2024_synthetic.csv", strict=True)


def test_a_bad_file_among_good_ones_refuses_the_whole_import(
    database: object, tmp_path: Path, corpus: Path
) -> None:
    from netgarden.services.database import Database

    assert isinstance(database, Database)
    junk = tmp_path / "Connections.csv"
    junk.write_bytes(b"\x00\x01\x02" * 100)
    sources = open_sources(
        [corpus / "csv/linkedin/Connections_2018_legacy_synthetic.csv", junk], "linkedin", None
    )
    with pytest.raises(FormatError, match="binary"), database.transaction() as unit:
        import_sources(unit, sources, NOW)
    with database.transaction() as unit:
        assert unit.contacts.count() == 0


@pytest.mark.parametrize(
    ("content", "fmt", "message"),
    [
        (b"", None, "cannot tell what this file is"),
        (b"hello", "vcard", "no BEGIN:VCARD"),
        (b"a,b\n1,2\n", None, "cannot tell what this file is"),
    ],
)
def test_unrecognised_files_are_refused(
    unit: Unit, tmp_path: Path, content: bytes, fmt: str | None, message: str
) -> None:
    path = tmp_path / "thing.dat"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        run(unit, path, fmt=fmt)


def test_a_missing_path_and_a_bad_format_name(unit: Unit, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        open_sources([tmp_path / "nope.csv"], None, None)
    with pytest.raises(UserError, match="format: 'xls' is not a format"):
        open_sources([tmp_path], "xls", None)


def test_bulk_import_scale_smoke(unit: Unit, tmp_path: Path) -> None:
    rows = "\n".join(
        f"Person{i},Number{i},https://www.linkedin.com/in/p-{i},p{i}@example.com,Co{i % 50},PM,"
        f"0{1 + i % 9} Feb 2026"
        for i in range(3000)
    )
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows)
    assert counts(run(unit, path)) == (3000, 0, 0, 0)
    assert counts(run(unit, path)) == (0, 0, 3000, 0)
    assert [h.name for h in unit.search.query("Person2999", 3)] == ["Person2999 Number2999"]
    assert io is not None
