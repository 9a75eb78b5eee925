"""Touches from the user's files: calendars, mailboxes, WhatsApp chats (issue #17). One
fixture per case in tests/fixtures/files/; the expectations are the issue's."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from netgarden.errors import InvalidValue
from netgarden.services.contacts import ContactInput, add_contact, show_contact
from netgarden.services.database import Unit
from netgarden.services.importing import ImportSummary, import_sources, open_files, open_sources
from netgarden.services.lookup import resolve_contact
from netgarden.services.preferences import set_preference
from tests.conftest import FIXTURES, NOW, TODAY

FILES = FIXTURES / "files"
NOW_UTC = NOW.replace(tzinfo=dt.UTC)  # dated in UTC whatever the machine's zone


def run(unit: Unit, *names: str, dry_run: bool = False) -> ImportSummary:
    sources = open_sources([FILES / n for n in names], None, None)
    return import_sources(unit, sources, NOW_UTC, dry_run=dry_run)


@pytest.fixture
def people(unit: Unit) -> Unit:
    set_preference(unit, "me_emails", "me@example.com")
    for name, email in (
        ("Bob Stone", "bob@example.com"),
        ("Carol Diaz", "carol@example.com"),
        ("Alice Wong", "alice@example.com"),
        ("Ana Lima", None),
    ):
        add_contact(unit, ContactInput(name=name, emails=[email] if email else []), NOW, TODAY)
    return unit


def touches(unit: Unit, name: str) -> list[tuple[str, str, str, str | None]]:
    shown = show_contact(unit, resolve_contact(unit, name), TODAY)
    return [(t.occurred_on.isoformat(), t.kind, t.direction, t.note) for t in shown.touches]


def replied(unit: Unit, name: str) -> list[tuple[str, bool | None]]:
    shown = show_contact(unit, resolve_contact(unit, name), TODAY)
    return [(t.occurred_on.isoformat(), t.replied) for t in shown.touches if t.direction == "out"]


# -- calendars ---------------------------------------------------------------------------


def test_a_weekly_one_to_one_with_one_cancelled_instance_over_8_weeks_is_7_touches(
    people: Unit,
) -> None:
    summary = run(people, "weekly-one-cancelled.ics")  # TZID "Eastern Standard Time"
    assert summary.touches == 7
    days = [day for day, *_ in touches(people, "Bob Stone")]
    assert "2026-09-16" not in days and len(days) == 7
    assert touches(people, "Bob Stone")[0] == ("2026-10-21", "meeting", "mutual", "Bob / me weekly")
    assert summary.per_person == {"Bob Stone (#1)": 7}
    assert summary.clocks_reset == 1
    again = run(people, "weekly-one-cancelled.ics")
    assert again.touches == 0 and again.clocks_reset == 0


def test_a_12_person_all_hands_is_no_touch_but_counted(people: Unit) -> None:
    summary = run(people, "all-hands-12-people.ics")
    assert summary.touches == 0
    assert summary.files is not None
    assert summary.files.left_out == {"meetings: too many people": 1}


def test_a_declined_attendee_gets_no_touch(people: Unit) -> None:
    summary = run(people, "declined.ics")
    assert summary.touches == 0
    assert touches(people, "Bob Stone") == []


def test_a_tentative_attendee_is_kept_as_not_confirmed(people: Unit) -> None:
    run(people, "tentative.ics")
    assert touches(people, "Carol Diaz") == [
        ("2026-10-21", "meeting", "mutual", "Strategy chat (not confirmed: Carol Diaz)")
    ]
    assert touches(people, "Bob Stone") == []  # declined


def test_google_x_wr_timezone_and_a_bom_and_a_video_link(people: Unit) -> None:
    run(people, "google-x-wr-timezone-bom.ics")
    # 07:30 in Tokyo on the 10th is 22:30 UTC on the 9th: the user's day
    assert touches(people, "Carol Diaz") == [
        ("2026-10-09", "video", "mutual", "Breakfast with Carol")
    ]


def test_a_non_ascii_tzid_and_a_phone_number_make_a_call(people: Unit) -> None:
    run(people, "non-ascii-tzid.ics")
    assert touches(people, "Bob Stone") == [("2026-11-03", "call", "mutual", "Anruf mit Bob")]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("alarm-attendee-alone.ics", "meetings: alone"),  # the alarm's attendee is no guest
        ("all-day.ics", "meetings: all-day"),
    ],
)
def test_meetings_that_are_not_touches_are_counted(people: Unit, name: str, reason: str) -> None:
    summary = run(people, name)
    assert summary.touches == 0
    assert summary.files is not None and summary.files.left_out == {reason: 1}


def plans(unit: Unit) -> list[tuple[str, str, str | None, list[str], str]]:
    from netgarden.services.plans import list_plans

    return [
        (p.on.isoformat(), p.kind, p.note, [name for _, name in p.people], p.status)
        for p in list_plans(unit)
    ]


def test_a_meeting_still_to_come_is_planned_once_and_a_moved_one_moves_the_plan(
    people: Unit,
) -> None:
    """issue 12: a future meeting with known contacts is a plan, not a touch."""
    summary = run(people, "future.ics")
    assert (summary.touches, summary.plans, summary.plans_moved) == (0, 1, 0)
    assert summary.files is not None and summary.files.left_out == {}
    assert plans(people) == [
        ("2027-01-10", "meeting", "Catch-up with Bob", ["Bob Stone"], "planned")
    ]
    again = run(people, "future.ics")  # a re-import duplicates nothing
    assert (again.plans, again.plans_moved) == (0, 0)
    assert len(plans(people)) == 1
    moved = run(people, "future-moved.ics")  # same UID, a week later, Carol too, on video
    assert (moved.plans, moved.plans_moved) == (0, 1)
    assert plans(people) == [
        ("2027-01-17", "video", "Catch-up with Bob and Carol", ["Bob Stone", "Carol Diaz"],
         "planned")
    ]  # fmt: skip


def test_a_recurring_meeting_plans_its_next_occurrence_and_strangers_plan_nothing(
    people: Unit,
) -> None:
    summary = run(people, "future-weekly-stranger.ics")
    assert summary.plans == 1  # the weekly's next one; the stranger's call has nobody known
    assert plans(people) == [
        ("2026-12-01", "meeting", "Weekly with Alice", ["Alice Wong"], "planned")
    ]
    assert summary.files is not None
    assert summary.files.left_out == {"meetings: still to come, after the next one planned": 3}
    assert summary.as_dict()["plans"] == 1


def test_without_me_emails_a_calendar_with_no_owner_says_how_to_set_them(unit: Unit) -> None:
    add_contact(unit, ContactInput(name="Bob", emails=["bob@example.com"]), NOW, TODAY)
    with pytest.raises(InvalidValue) as raised:
        run(unit, "declined.ics")
    assert raised.value.field == "me_emails"
    assert "--" not in raised.value.message


def test_the_calendar_owner_is_the_user_when_me_emails_is_unset(unit: Unit) -> None:
    add_contact(unit, ContactInput(name="Bob Stone", emails=["bob@example.com"]), NOW, TODAY)
    assert run(unit, "weekly-one-cancelled.ics").touches == 7  # X-WR-CALNAME


def test_max_attendees_is_a_preference(people: Unit) -> None:
    set_preference(people, "max_attendees", "20")
    assert run(people, "all-hands-12-people.ics").touches == 1


# -- mail --------------------------------------------------------------------------------


def test_a_reply_three_days_later_marks_the_outreach_replied(people: Unit) -> None:
    summary = run(people, "outreach-then-reply.mbox")
    # two messages of mine the same day in one thread: one touch
    assert touches(people, "Alice Wong") == [
        ("2026-10-04", "email", "in", "Re: Coffee next week?"),
        ("2026-10-01", "email", "out", "Coffee next week?"),
    ]
    assert replied(people, "Alice Wong") == [("2026-10-01", True)]
    assert summary.replied == 1


def test_a_reply_in_a_later_export_marks_an_earlier_import_s_outreach(
    people: Unit, tmp_path: Path
) -> None:
    text = (FILES / "outreach-then-reply.mbox").read_text()
    first, reply = text.split("From alice@example.com", 1)
    (tmp_path / "first.mbox").write_text(first)
    (tmp_path / "later.mbox").write_text("From alice@example.com" + reply)
    import_sources(people, open_sources([tmp_path / "first.mbox"], None, None), NOW_UTC)
    assert replied(people, "Alice Wong") == [("2026-10-01", None)]
    import_sources(people, open_sources([tmp_path / "later.mbox"], None, None), NOW_UTC)
    assert replied(people, "Alice Wong") == [("2026-10-01", True)]


def test_newsletters_lists_and_no_reply_senders_are_skipped_and_counted(people: Unit) -> None:
    summary = run(people, "newsletter-list-noreply.mbox")
    assert summary.touches == 0
    assert summary.files is not None
    assert summary.files.left_out == {
        "emails: mailing list or bulk": 2,
        "emails: no-reply sender": 1,
    }


def test_encoded_headers_mboxrd_and_a_duplicate_message_id(people: Unit) -> None:
    summary = run(people, "encoded-headers-mboxrd.mbox")
    assert touches(people, "Alice Wong") == [("2026-10-06", "email", "in", "Résumé and café")]
    assert summary.files is not None
    assert summary.files.left_out == {"emails: the same message again (its Message-ID)": 1}
    assert summary.skipped == []  # the >From line was body, not a message


def test_a_message_to_too_many_people_is_skipped(people: Unit) -> None:
    summary = run(people, "too-many-recipients.mbox")
    assert summary.touches == 0
    assert summary.files is not None
    assert summary.files.left_out == {"emails: too many recipients": 1}


def test_an_overlapping_second_export_adds_only_new_touches(people: Unit) -> None:
    assert run(people, "overlap-first-export.mbox").touches == 2
    second = run(people, "overlap-second-export.mbox")
    assert second.touches == 1  # Lunch? on the 11th; Dave is no contact
    assert [day for day, *_ in touches(people, "Alice Wong")] == [
        "2026-09-11", "2026-09-08", "2026-09-07",
    ]  # fmt: skip
    assert second.files is not None
    [dave] = second.files.two_way()
    assert (dave.email, dave.name, dave.sent, dave.received) == (
        "dave@example.net", "Dave Unknown", 1, 1,
    )  # fmt: skip
    assert resolve_contact_or_none(people, "Dave Unknown") is None  # never created


def resolve_contact_or_none(unit: Unit, name: str) -> int | None:
    from netgarden.errors import NetgardenError

    try:
        return resolve_contact(unit, name)
    except NetgardenError:
        return None


def test_localised_takeout_labels_in_a_takeout_zip(people: Unit) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.write(FILES / "takeout-localised-labels.mbox", "Takeout/Mail/Alle Nachrichten.mbox")
    sources = open_files([("takeout.zip", data.getvalue())], None, None)
    summary = import_sources(people, sources, NOW_UTC)
    assert touches(people, "Alice Wong") == [("2026-10-12", "email", "out", "Unterlagen")]
    assert summary.files is not None
    assert summary.files.left_out == {"emails: spam, trash, chat or draft": 1}  # Papierkorb


def test_a_maildir_folder(people: Unit) -> None:
    assert run(people, "maildir").touches == 2
    assert touches(people, "Carol Diaz") == [("2026-10-14", "email", "out", "Also from a Maildir")]


def test_mail_without_me_emails_says_how_to_set_them(unit: Unit) -> None:
    with pytest.raises(InvalidValue) as raised:
        run(unit, "outreach-then-reply.mbox")
    assert raised.value.field == "me_emails"


def test_a_dry_run_writes_nothing(people: Unit) -> None:
    summary = run(people, "outreach-then-reply.mbox", dry_run=True)
    assert summary.touches == 2
    assert people.touches.count() == 0


# -- WhatsApp ----------------------------------------------------------------------------


def test_an_android_chat_export_with_media(people: Unit) -> None:
    run(people, "whatsapp-android")
    assert touches(people, "Ana Lima") == [
        ("2026-10-25", "message", "in", None),
        ("2026-10-04", "message", "out", None),
        ("2026-10-03", "message", "mutual", None),
    ]


def test_an_ios_chat_export_month_first_twelve_hour(people: Unit) -> None:
    run(people, "whatsapp-ios")
    assert touches(people, "Ana Lima") == [
        ("2026-10-12", "message", "out", None),
        ("2026-10-03", "message", "mutual", None),
    ]


def test_the_same_chat_from_both_phones_is_one_touch_a_day(people: Unit) -> None:
    run(people, "whatsapp-android")
    assert run(people, "whatsapp-ios").touches == 1  # only the 12th is new


def test_a_group_chat_counts_only_members_who_are_contacts(people: Unit) -> None:
    summary = run(people, "whatsapp-group")
    assert [day for day, *_ in touches(people, "Bob Stone")] == ["2026-10-13", "2026-10-12"]
    assert touches(people, "Ana Lima") == [("2026-10-12", "message", "in", "Book Club")]
    assert summary.files is not None
    assert summary.files.left_out == {"chats: group members who are not contacts": 2}


def test_a_takeout_zip_with_a_calendar(people: Unit) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.write(FILES / "weekly-one-cancelled.ics", "Takeout/Calendar/me@example.com.ics")
    summary = import_sources(people, open_files([("takeout.zip", data.getvalue())], None, None),
                             NOW_UTC)  # fmt: skip
    assert summary.touches == 7


def test_a_broken_calendar_is_refused_in_one_line(people: Unit) -> None:
    from netgarden.formats.records import FormatError

    broken = b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:garbage\nEND:VEVENT\nEND:VCALENDAR\n"
    with pytest.raises(FormatError, match="an event in it cannot be read"):
        import_sources(people, open_files([("broken.ics", broken)], None, None), NOW_UTC)


def test_takeout_s_sent_label_in_any_language_marks_an_alias_as_the_user(people: Unit) -> None:
    run(people, "takeout-sent-from-alias.mbox")
    assert touches(people, "Alice Wong") == [("2026-10-13", "email", "out", "Desde mi otra cuenta")]
