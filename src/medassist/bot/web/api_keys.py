"""API keys for the OpenAI-compatible API: issued by an admin (`medassist admin api-key add NAME`),
shown once, kept only as a hash, revocable.

A key reads `mda-<key_id>-<secret>`: `key_id` (8 hex characters) is public and finds the row; the
secret is 32 random bytes. The stored hash is SHA-256 of the whole key: a fast hash is enough for a
key with 256 bits of entropy (a slow password hash protects guessable passwords, which a key is
not), and it keeps every request's check cheap. The comparison is constant-time.

The key id is the client's namespace: the people a client names in `user` are stored as
`<key_id>:<user>`, so no client can reach another client's people.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, select

from medassist.bot.store.models import ApiKey
from medassist.errors import MedAssistError

PREFIX = "mda"
NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
KEY = re.compile(r"^mda-([0-9a-f]{8})-([A-Za-z0-9_-]{43})$")
LAST_USED_EVERY = timedelta(minutes=1)  # last_used_at is written at most this often per key


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _info(row: ApiKey) -> KeyInfo:
    return KeyInfo(row.key_id, row.name, row.created_at, row.last_used_at, row.revoked_at)


def issue(store, name: str) -> tuple[str, KeyInfo]:
    """A new key for client `name`: (the key, to show once; what is stored about it)."""
    if not NAME.match(name):
        raise MedAssistError("an API key name is 1-64 letters, digits or _ . @ -")
    with store.writing() as s:
        if s.scalar(select(exists().where(ApiKey.name == name))):
            raise MedAssistError(f"an API key named {name!r} exists already (names are never reused, so "
                                 "its client's stored people stay its own): pick another name")
        while True:
            key_id = secrets.token_hex(4)
            if not s.scalar(select(exists().where(ApiKey.key_id == key_id))):
                break
        key = f"{PREFIX}-{key_id}-{secrets.token_urlsafe(32)}"
        row = ApiKey(key_id=key_id, name=name, key_hash=key_hash(key), created_at=store.clock())
        s.add(row)
        s.flush()
        return key, _info(row)


def list_keys(store) -> list[KeyInfo]:
    with store.reading() as s:
        return [_info(r) for r in s.scalars(select(ApiKey).order_by(ApiKey.id))]


def revoke(store, name: str) -> bool:
    """Revoke the key named `name` (True when it was active). Its people's data stays until an admin
    purges it or the retention period ends."""
    with store.writing() as s:
        row = s.scalars(select(ApiKey).where(ApiKey.name == name)).first()
        if row is None:
            raise MedAssistError(f"no API key named {name!r}")
        if row.revoked_at is not None:
            return False
        row.revoked_at = store.clock()
        return True


def any_keys(store) -> bool:
    """Whether keys were ever issued (revoked ones count: revoking the last key must lock the API,
    not open it)."""
    with store.reading() as s:
        return bool(s.scalar(select(exists().where(ApiKey.id.is_not(None)))))


def verify(store, presented: str) -> KeyInfo | None:
    """The active key `presented` is, or None (malformed, unknown, wrong secret, revoked)."""
    match = KEY.match(presented)
    if match is None:
        return None
    with store.reading() as s:
        row = s.scalars(select(ApiKey).where(ApiKey.key_id == match.group(1))).first()
        info = None if row is None else _info(row)
        stored_hash = None if row is None else row.key_hash
    if info is None or not hmac.compare_digest(stored_hash, key_hash(presented)) or info.revoked_at is not None:
        return None
    now = store.clock()
    if info.last_used_at is None or now - info.last_used_at >= LAST_USED_EVERY:
        with store.writing() as s:
            s.execute(ApiKey.__table__.update().where(ApiKey.key_id == info.key_id).values(last_used_at=now))
    return info
