"""The API publishes every kind of agenda subject the domain ranks."""

from __future__ import annotations

from typing import get_args

from netgarden.domain.agenda import SubjectType
from netgarden.web.schemas import SubjectRead


def test_the_api_names_every_subject_type() -> None:
    published = set(get_args(SubjectRead.model_fields["type"].annotation))
    assert published == {kind.value for kind in SubjectType}
