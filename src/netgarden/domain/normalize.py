"""Cleaning what people type: emails, phones, LinkedIn URLs, tags, free text.

Pure functions. email-validator and phonenumbers are imported inside the functions that use
them, to keep the CLI's start-up fast.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

from netgarden.domain.values import NAME_MAX
from netgarden.errors import InvalidValue


def fold(text: str | None) -> str:
    """Casefolded, single-spaced, without the accents of Latin letters: the one form names
    and companies are compared in (the store indexes it as ``name_key``, imports match on
    it, and it folds like the search index's ``unicode61 remove_diacritics`` does, so a name
    that search finds resolves too)."""
    folded = " ".join((text or "").casefold().split())
    if folded.isascii():
        return folded
    kept: list[str] = []
    latin = False  # whether the last letter is one whose accents the index drops
    for char in unicodedata.normalize("NFD", folded):
        if unicodedata.combining(char):
            if latin:
                continue
        else:
            latin = char < "\u0250" or "\u1e00" <= char <= "\u1eff"
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def clean_text(value: str | None) -> str | None:
    """Strip; an empty string means 'clear this field'."""
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def normalize_email(value: str, field: str = "emails") -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        return str(validate_email(value.strip(), check_deliverability=False).normalized)
    except EmailNotValidError as exc:
        raise InvalidValue(field, f"{value!r} is not an email address ({exc})") from None


def normalize_phone(value: str, region: str, field: str = "phones") -> tuple[str, str | None]:
    """The number as typed (tidied) and its E.164 form when it can be worked out."""
    import phonenumbers

    typed = " ".join(value.split())
    if not re.search(r"\d{3}", typed):
        raise InvalidValue(field, f"{value!r} is not a phone number")
    try:
        parsed = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        return typed, None
    if not phonenumbers.is_possible_number(parsed):
        return typed, None
    return typed, phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


_LINKEDIN_PATH = re.compile(r"^/(in|pub|company|school)/([^/?#]+)", re.IGNORECASE)


_CANONICAL_LINKEDIN = re.compile(r"https://www\.linkedin\.com/in/[a-z0-9-]+")


def normalize_linkedin(value: str, field: str = "linkedin") -> str:
    """``https://www.linkedin.com/in/<handle>``: one form, so the same person matches."""
    text = value.strip()
    if _CANONICAL_LINKEDIN.fullmatch(text):
        return text  # already canonical: most rows of an export
    if not re.match(r"^[a-z]+://", text, re.IGNORECASE):
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:  # "Invalid IPv6 URL": a bracket where the host should be
        parts, host = urlsplit(""), ""
    match = _LINKEDIN_PATH.match(parts.path)
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")) or match is None:
        raise InvalidValue(
            field,
            f"{value!r} is not a LinkedIn profile URL; use one like "
            "https://www.linkedin.com/in/jane-doe",
        )
    handle = unquote(match[2]).strip().lower()
    return f"https://www.linkedin.com/{match[1].lower()}/{handle}"


def normalize_tag(value: str, field: str = "tags") -> str:
    tag = "-".join(value.strip().lower().split())
    if not tag or len(tag) > 100:
        raise InvalidValue(field, f"{value!r} is not a tag; use 1 to 100 characters")
    return tag


def normalize_name(value: str, field: str = "name") -> str:
    name = " ".join(value.split())
    if not name:
        raise InvalidValue(field, "a contact needs a name")
    if len(name) > NAME_MAX:
        raise InvalidValue(field, f"{len(name):,} characters; a name has at most {NAME_MAX}")
    return name
