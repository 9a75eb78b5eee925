"""Generated requests against /openapi.json: the API never answers 500."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from netgarden.settings import Settings
from netgarden.web.app import create_app

# schemathesis addresses the app as "testserver": a name it is started for, like any other
app = create_app(
    Settings(
        db=Path(tempfile.mkdtemp(prefix="netgarden-fuzz-")) / "fuzz.db",
        allowed_hosts=("testserver",),
    )
)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.path}: {response.text[:500]}"
