"""The conversation service's limits and access lists, validated, plus the per-person rate limiter."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field

from medassist.errors import MedAssistError


@dataclass(frozen=True)
class Limits:
    """How much the service takes on.

    per_user_per_minute: messages one person may send in any 60 s (the rest get a polite reply).
    max_queue: answers accepted and not finished, all people together; one more gets a busy reply.
    history_tokens: the most tokens of earlier turns fed to the model (oldest turns dropped first).
    idle_timeout_s: a conversation silent this long is closed and the next message starts a new one
        (None: never).
    """

    per_user_per_minute: int = 10
    max_queue: int = 32
    history_tokens: int = 1024
    idle_timeout_s: float | None = 1800
    # per_client_per_minute: API requests one client (an API key, else an address) may send in any
    # 60 s, whatever `user` values it names: rotating or leaving out `user` does not get around it.
    per_client_per_minute: int = 60

    def __post_init__(self) -> None:
        for name in ("per_user_per_minute", "max_queue", "per_client_per_minute"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise MedAssistError(f"{name} must be an integer >= 1, got {value!r}")
        if isinstance(self.history_tokens, bool) or not isinstance(self.history_tokens, int) \
                or self.history_tokens < 0:
            raise MedAssistError(f"history_tokens must be an integer >= 0, got {self.history_tokens!r}")
        if self.idle_timeout_s is not None and not self.idle_timeout_s > 0:
            raise MedAssistError(f"idle_timeout_s must be > 0 (or None), got {self.idle_timeout_s!r}")


@dataclass(frozen=True)
class Access:
    """Who may talk to the bot: the one decision every surface's messages pass (in the conversation
    service). Ids are the platform's, as text; empty allow lists allow everyone.

    - admins always pass; a blocked user never does (the block list wins over every allow list);
    - the person: a listed user is answered (Discord: in any allowed server and channel), as is
      someone with a listed Discord role, or anyone in a listed Telegram chat;
    - the place (Discord): in a server, the server and the channel (a thread counts its parent
      channel and the category) must each pass their list; a direct message has no server, channel
      or roles, so when any of those lists is set only listed users are answered by DM — a
      server-only bot is not open by DM.
    """

    allow_users: frozenset[str] = field(default_factory=frozenset)
    allow_chats: frozenset[str] = field(default_factory=frozenset)
    block_users: frozenset[str] = field(default_factory=frozenset)
    allow_guilds: frozenset[str] = field(default_factory=frozenset)
    allow_channels: frozenset[str] = field(default_factory=frozenset)
    allow_roles: frozenset[str] = field(default_factory=frozenset)
    admin_ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_lists(cls, allow_users=(), allow_chats=(), block_users=(), *, allow_guilds=(), allow_channels=(),
                   allow_roles=(), admin_ids=()) -> Access:
        def ids(values) -> frozenset[str]:
            return frozenset(str(v) for v in values or ())

        return cls(ids(allow_users), ids(allow_chats), ids(block_users), ids(allow_guilds), ids(allow_channels),
                   ids(allow_roles), ids(admin_ids))

    def is_admin(self, user_id) -> bool:
        return str(user_id) in self.admin_ids

    def blocks(self, user_id) -> bool:
        return str(user_id) in self.block_users and not self.is_admin(user_id)

    def allows(self, who) -> bool:
        """Whether `who` (a conversation.Who) is answered."""
        user = str(who.user_id)
        if self.is_admin(user):
            return True
        if self.blocks(user):
            return False
        place_lists = self.allow_guilds or self.allow_channels or self.allow_roles
        if place_lists and who.platform == "discord":
            if who.guild_id is None:  # a direct message
                return user in self.allow_users
            if self.allow_guilds and str(who.guild_id) not in self.allow_guilds:
                return False
            if self.allow_channels and not self.allow_channels & set(who.channel_ids):
                return False
        if not (self.allow_users or self.allow_chats or self.allow_roles):
            return True
        return (user in self.allow_users or bool(self.allow_roles & set(who.role_ids))
                or (bool(who.chat_id) and str(who.chat_id) in self.allow_chats))


class RateLimiter:
    """A sliding 60-second window per key. Only accepted messages count, so someone who waits gets
    through again as soon as their oldest accepted message is a minute old.

    Memory stays bounded: a key silent for a whole window has nothing left to count and is dropped,
    and at most `max_keys` keys are kept (beyond that the least recently seen goes first; under such
    a flood of keys the limit can only err towards letting a message through)."""

    WINDOW_S = 60.0

    def __init__(self, per_minute: int, *, clock=time.monotonic, max_keys: int = 100_000):
        self.per_minute = per_minute
        self.clock = clock
        self.max_keys = max_keys
        # key -> (when it was last seen, its accepted messages' times); least recently seen first
        self._seen: OrderedDict[object, tuple[float, deque[float]]] = OrderedDict()

    def allow(self, key) -> bool:
        now = self.clock()
        self._evict_idle(now)
        _, window = self._seen.pop(key, (now, deque()))
        while window and now - window[0] >= self.WINDOW_S:
            window.popleft()
        self._seen[key] = (now, window)  # now the most recently seen
        if len(self._seen) > self.max_keys:
            self._seen.popitem(last=False)
        if len(window) >= self.per_minute:
            return False
        window.append(now)
        return True

    def _evict_idle(self, now: float) -> None:
        # Keys are in last-seen order, and a key's messages are no newer than its last sighting:
        # once the oldest sighting is a window old, every message of that key has expired.
        while self._seen:
            seen, _ = next(iter(self._seen.values()))
            if now - seen < self.WINDOW_S:
                break
            self._seen.popitem(last=False)

    def __len__(self) -> int:
        return len(self._seen)

    def forget(self, key) -> None:
        self._seen.pop(key, None)
