"""Mailboxes are streamed line by line (never read whole); WhatsApp date orders are told
from the whole file."""

from __future__ import annotations

import io
from collections.abc import Iterator

from netgarden.formats.mail import Mail, parse_mbox
from netgarden.formats.whatsapp import ChatLine, parse
from tests.conftest import FIXTURES


class LinesOnly(io.RawIOBase):
    """A stream that refuses to be read whole: only iteration, line by line."""

    def __init__(self, data: bytes) -> None:
        self.lines = io.BytesIO(data)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.lines)

    def read(self, size: int = -1) -> bytes:
        raise AssertionError("the mbox was read whole")


def test_an_mbox_is_read_line_by_line() -> None:
    data = (FIXTURES / "files" / "outreach-then-reply.mbox").read_bytes()
    found = [m for m in parse_mbox(LinesOnly(data), "x.mbox") if isinstance(m, Mail)]  # type: ignore[arg-type]
    assert [m.message_id for m in found] == [
        "<out-1@example.com>", "<out-2@example.com>", "<reply-1@mail.example.net>",
    ]  # fmt: skip
    assert {m.thread for m in found} == {"<out-1@example.com>"}


def test_a_quoted_name_with_a_comma_and_an_encoded_one() -> None:
    data = (
        b"From x Mon Oct  5 08:00:00 2026\nDate: Mon, 05 Oct 2026 08:00:00 +0000\n"
        b'From: "Wong, Alice" <Alice@Example.com>\n'
        b"To: =?UTF-8?B?QmrDtnJu?= <bjorn@example.com>, carol@example.com\n\nbody\n"
    )
    [mail] = list(parse_mbox(io.BytesIO(data), "x.mbox"))
    assert isinstance(mail, Mail)
    assert mail.sender == ("alice@example.com", "Wong, Alice")
    assert mail.recipients == (("bjorn@example.com", "Björn"), ("carol@example.com", ""))


def chat(text: str) -> list[ChatLine]:
    return [c for c in parse(io.BytesIO(text.encode()), "c.txt") if isinstance(c, ChatLine)]


def test_day_first_when_a_first_number_is_over_12() -> None:
    lines = chat("03/10/2026, 18:02 - A: hi\n25/10/2026, 09:00 - B: yo\n")
    assert [c.sent_at.date().isoformat() for c in lines] == ["2026-10-03", "2026-10-25"]


def test_month_first_for_a_twelve_hour_clock_when_nothing_tells() -> None:
    lines = chat("10/3/26, 6:02 PM - A: hi\n")
    assert lines[0].sent_at.isoformat() == "2026-10-03T18:02:00"


def test_a_continuation_line_is_no_message() -> None:
    assert len(chat("03/10/2026, 18:02 - A: hi\nsecond line\n03/10/2026, 18:03 - B: ok\n")) == 2
