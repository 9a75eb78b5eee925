from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netgarden.errors import UserError
from netgarden.formats import vcard_write
from netgarden.formats.records import PersonRecord
from netgarden.formats.vcard import parse
from netgarden.services.contacts import ContactInput, add_contact, edit_contact
from netgarden.services.database import open_database
from netgarden.services.diversity import add_target
from netgarden.services.drafts import DraftRequest, draft_and_log
from netgarden.services.exporting import export_contacts, export_network, restore_backup
from netgarden.services.generate import generate_network
from netgarden.services.importing import import_sources, open_sources
from netgarden.services.profile import set_my_facts
from netgarden.services.templates import copy_template
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY


def fill(db: Path) -> None:
    database = open_database(db)
    with database.transaction() as unit:
        generate_network(unit, contacts=60, touches=400, seed=11, end=TODAY)
        ada = add_contact(
            unit,
            ContactInput(name="Ada; Lovelace, Jr.", company="Engines\\Co", notes="line\nbreak",
                         emails=["ada@example.com"], tags=["ai"], birthday="02-29",
                         circle="inner"),
            NOW, TODAY,
        )  # fmt: skip
        log_touch(unit, [ada, 1], TouchInput("coffee", note="évals ☕"), NOW, TODAY)
        # an outreach template of one's own, and a message logged from it (issue 14)
        copy_template(unit, "join-group", "join-mine", NOW)
        request = DraftRequest("join-mine", ada, values={"your name": "Sam"})
        draft_and_log(unit, request, "email", NOW, TODAY)
        # reviews (issue 13): circle history, contact facts, targets, my profile
        facts = ContactInput(circle="middle", influence=4, board="mentor", mentee=True,
                             time_zone="Europe/Berlin")  # fmt: skip
        edit_contact(unit, ada, facts, NOW, TODAY)
        edit_contact(unit, ada, ContactInput(circle="inner"), NOW, TODAY)
        add_target(unit, "industry", "Fintech", 3)
        set_my_facts(unit, {"seniority": "senior", "function": "Product"}, NOW)
        _events_practice(unit, ada)
    database.close()


def _events_practice(unit: Any, ada: int) -> None:
    """Migration 0010's rows: a plan, the profile, a promise, a target, a report-back."""
    from netgarden.services.events import EventInput, add_event
    from netgarden.services.introductions import introduced_to_me
    from netgarden.services.plans import make_plan
    from netgarden.services.prep import add_target
    from netgarden.services.profile import set_profile
    from netgarden.services.task_rules import promise

    later = (TODAY + dt.timedelta(days=3)).isoformat()
    make_plan(unit, [ada, 2], "coffee", later, "pancakes", TODAY, NOW)
    set_profile(unit, {"name": "Me", "pitch_30": "I garden networks.", "time_zone": "UTC"}, NOW)
    promise(unit, ada, "send the deck", later, TODAY, NOW)
    event = add_event(unit, EventInput("PM Night", later), NOW, TODAY)
    add_target(unit, event.id, ada, "attendee-list", "ask about evals", NOW)
    introduced_to_me(unit, 3, ada, TODAY, NOW)


def export(db: Path, fmt: str, out: Path, version: str = "4.0") -> None:
    database = open_database(db)
    with database.transaction() as unit:
        export_network(unit, fmt, out, version, TODAY)
    database.close()


