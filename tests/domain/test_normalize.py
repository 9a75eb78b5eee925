"""The one folding rule names are compared in: the same as the search index's."""

from __future__ import annotations

from netgarden.domain.normalize import fold


def test_fold_drops_case_spacing_and_latin_accents_like_the_search_index() -> None:
    assert fold("  Sofía   NÚÑEZ ") == "sofia nunez"
    assert fold("Nguyễn Thị") == "nguyen thi"
    assert fold("İlker") == "ilker"
    assert fold("François Müller") == "francois muller"
    assert fold(None) == ""


def test_fold_keeps_what_the_search_index_keeps() -> None:
    assert fold("Søren") == "søren"  # no decomposition: the index keeps it too
    assert fold("がくせい") == "がくせい"  # kana voicing marks are letters, not accents
    assert fold("Ελένη") == "ελένη"  # the index strips accents from Latin letters only
