"""Ledger arithmetic: counts, the 5-to-1 ratio, the 70-20-10 mix, the flag."""

from __future__ import annotations

import pytest

from netgarden.domain.ledger import EntryType, parse_ledger_kind, summarize
from netgarden.errors import InvalidValue


def test_counts_ratio_and_mix() -> None:
    entries = [("give", "introduction")] * 7 + [("give", "knowledge")] * 2 + [("ask", "referral")]
    entries += [("receive", "advice")] * 3
    s = summarize(entries)
    assert (s.given, s.received, s.asked) == (9, 3, 1)
    assert s.give_ask_ratio == 9.0
    assert s.mix == {"helping": 70, "sharing": 20, "asking": 10}
    assert s.asks_outrun_gives is False


def test_no_asks_means_no_ratio_and_asks_outrunning_gives_is_flagged() -> None:
    assert summarize([("give", "support")]).give_ask_ratio is None
    flagged = summarize([("ask", "referral"), ("ask", "other"), ("give", "advice")])
    assert flagged.asks_outrun_gives is True and flagged.give_ask_ratio == 0.5
    empty = summarize([])
    assert (empty.given, empty.mix) == (0, {"helping": 0, "sharing": 0, "asking": 0})


def test_kinds() -> None:
    assert parse_ledger_kind(" Introduction ", EntryType.GIVE) == "introduction"
    assert parse_ledger_kind("other", EntryType.ASK) == "other"
    with pytest.raises(InvalidValue, match="'other' is not accepted"):
        parse_ledger_kind("other", EntryType.GIVE)
