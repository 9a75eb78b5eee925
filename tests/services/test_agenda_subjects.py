"""The API publishes every kind of agenda subject the domain ranks."""

from __future__ import annotations

from typing import get_args

from netgarden.domain.agenda import SubjectType
from netgarden.web.schemas import SubjectRead


def test_the_api_names_every_subject_type() -> None:
    annotation = SubjectRead.model_fields["type"].annotation
    # a Literal of the values, or the enum itself
    published = set(get_args(annotation)) or {member.value for member in annotation}  # type: ignore[union-attr]
    assert published == {kind.value for kind in SubjectType}
