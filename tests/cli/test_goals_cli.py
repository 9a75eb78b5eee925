"""One smoke test of goals, content and communities on the command line: what a user
types, what it says, --json and --as-of, and bad input named by its option (exit 2)."""

from __future__ import annotations

from tests.conftest import Cli


def test_goals_content_and_communities_from_the_shell(cli: Cli) -> None:
    ana = cli.add("Ana Lee")
    for day in ("2026-01-05", "2026-01-20", "2026-02-02"):
        cli("log", str(ana), "--kind", "informational-interview", "--on", day)
    made = cli("goal", "add", "Interviews", "--metric", "informational-interviews",
               "--target", "6", "--period", "quarter", "--from", "2026-01-01")  # fmt: skip
    goal = int(made.stdout.strip())
    [found] = cli.json("goals", "--as-of", "2026-02-14")
    assert (found["id"], found["value"], found["expected"], found["status"]) == (
        goal, 3, 3.0, "on-pace")  # fmt: skip
    assert found["period_start"] == "2026-01-01" and found["behind_by"] is None
    shown = cli("goals", "--as-of", "2026-03-10").stdout
    assert "3 of 6" in shown and "behind by 1 (expected 4.6) as of 2026-03-10" in shown

    cli("content", "add", "article", "Agents in PM", "--on", "2026-02-01", "--mix", "insight",
        "--with", "Ana")  # fmt: skip
    [item] = cli.json("content", "list")
    assert item["with"] == [{"contact_id": ana, "name": "Ana Lee"}]
    cli("community", "join", "PM HQ", "--role", "committee", "--on", "2026-01-03")
    assert cli.json("community", "list")[0]["role"] == "committee"

    bad = cli("goal", "add", "x", "--metric", "likes", "--target", "3-1", code=2)
    assert "--metric: 'likes' is not a metric" in bad.stderr
    assert "--target: '3-1'" in bad.stderr
    bad = cli("content", "add", "tweet", "x", "--mix", "hype", code=2)
    assert "KIND: 'tweet' is not accepted" in bad.stderr and "--mix:" in bad.stderr
    assert "no goal with id 99" in cli("goal", "rm", "99", code=2).stderr
    assert (
        "Added 4 goals from the maintenance preset" in cli("goal", "preset", "maintenance").stderr
    )
