"""How large a request may be (the ``upload_limit_mb`` setting).

Plain ASGI: a declared Content-Length over the limit is refused before a byte is read; a
body without one is counted as it arrives, and the moment it passes the limit the handler
is told the client left and the answer becomes the same 413.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MB = 1024 * 1024


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            await self.refusal(scope, int(declared))(scope, receive, send)
            return
        received = 0
        over = False
        started = False

        async def counted() -> Message:
            nonlocal received, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    over = True
                    return {"type": "http.disconnect"}
            return message

        async def held(message: Message) -> None:
            nonlocal started
            if over:
                return  # the handler's answer to a body it never got whole
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, held)
        except Exception:
            if not over or started:
                raise
        if over and not started:
            await self.refusal(scope, None)(scope, receive, send)

    def refusal(self, scope: Scope, size: int | None) -> Response:
        request = "the request" if size is None else f"the request ({size / MB:.1f} MB)"
        message = (
            f"{request} is over the upload limit of {self.limit / MB:g} MB (the "
            "upload_limit_mb setting); import fewer or smaller files at a time, or raise the limit"
        )
        if str(scope.get("path", "")).startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=413)
        templates = getattr(getattr(scope.get("app"), "state", None), "templates", None)
        if templates is None:
            return HTMLResponse(f"<p>{message}</p>", status_code=413)
        response: Response = templates.TemplateResponse(
            Request(scope), "error.html", {"message": message, "status": 413}, status_code=413
        )
        return response
