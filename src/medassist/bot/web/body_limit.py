"""A request-body size limit for the API, enforced before anything parses the body.

A declared Content-Length over the limit is answered 413 without reading a byte; a body without one
(chunked) is read up to the limit and answered 413 as soon as it goes over. Only the body reaches
the app, so no handler ever holds more than `max_bytes` of a request.
"""

from __future__ import annotations

import json

DEFAULT_MAX_BODY_BYTES = 64 * 1024


class BodyLimit:
    """ASGI middleware: HTTP requests under `prefix` may carry at most `max_bytes` of body."""

    def __init__(self, app, max_bytes: int = DEFAULT_MAX_BODY_BYTES, prefix: str = "/v1"):
        if max_bytes < 1:
            raise ValueError("max_bytes must be at least 1")
        self.app = app
        self.max_bytes = max_bytes
        self.prefix = prefix

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                too_big = False  # the server rejects a malformed Content-Length itself
            if too_big:
                await self._refuse(send)
                return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                await self._refuse(send)
                return
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()  # after the body: wait for the disconnect as usual

        await self.app(scope, replay, send)

    async def _refuse(self, send) -> None:
        payload = json.dumps({"error": {
            "message": f"request body too large: at most {self.max_bytes} bytes", "type": "invalid_request_error",
            "param": None, "code": "request_too_large"}}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})
