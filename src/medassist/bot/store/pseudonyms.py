"""Keyed hashes of platform user ids: what the block list and the audit keep instead of the id.

HMAC-SHA256 with a random key made once per database (table `store_secrets`, written by migration
0002), rather than a plain sha256 of "platform:id": platform ids are short numbers, so anyone can
precompute plain hashes of every id once and reverse any medassist database's block list or audit
pseudonyms with a lookup. With a per-database key that takes the key, i.e. the database itself, and
a copied audit export or block list alone names no one. (Whoever holds the whole database can still
enumerate ids against its key: a pseudonym hides an id from readers of what is shown or exported,
not from the database's owner.)

The hash is a stored format: blocks are looked up by it, so changing it unblocks everyone.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

KEY_NAME = "user_hash_key"
FORGOTTEN_PREFIX = "forgotten:"


def new_key() -> str:
    """A fresh key, hex-encoded for a text column."""
    return secrets.token_hex(32)


def user_hash(key: str, platform: str, platform_user_id: str) -> str:
    """64 hex characters; platform and id separated by NUL, which neither may contain."""
    message = f"{platform}\x00{platform_user_id}".encode()
    return hmac.new(bytes.fromhex(key), message, hashlib.sha256).hexdigest()


def forgotten(key: str, platform: str, platform_user_id: str) -> str:
    """The stable pseudonym that replaces a forgotten user's id in the admin audit: the same person
    gets the same one every time, so an auditor can still tell rows about one person apart."""
    return FORGOTTEN_PREFIX + user_hash(key, platform, platform_user_id)[:12]
