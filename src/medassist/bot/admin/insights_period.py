"""The period and filters an insights view covers: by default the last 7 days, on every platform."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select

from medassist.bot.admin.queries import parse_when
from medassist.bot.store.models import Conversation, Message
from medassist.errors import MedAssistError

DEFAULT_DAYS = 7
MAX_DAYS = 366


@dataclass(frozen=True)
class Period:
    start: datetime  # inclusive, naive UTC like the store
    end: datetime  # exclusive
    platform: str | None = None
    chat: str | None = None  # a conversation's chat id: a Telegram group, a Discord channel
    guild: str | None = None  # a Discord server id (conversations stored since revision 0007 carry it)

    @classmethod
    def parse(cls, since: str | None = None, until: str | None = None, *, now: datetime,
              platform: str | None = None, chat: str | None = None, guild: str | None = None) -> Period:
        """`--since/--until` as the desk's other filters read them (a bare `--until` date includes
        that day); without them the 7 days up to `now`."""
        # Without --until the period ends at the next full hour: the same period (and its cached
        # clustering) for every view within the hour, still including the latest questions.
        end = parse_when(until, end=True) or _next_hour(now)
        start = parse_when(since) or end - timedelta(days=DEFAULT_DAYS)
        if start >= end:
            raise MedAssistError("the period is empty: --since must come before --until")
        if end - start > timedelta(days=MAX_DAYS):
            raise MedAssistError(f"the period is longer than {MAX_DAYS} days")
        return cls(start, end, platform or None, chat or None, guild or None)

    @property
    def previous(self) -> Period:
        """The period of the same length just before this one (what a trend compares against)."""
        return Period(self.start - (self.end - self.start), self.start, self.platform, self.chat, self.guild)

    @property
    def days(self) -> list[str]:
        first = self.start.date()
        n = (self.end - datetime.combine(first, datetime.min.time()) - timedelta(microseconds=1)).days + 1
        return [(first + timedelta(days=i)).isoformat() for i in range(n)]

    def key(self) -> tuple:
        return (self.start, self.end, self.platform, self.chat, self.guild)

    def filters_key(self) -> str:
        """The view without its dates: platform, chat, guild and length (what "the same view, a bit
        later" shares with an earlier one)."""
        return "|".join([self.platform or "", self.chat or "", self.guild or "",
                         str(int((self.end - self.start).total_seconds()))])

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["start"], d["end"] = self.start.isoformat(timespec="seconds"), self.end.isoformat(timespec="seconds")
        return {k: v for k, v in d.items() if v is not None}

    def messages(self, q: Select) -> Select:
        """`q` (which selects from Message) narrowed to this period's messages."""
        q = q.where(Message.created_at >= self.start, Message.created_at < self.end)
        if self.platform or self.chat or self.guild:
            q = q.join(Conversation, Conversation.id == Message.conversation_id)
            if self.platform:
                q = q.where(Conversation.platform == self.platform)
            if self.chat:
                q = q.where(Conversation.chat_id == self.chat)
            if self.guild:
                q = q.where(Conversation.guild_id == self.guild)
        return q


def _next_hour(t: datetime) -> datetime:
    return t.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
