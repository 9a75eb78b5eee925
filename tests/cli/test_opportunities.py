"""``opp`` and ``roi`` on the command line: add, list, move, share, show, edit, rm; mistakes
name the option and exit 2 with nothing written."""

from __future__ import annotations

import datetime as dt

from tests.conftest import Cli

TODAY = dt.date.today().isoformat()


def test_an_opportunity_from_add_to_share(cli: Cli) -> None:
    ana = cli.add("Ana Lee", "--company", "Acme", "--circle", "inner")
    bo = cli.add("Bo Chen", "--title", "Product Manager", "--circle", "middle")
    added = cli("opp", "add", "Senior PM at Acme", "--kind", "job", "--company", "Acme",
                "--role", "product manager", "--via", "Ana", "--reaches-hm", "yes")  # fmt: skip
    assert added.stdout.strip() == "1"
    assert "Added #1 Senior PM at Acme (job, network via Ana Lee), open" in added.stderr
    assert f"#{bo} Bo Chen: works in the field (Product Manager)" in added.stderr
    assert "netgarden opp share 1 2" in added.stderr
    cli("opp", "move", "1", "interviewing")
    shared = cli("opp", "share", "#1", "Bo")
    assert "Shared #1 Senior PM at Acme with Bo Chen (#2)" in shared.stderr
    detail = cli.json("opp", "show", "1")
    assert [s["stage"] for s in detail["stages"]] == ["open", "interviewing"]
    assert (detail["via_id"], detail["reaches_hm"], detail["shares"][0]["contact_id"]) == (
        ana, True, bo,
    )  # fmt: skip
    ledger = cli.json("ledger", "Bo")
    assert [(e["entry_type"], e["kind"]) for e in ledger["entries"]] == [("give", "referral")]
    listed = cli("opp", "list").stdout
    assert "interviewing" in listed and "network via Ana Lee" in listed
    assert cli.json("opp", "list", "--stage", "open") == []
    cli("opp", "edit", "1", "--company", "", "--note", "met the team")
    assert cli.json("opp", "show", "1")["company"] is None
    cli("opp", "rm", "1")
    assert cli.json("opp", "list") == []


def test_mistakes_name_the_option_and_write_nothing(cli: Cli) -> None:
    bad = cli("opp", "add", "x", "--kind", "gig", "--channel", "fax", "--reaches-hm", "maybe",
              code=2)  # fmt: skip
    assert bad.stderr.splitlines() == [
        "error: --kind: 'gig' is not accepted; use one of: job, referral, collaboration, "
        "speaking, writing, client, partnership, investor, mentoring, other",
        "error: --channel: 'fax' is not accepted; use one of: network, cold-application, "
        "inbound, event, recruiter",
        "error: --reaches-hm: 'maybe' is not accepted; use one of: yes, no, unknown",
    ]
    assert "no event with id 4" in cli("opp", "add", "x", "--kind", "job", "--event", "4",
                                       code=2).stderr  # fmt: skip
    assert cli.json("opp", "list") == []
    cli("opp", "add", "PM", "--kind", "job")
    assert "STAGE: 'hired'" in cli("opp", "move", "1", "hired", code=2).stderr
    assert "no opportunity with id 7" in cli("opp", "show", "7", code=2).stderr
    assert "ID: 'x' is not a number" in cli("opp", "show", "x", code=2).stderr
    assert "--since: " in cli("roi", "--since", "2026-12-01", "--until", "2026-11-01",
                              code=2).stderr  # fmt: skip


def test_roi_as_text_and_json(cli: Cli) -> None:
    cli("opp", "add", "PM at Beta", "--kind", "job", "--channel", "cold-application")
    text = cli("roi").stdout
    assert "Networking ROI" in text and "cold-application" in text and "1%" in text
    report = cli.json("roi", "--since", "2026-01-01", "--until", TODAY)
    assert report["opportunities_by_channel"] == [
        {"name": "cold-application", "opportunities": 1, "interviewed": 0, "interview_rate": 0.0}
    ]
    assert report["quality_connections"]["target_per_year"] == 200
