"""give, receive, ask, ledger and strength from the command line."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cli.test_bad_input import counts
from tests.conftest import Cli


@pytest.fixture
def ada(cli: Cli) -> Cli:
    met = (dt.date.today() - dt.timedelta(days=800)).isoformat()
    cli.add("Ada Lovelace", "--circle", "middle", "--met-on", met)
    cli(
        "log",
        "Ada",
        "--kind",
        "coffee",
        "--on",
        (dt.date.today() - dt.timedelta(days=100)).isoformat(),
    )
    return cli


def test_ledger_records_and_reports(ada: Cli) -> None:
    ada("give", "Ada", "--kind", "introduction", "--note", "to Grace")
    ada("receive", "Ada", "--kind", "advice")
    ada("ask", "Ada", "--note", "a reference letter")
    report = ada.json("ledger", "Ada")
    assert (report["given"], report["received"], report["asked"]) == (1, 1, 1)
    assert report["give_ask_ratio"] == 1.0 and report["asks_outrun_gives"] is False
    assert report["entries"][0]["kind"] == "other"
    assert "aim: 5 to 1" in ada("ledger").stdout


def test_asks_outrunning_gives_are_flagged_in_the_agenda(ada: Cli) -> None:
    ada("ask", "Ada", "--kind", "referral")
    [item] = ada.json("today")
    assert item["flags"] == ["asks-outrun-gives"]
    assert "give first" in ada("today").stdout


def test_strength_explains_itself(ada: Cli) -> None:
    result = ada.json("strength", "Ada")
    assert result["band"] in {"weak", "medium", "strong", "dormant"}
    assert result["contributions"][0].startswith("coffee ")
    assert len(result["history"]) == 12
    assert "last 12 months" in ada("strength", "Ada").stdout
    # one coffee 100 days ago is the whole history: known 0 whole years, the 180-day half-life
    assert (result["half_life_days"], result["years_known"]) == (180.0, 0)
    assert "halves every 180 days (known 0 whole years)" in ada("strength", "Ada").stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("give", "Ada", "--kind", "money"), "--kind: 'money' is not accepted"),
        (("ask", "Ada"), "--kind: ask needs a kind or a note"),
        (("give", "Ada", "--kind", "advice", "--on", "2999-01-01"), "is in the future"),
        (("receive", "Nobody", "--kind", "advice"), "no contact matches"),
        (("ledger", "--since", "soon"), "--since: 'soon' is not a date"),
    ],
)
def test_mistakes_write_nothing(ada: Cli, args: tuple[str, ...], message: str) -> None:
    before = counts(ada.db)
    assert message in ada(*args, code=2).stderr
    assert counts(ada.db) == before
    assert ada.json("ledger")["entries"] == []