def test_json_backup_restores_to_the_same_bytes(tmp_path: Path) -> None:
    fill(tmp_path / "a.db")
    export(tmp_path / "a.db", "json", tmp_path / "a.json")
    target = open_database(tmp_path / "b.db")
    with target.transaction() as unit:
        restored = restore_backup(unit, tmp_path / "a.json")
        assert (restored.contacts, restored.touches) == (61, 402)
        assert unit.plans.count() == 1 and unit.profile.get()["pitch_30"] == "I garden networks."
        assert {t.kind for t in unit.tasks.listing()} >= {"promise", "report-back"}
        assert next(h.name for h in unit.search.query("évals", 5)).startswith("Ada")
        assert unit.templates.get("join-mine") is not None
        assert [row.template_key for row in unit.templates.sent(None, None)] == ["join-mine"]
    target.close()
    export(tmp_path / "b.db", "json", tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    import json

    tables = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["tables"]
    assert len(tables["diversity_targets"]["rows"]) == 1 and len(tables["profile"]["rows"]) == 2
    changes = tables["circle_changes"]["rows"]
    assert [row[-2:] for row in changes][-3:] == [[None, "inner"], ["inner", "middle"],
                                                  ["middle", "inner"]]  # fmt: skip


def test_restore_refuses_a_non_empty_database_and_bad_files(tmp_path: Path) -> None:
    fill(tmp_path / "a.db")
    export(tmp_path / "a.db", "json", tmp_path / "a.json")
    database = open_database(tmp_path / "a.db")
    with pytest.raises(UserError, match="needs an empty database"), database.transaction() as unit:
        restore_backup(unit, tmp_path / "a.json")
    (tmp_path / "bad.json").write_text('{"format": "something else"}')
    (tmp_path / "broken.json").write_text("{\n  nope")
    empty = open_database(tmp_path / "c.db")
    for name, message in (("bad.json", "not a netgarden backup"), ("broken.json", "line 2")):
        with pytest.raises(UserError, match=message), empty.transaction() as unit:
            restore_backup(unit, tmp_path / name)
    database.close()
    empty.close()


def test_ics_parses_with_stable_uids_dtstamp_and_all_day_dates(tmp_path: Path) -> None:
    from icalendar import Calendar

    fill(tmp_path / "a.db")
    export(tmp_path / "a.db", "ics", tmp_path / "a.ics")
    calendar = Calendar.from_ical((tmp_path / "a.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    assert all(
        u.startswith(("followup-", "birthday-", "plan-", "task-", "event-"))
        and u.endswith("@netgarden")
        for u in uids
    )
    for event in events:
        assert "DTSTAMP" in event
        start = event.decoded("DTSTART")
        assert isinstance(start, dt.date) and not isinstance(start, dt.datetime)
    export(tmp_path / "a.db", "ics", tmp_path / "b.ics")
    again = [
        str(e["UID"]) for e in Calendar.from_ical((tmp_path / "b.ics").read_bytes()).walk("VEVENT")
    ]
    assert again == uids


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_export_reimports_to_the_same_contacts(tmp_path: Path, version: str) -> None:
    import vobject

    fill(tmp_path / "a.db")
    export(tmp_path / "a.db", "vcard", tmp_path / "a.vcf", version)
    text = (tmp_path / "a.vcf").read_text(encoding="utf-8")
    assert len(list(vobject.readComponents(text))) == 61  # an independent reader agrees
    database = open_database(tmp_path / "b.db")
    with database.transaction() as unit:
        summary = import_sources(unit, open_sources([tmp_path / "a.vcf"], None, None), NOW)
        assert (summary.created, summary.skipped) == (61, [])
        before = {c.name: c for c in export_contacts(unit, TODAY)}
    source = open_database(tmp_path / "a.db")
    with source.transaction() as unit:
        for original in export_contacts(unit, TODAY):
            copy = before[original.name]
            assert (copy.emails, copy.phones, copy.tags) == (
                original.emails,
                original.phones,
                original.tags,
            )
            for key in ("company", "title", "birthday", "notes", "linkedin_url", "location"):
                assert copy.get(key) == original.get(key), key
    source.close()
    database.close()


def test_csv_and_markdown_exports(tmp_path: Path) -> None:
    import csv

    fill(tmp_path / "a.db")
    export(tmp_path / "a.db", "csv", tmp_path / "a.csv")
    rows = list(csv.DictReader((tmp_path / "a.csv").open(encoding="utf-8", newline="")))
    assert len(rows) == 61
    ada = next(r for r in rows if r["name"].startswith("Ada"))
    assert (ada["notes"], ada["tags"], ada["circle"]) == ("line\nbreak", "ai", "inner")
    export(tmp_path / "a.db", "markdown", tmp_path / "vault")
    area = (tmp_path / "vault" / "Professional Network.md").read_text()
    # a trailing dot cannot end a file name on every system: the link follows the file
    assert "| inner |" in area and "[[Ada; Lovelace, Jr]]" in area
    note = (tmp_path / "vault" / "People" / "Ada; Lovelace, Jr.md").read_text()
    assert note.startswith("---\nid: 61\n") and "## Timeline" in note and "évals ☕" in note
    export(tmp_path / "a.db", "markdown", tmp_path / "vault")  # replacing an earlier export
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "diary.md").write_text("private")
    with pytest.raises(UserError, match="not an earlier netgarden export"):
        export(tmp_path / "a.db", "markdown", tmp_path / "mine")
    assert (tmp_path / "mine" / "diary.md").read_text() == "private"


def test_exports_are_atomic_an_unwritable_target_leaves_nothing(tmp_path: Path) -> None:
    fill(tmp_path / "a.db")
    with pytest.raises(UserError, match="does not exist"):
        export(tmp_path / "a.db", "csv", tmp_path / "missing" / "a.csv")
    assert not list(tmp_path.glob("**/.a.csv.*"))


names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30
).filter(lambda s: s.strip() and s == " ".join(s.split()))
texts = st.one_of(st.none(), names)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=names,
    company=texts,
    title=texts,
    notes=st.one_of(
        st.none(), st.text(min_size=1, max_size=80).filter(lambda s: s.strip() == s and s)
    ),
    emails=st.lists(
        st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.(com|org)", fullmatch=True), max_size=3, unique=True
    ),
    tags=st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True), max_size=3, unique=True),
    birthday=st.one_of(
        st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2020, 12, 31)).map(dt.date.isoformat)
    ),
    version=st.sampled_from(["4.0", "3.0"]),
)
def test_random_contacts_survive_vcard(
    name: str, company: str | None, title: str | None, notes: str | None,
    emails: list[str], tags: list[str], birthday: str | None, version: str,
) -> None:  # fmt: skip
    from netgarden.domain.views import ContactView

    contact = ContactView(
        id=1, name=name,
        fields={"company": company, "title": title, "notes": notes, "birthday": birthday},
        emails=emails, phones=[], tags=sorted(tags), circle="none", cadence_days=None,
        last_touch_on=None, next_due_on=None, archived=False,
    )  # fmt: skip
    [record] = parse(io.BytesIO(vcard_write.card(contact, version).encode("utf-8")), "x.vcf")
    assert isinstance(record, PersonRecord)
    assert record.name == name
    assert record.company == (company if company != name else None)
    assert (record.title, record.emails, sorted(record.tags)) == (title, emails, sorted(tags))
    assert record.notes == (
        notes.replace("\r\n", "\n").replace("\r", "\n").strip() if notes else None
    )
    assert record.birthday == birthday


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(seed=st.integers(0, 10_000), size=st.integers(1, 40))
def test_any_generated_network_survives_backup_and_restore(
    tmp_path_factory: pytest.TempPathFactory, seed: int, size: int
) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    source = open_database(folder / "a.db")
    with source.transaction() as unit:
        generate_network(unit, contacts=size, touches=size * 5, seed=seed, end=TODAY)
        export_network(unit, "json", folder / "a.json", "4.0", TODAY)
    source.close()
    target = open_database(folder / "b.db")
    with target.transaction() as unit:
        restore_backup(unit, folder / "a.json")
        export_network(unit, "json", folder / "b.json", "4.0", TODAY)
    target.close()
    assert (folder / "a.json").read_bytes() == (folder / "b.json").read_bytes()
