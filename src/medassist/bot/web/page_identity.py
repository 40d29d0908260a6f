"""Who a browser is on the chat page: a server-issued, signed, HttpOnly cookie.

Gradio's `session_hash` is chosen by the client and sent in the request body, so anyone who learns
(or guesses) another tab's hash could act as that tab, /export included. The page's identity is
instead a random id the server issues in a cookie, signed with HMAC-SHA256 under a per-process key
(`IdentityCookies`); a missing, unsigned or forged cookie gets a fresh identity. `CookieIdentityMiddleware`
(pure ASGI, so streamed responses pass untouched) issues it on the page's requests and places it
in the request itself, so the very first request already carries it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from http.cookies import SimpleCookie

COOKIE = "medassist_page"
MAX_AGE_S = 30 * 24 * 3600
ID_BYTES = 18
# Paths that are not the page: the API authenticates per request, /health is a probe.
SKIP_PREFIXES = ("/v1", "/health", "/admin")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class IdentityCookies:
    """Issues and checks signed identity values `<id>.<signature>`."""

    def __init__(self, key: bytes | None = None):
        self.key = key or secrets.token_bytes(32)

    def _sign(self, ident: str) -> str:
        return _b64(hmac.new(self.key, f"page-identity\0{ident}".encode(), hashlib.sha256).digest())

    def issue(self) -> str:
        ident = _b64(secrets.token_bytes(ID_BYTES))
        return f"{ident}.{self._sign(ident)}"

    def verify(self, value: str | None) -> str | None:
        """The identity inside a genuine cookie value, else None."""
        if not value or value.count(".") != 1:
            return None
        ident, signature = value.split(".")
        if not ident or not hmac.compare_digest(signature, self._sign(ident)):
            return None
        return ident


def cookie_value(headers: list[tuple[bytes, bytes]]) -> str | None:
    for name, value in headers:
        if name == b"cookie":
            try:
                jar = SimpleCookie(value.decode("latin-1"))
            except Exception:  # a malformed Cookie header: as if there were none
                continue
            if COOKIE in jar:
                return jar[COOKIE].value
    return None


class CookieIdentityMiddleware:
    """Makes sure every page request carries a genuine identity cookie: when it has none (or a
    forged one), a new one is put into the request's Cookie header for the handlers and set on
    the response (HttpOnly, SameSite=Lax, Secure on https)."""

    def __init__(self, app, cookies: IdentityCookies):
        self.app = app
        self.cookies = cookies

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("path", "").startswith(SKIP_PREFIXES):
            await self.app(scope, receive, send)
            return
        headers = list(scope.get("headers", []))
        if self.cookies.verify(cookie_value(headers)) is not None:
            await self.app(scope, receive, send)
            return
        value = self.cookies.issue()
        # replace (not add to) the Cookie header's identity: handlers must never see the forged one
        kept = [(n, v) for n, v in headers if n != b"cookie"]
        others = [c.strip() for n, v in headers if n == b"cookie" for c in v.decode("latin-1").split(";")
                  if c.strip() and not c.strip().startswith(f"{COOKIE}=")]
        kept.append((b"cookie", "; ".join([*others, f"{COOKIE}={value}"]).encode("latin-1")))
        scope = {**scope, "headers": kept}
        attributes = f"{COOKIE}={value}; Path=/; Max-Age={MAX_AGE_S}; HttpOnly; SameSite=Lax"
        if scope.get("scheme") == "https":
            attributes += "; Secure"

        async def send_with_cookie(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []),
                                                  (b"set-cookie", attributes.encode("latin-1"))]}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def identity_of(request, cookies: IdentityCookies) -> str | None:
    """The verified identity of a Gradio `gr.Request` (or a Starlette request), None without one."""
    jar = getattr(request, "cookies", None)  # gr.Request hands the Starlette request's dict on
    value = jar.get(COOKIE) if jar is not None else None
    return cookies.verify(value if isinstance(value, str) else None)
