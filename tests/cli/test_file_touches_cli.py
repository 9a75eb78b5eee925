"""`netgarden config me_emails` and `netgarden import` of calendars, mailboxes and chats."""

from __future__ import annotations

from tests.conftest import FIXTURES, Cli

FILES = FIXTURES / "files"


def test_me_emails_is_set_shown_and_checked(cli: Cli) -> None:
    done = cli("config", "me_emails", "Me@Example.com, me@work.example")
    assert "me_emails = me@example.com,me@work.example" in done.stderr
    assert cli.json("config", "me_emails") == {"me_emails": "me@example.com,me@work.example"}
    assert "max_attendees" in cli("config").stdout
    bad = cli("config", "me_emails", "not-an-address", code=2)
    assert bad.stderr.startswith("error: netgarden config me_emails: 'not-an-address'")


def test_a_mailbox_without_me_emails_says_how_to_set_them(cli: Cli) -> None:
    said = cli("import", str(FILES / "outreach-then-reply.mbox"), code=2).stderr
    assert said.startswith("error: netgarden config me_emails: netgarden does not know")
    assert "Traceback" not in said


def test_an_import_summary_names_touches_per_person_and_what_was_left_out(cli: Cli) -> None:
    cli("config", "me_emails", "me@example.com")
    cli.add("Alice Wong", "--email", "alice@example.com")
    out = cli("import", str(FILES / "outreach-then-reply.mbox")).stdout
    assert "Imported: 0 created, 0 updated, 0 unchanged, 2 touches" in out
    assert "Alice Wong (#1): 2" in out and "Cadence clocks reset: 1" in out
    assert "Outreach marked replied: 1" in out
    summary = cli.json("import", str(FILES / "overlap-second-export.mbox"))
    assert summary["touches"] == 3
    assert summary["two_way_not_contacts"] == [
        {"email": "dave@example.net", "name": "Dave Unknown", "sent": 1, "received": 1}
    ]
    shown = cli("import", str(FILES / "newsletter-list-noreply.mbox")).stdout
    assert "Not logged:\n  emails: mailing list or bulk: 2\n  emails: no-reply sender: 1" in shown


def test_a_folder_of_chats_and_calendars(cli: Cli, tmp_path: object) -> None:
    cli.add("Ana Lima")
    cli.add("Bob Stone", "--email", "bob@example.com")
    assert cli.json("import", str(FILES / "whatsapp-group"))["touches"] == 3
    summary = cli.json("import", str(FILES / "weekly-one-cancelled.ics"), "--dry-run")
    assert (summary["touches"], summary["dry_run"]) == (7, True)
