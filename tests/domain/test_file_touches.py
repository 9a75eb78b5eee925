"""The rules that judge meetings and emails from files (domain.file_touches)."""

from __future__ import annotations

import pytest

from netgarden.domain.file_touches import judge_meeting, mail_skip_reason, meeting_kind

ME = frozenset({"me@example.com"})


@pytest.mark.parametrize(
    ("where", "kind"),
    [
        ("https://us02web.zoom.us/j/123", "video"),
        ("Join: https://meet.google.com/abc-defg-hij", "video"),
        ("Microsoft Teams Meeting https://teams.microsoft.com/l/meetup-join/x", "video"),
        ("tel:+1-555-0100", "call"),
        ("+44 20 7946 0958", "call"),
        ("Dial-in: see below", "call"),
        ("Cafe Nero, 5th Ave", "meeting"),
        ("", "meeting"),
    ],
)
def test_the_kind_comes_from_location_and_links(where: str, kind: str) -> None:
    assert meeting_kind(where) == kind


def judge(*attendees: tuple[str | None, str | None, str], **kw: object):  # type: ignore[no-untyped-def]
    options = {"all_day": False, "cancelled": False, **kw}
    return judge_meeting(attendees, "me@example.com", ME, 5, **options)  # type: ignore[arg-type]


def test_me_and_declined_people_are_not_there() -> None:
    verdict = judge(("me@example.com", "Me", "ACCEPTED"), ("b@x.com", "B", "DECLINED"))
    assert verdict.reason == "alone"


def test_tentative_is_kept_unconfirmed() -> None:
    [person] = judge(("b@x.com", "B", "TENTATIVE")).people
    assert (person.email, person.confirmed) == ("b@x.com", False)


def test_five_others_are_a_meeting_and_six_a_gathering() -> None:
    five = [(f"p{i}@x.com", None, "ACCEPTED") for i in range(5)]
    assert len(judge(*five).people) == 5
    assert judge(*five, ("p5@x.com", None, "ACCEPTED")).reason == "too many people"


def test_an_organizer_who_is_not_me_was_there() -> None:
    verdict = judge_meeting([], "boss@x.com", ME, 5, all_day=False, cancelled=False)
    assert [p.email for p in verdict.people] == ["boss@x.com"]


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"list_id": "<x.lists>"}, "mailing list or bulk"),
        ({"precedence": "bulk"}, "mailing list or bulk"),
        ({"auto": True}, "sent automatically"),
        ({"sender": "noreply@x.com"}, "no-reply sender"),
        ({"sender": "no-reply+abc@x.com"}, "no-reply sender"),
        ({"recipients": 6}, "too many recipients"),
        ({"labels": ["Papierkorb"]}, "spam, trash, chat or draft"),
        ({}, None),
    ],
)
def test_mail_that_is_no_relationship_touch(kw: dict[str, object], reason: str | None) -> None:
    args: dict[str, object] = {
        "sender": "ann@x.com", "recipients": 1, "list_id": None, "precedence": None,
        "auto": False, "labels": ["Inbox"], "max_others": 5, **kw,
    }  # fmt: skip
    assert mail_skip_reason(**args) == reason  # type: ignore[arg-type]
