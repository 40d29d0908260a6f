"""Slowing down password guessing on the admin desk: per client address and per admin name.

After `max_failures` failed logins within `window_s`, a key (an address, or a name) is locked for
`base_lock_s`, doubling with each further failure up to `max_lock_s`. While a key is locked every
attempt is answered 429 with Retry-After, without checking the password: the right one is refused
too, so guessing through a lock gains nothing. A success clears the keys; a key quiet for a whole
window is forgotten. Memory is bounded: at most `max_keys` keys, the least recently used dropped
first (idle ones before locked ones).

The address is the TCP peer (`request.client.host`): behind a reverse proxy every client shares the
proxy's address, and then the per-name lock does the work. X-Forwarded-For is not trusted, since any
client can send it.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class _State:
    failures: int = 0
    last_failure: float = 0.0
    locked_until: float = 0.0


def name_tag(username: str) -> str:
    """A short hash of an admin name for logs: lets one see repeats without naming anyone."""
    return hashlib.sha256(username.encode("utf-8", "replace")).hexdigest()[:10]


class LoginLimiter:
    def __init__(self, *, max_failures: int = 5, window_s: float = 15 * 60, base_lock_s: float = 60,
                 max_lock_s: float = 15 * 60, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic):
        self.max_failures, self.window_s = max_failures, window_s
        self.base_lock_s, self.max_lock_s, self.max_keys = base_lock_s, max_lock_s, max_keys
        self.clock = clock
        self._keys: OrderedDict[tuple[str, str], _State] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def keys(address: str, username: str) -> list[tuple[str, str]]:
        return [("address", address), ("name", name_tag(username))]

    def retry_after(self, address: str, username: str) -> float:
        """Seconds until this address and name may try again (0: now)."""
        now = self.clock()
        with self._lock:
            waits = [s.locked_until - now for k in self.keys(address, username) if (s := self._keys.get(k))]
        return max([0.0, *waits])

    def failure(self, address: str, username: str) -> float:
        """Count a failed login; returns the lock it caused in seconds (0 when none)."""
        now = self.clock()
        lock = 0.0
        with self._lock:
            for key in self.keys(address, username):
                state = self._keys.pop(key, None) or _State()
                if now - state.last_failure > self.window_s:
                    state.failures = 0  # a quiet window forgives
                state.failures += 1
                state.last_failure = now
                if state.failures >= self.max_failures:
                    seconds = min(self.base_lock_s * 2 ** (state.failures - self.max_failures), self.max_lock_s)
                    state.locked_until = now + seconds
                    lock = max(lock, seconds)
                self._keys[key] = state  # most recently used last
            self._bound(now)
        if lock:
            log.warning("admin login: repeated failures from %s for name #%s; locked for %d s",
                        address, name_tag(username), lock)
        return lock

    def success(self, address: str, username: str) -> None:
        with self._lock:
            for key in self.keys(address, username):
                self._keys.pop(key, None)

    def __len__(self) -> int:
        return len(self._keys)

    def _bound(self, now: float) -> None:
        if len(self._keys) <= self.max_keys:
            return
        for key in [k for k, s in self._keys.items()
                    if s.locked_until <= now and now - s.last_failure > self.window_s]:
            del self._keys[key]
        while len(self._keys) > self.max_keys:  # still full: the least recently used go
            self._keys.popitem(last=False)
