"""The API publishes every kind of agenda subject the domain ranks."""

from __future__ import annotations

from typing import get_args

from netgarden.domain.agenda import SubjectType
from netgarden.web.schemas import SubjectRead


def test_the_api_names_every_subject_type() -> None:
    annotation = SubjectRead.model_fields["type"].annotation
    published = {str(v) for v in (get_args(annotation) or list(annotation))}  # Literal or enum
    assert published == {kind.value for kind in SubjectType}
