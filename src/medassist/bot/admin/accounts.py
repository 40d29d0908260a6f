"""Admin accounts for the desk: salted scrypt hashes (stdlib hashlib), never a plain password."""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets

from sqlalchemy import func, select

from medassist.bot.store import Store
from medassist.bot.store.models import AdminAccount
from medassist.errors import MedAssistError

# scrypt cost: ~16 MiB and tens of milliseconds per check, which makes guessing slow.
N, R, P = 2**14, 8, 1
USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(digest) // 2)
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def set_password(store: Store, username: str, password: str) -> bool:
    """Create the account, or change its password. True when it was created."""
    if not USERNAME.match(username):
        raise MedAssistError("an admin name is 1-64 letters, digits or _ . @ -")
    if len(password) < MIN_PASSWORD:
        raise MedAssistError(f"the password must be at least {MIN_PASSWORD} characters")
    hashed = hash_password(password)
    with store.writing() as s:
        account = s.scalars(select(AdminAccount).where(AdminAccount.username == username)).first()
        if account is None:
            s.add(AdminAccount(username=username, password_hash=hashed, created_at=store.clock()))
            return True
        account.password_hash = hashed
        return False


def remove(store: Store, username: str) -> bool:
    with store.writing() as s:
        account = s.scalars(select(AdminAccount).where(AdminAccount.username == username)).first()
        if account is None:
            return False
        s.delete(account)
        return True


def usernames(store: Store) -> list[str]:
    with store.reading() as s:
        return list(s.scalars(select(AdminAccount.username).order_by(AdminAccount.username)))


def has_accounts(store: Store) -> bool:
    with store.reading() as s:
        return bool(s.scalar(select(func.count(AdminAccount.id))))


@functools.cache
def dummy_hash() -> str:
    """A hash of a random password, made once per process: an unknown name is checked against it, so
    it costs exactly what a known name costs (one scrypt), and timing does not tell which names exist."""
    return hash_password(secrets.token_urlsafe(16))


def authenticate(store: Store, username: str, password: str) -> bool:
    with store.reading() as s:
        stored = s.scalar(select(AdminAccount.password_hash).where(AdminAccount.username == username))
    ok = verify_password(password, stored if stored is not None else dummy_hash())
    return ok and stored is not None
