"""``GET /calendar/<token>.ics``: the calendar feed a calendar app subscribes to. The token
is the only credential; nothing but the calendar answers to it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from netgarden.web.deps import database, now, today

router = APIRouter(include_in_schema=False)
# the longest token worth comparing (ours are 43 characters)
LONGEST = 128


# HEAD too: some calendar apps ask before they fetch
@router.api_route("/calendar/{token}.ics", methods=["GET", "HEAD"])
def calendar_feed(request: Request, token: str) -> Response:
    from netgarden.services.feed import serve_feed

    settings = request.app.state.settings
    body = None
    if len(token) <= LONGEST:
        body = serve_feed(database(request), token, today(), now(), settings.time_zone)
    if body is None:
        return PlainTextResponse(
            "No calendar at this address: the feed's address changed (netgarden feed rotate) "
            "or was mistyped; `netgarden feed url` shows the current one.",
            status_code=404,
        )
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        # the address is a secret: no shared cache keeps it
        headers={"Cache-Control": "private, max-age=300", "Referrer-Policy": "no-referrer"},
    )
