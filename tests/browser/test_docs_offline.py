"""The API docs at /docs work without the internet: Swagger UI is served from the package."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit


def test_the_api_docs_render_with_every_outside_request_blocked(page: Any) -> None:
    outside: list[str] = []

    def only_this_machine(route: Any) -> None:
        url = route.request.url
        if url.startswith("data:") or urlsplit(url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    page.route("**/*", only_this_machine)
    page.goto("/docs")
    operations = page.locator(".opblock")
    operations.first.wait_for(timeout=15_000)
    assert operations.count() >= 20
    assert "/api/v1/contacts/{contact_id}/touches" in page.locator("#swagger-ui").inner_text()
    assert outside == []
