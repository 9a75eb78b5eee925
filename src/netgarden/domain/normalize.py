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


# A terminal acts on control characters: ESC sequences clear the screen, recolour it,
# retitle the window. Whole sequences go (CSI, OSC, and two-character escapes), then every
# C0 and C1 control and DEL; multi-line text keeps its tabs and newlines.
_ESCAPE_SEQUENCE = re.compile(
    # an OSC (window title...) only when terminated, so that no text after a stray one is lost
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x00-\x1f]{0,512}(?:\x07|\x1b\\)|[ -/]*[0-~])"
    r"|\x9b[0-?]*[ -/]*[@-~]?|\x9d[^\x00-\x1f]{0,512}[\x07\x9c]"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n?|[\n\t]")


def has_controls(text: str) -> bool:
    return _CONTROL.search(text) is not None


def strip_controls(text: str, multiline: bool = False) -> str:
    """``text`` without control characters. One-line text has its line breaks and tabs
    turned into spaces; multi-line text keeps them (a lone CR becomes a newline)."""
    if not _CONTROL.search(text):
        return text  # nearly always: nothing to do
    text = _ESCAPE_SEQUENCE.sub("", text)
    if multiline:
        return _CONTROL_BUT_LINES.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", _LINE_BREAK.sub(" ", text))


def clean_text(value: str | None, multiline: bool = True) -> str | None:
    """Without control characters (see ``strip_controls``) and stripped; an empty string
    means 'clear this field'."""
    if value is None:
        return None
    stripped = strip_controls(value, multiline).strip()
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

    typed = " ".join(strip_controls(value).split())
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
    tag = "-".join(strip_controls(value).lower().split())
    if not tag or len(tag) > 100:
        raise InvalidValue(field, f"{value!r} is not a tag; use 1 to 100 characters")
    return tag


def normalize_name(value: str, field: str = "name") -> str:
    name = " ".join(strip_controls(value).split())
    if not name:
        raise InvalidValue(field, "a contact needs a name")
    if len(name) > NAME_MAX:
        raise InvalidValue(field, f"{len(name):,} characters; a name has at most {NAME_MAX}")
    return name
