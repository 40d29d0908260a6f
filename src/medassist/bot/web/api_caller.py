"""Who is calling the API, and which stored person a `user` value names for that caller.

Three modes, decided per request (keys can be added while the server runs):
- API keys were issued (`medassist admin api-key add NAME`): every /v1 request needs
  `Authorization: Bearer <key>`; a missing, unknown or revoked key is a 401. Each key is its own
  namespace of `user` values.
- No keys, `--auth user:pass`: the shared password (Bearer or HTTP Basic) is one client, one namespace.
- Neither: the API is open (meant for loopback; `medassist serve` refuses other hosts), one namespace.

A person is stored on platform "api" as `<namespace>:<user>`.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import unicodedata
from dataclasses import dataclass

from fastapi import HTTPException, Request

from medassist.bot.web import api_keys
from medassist.errors import MedAssistError

USER_MAX_CHARS = 100  # with the namespace, within the users table's 128-character id
AUTH_NAMESPACE = "auth"
OPEN_NAMESPACE = "local"
# Unicode categories a `user` id may not contain: controls (Cc), format characters (Cf: bidi
# overrides and isolates U+202A-202E / U+2066-2069, marks like U+200E/200F, zero-width U+200B-200D,
# U+2060, U+FEFF), line/paragraph separators, surrogates, private use and unassigned code points.
# Each can make one id display as another (on the admin desk, in exports).
FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


@dataclass(frozen=True)
class Caller:
    namespace: str  # the prefix of the stored ids of this caller's people
    limit_key: str  # what the per-client rate limit counts: the key, else the client's address


def check_user_id(value: str, *, field: str = "user") -> str:
    """`value` if it is a usable `user` id, else MedAssistError naming the problem."""
    if not value or len(value) > USER_MAX_CHARS:
        raise MedAssistError(f"{field}: must be 1-{USER_MAX_CHARS} characters")
    if value != value.strip():
        raise MedAssistError(f"{field}: must not start or end with whitespace")
    for ch in value:
        if unicodedata.category(ch) in FORBIDDEN_CATEGORIES:
            raise MedAssistError(f"{field}: contains the invisible or control character U+{ord(ch):04X}; "
                                 "use printable characters only")
    return value


def stored_id(caller: Caller, user: str) -> str:
    return f"{caller.namespace}:{user}"


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


def caller_dependency(store, auth: tuple[str, str] | None):
    """A FastAPI dependency that authenticates the request and returns its `Caller` (or a 401)."""

    def caller(request: Request) -> Caller:
        address = request.client.host if request.client else "unknown"
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        scheme, value = scheme.lower(), value.strip()
        if api_keys.any_keys(store):
            if scheme != "bearer" or not value:
                raise _unauthorized("missing API key: send 'Authorization: Bearer <key>' (an admin issues keys "
                                    "with `medassist admin api-key add NAME`)")
            key = api_keys.verify(store, value)
            if key is None:
                raise _unauthorized("invalid or revoked API key")
            return Caller(key.key_id, f"key:{key.key_id}")
        if auth is not None:
            if not _password_ok(scheme, value, auth):
                raise _unauthorized("missing or wrong credentials: send 'Authorization: Bearer <password>' "
                                    "or HTTP Basic user:password")
            return Caller(AUTH_NAMESPACE, f"addr:{address}")
        return Caller(OPEN_NAMESPACE, f"addr:{address}")

    return caller


def _password_ok(scheme: str, value: str, auth: tuple[str, str]) -> bool:
    user, password = auth
    if scheme == "bearer":
        return secrets.compare_digest(value.encode(), password.encode())
    if scheme == "basic":
        try:
            u, _, p = base64.b64decode(value, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            u, p = "", ""
        return secrets.compare_digest(u.encode(), user.encode()) & secrets.compare_digest(
            p.encode(), password.encode())
    return False
