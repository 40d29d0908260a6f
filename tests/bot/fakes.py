"""An in-memory stand-in with the `medassist.bot.store.Store` API (common.md), for service tests
that need to see or break the store (e.g. a store that fails). Behaviour-level tests use the real
SQLite store."""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class UserInfo:
    id: int
    blocked: bool
    admin: bool
    is_new: bool


class FakeStore:
    def __init__(self):
        self.users: dict[tuple[str, str], dict] = {}
        self.conversations: dict[int, dict] = {}
        self.messages: list[dict] = []
        self.events: list[dict] = []
        self.url_for_display = "memory://"

    def touch_user(self, platform, platform_user_id, display_name=None) -> UserInfo:
        key = (platform, str(platform_user_id))
        new = key not in self.users
        if new:
            self.users[key] = {"id": len(self.users) + 1, "blocked": False, "admin": False}
        u = self.users[key]
        return UserInfo(u["id"], u["blocked"], u["admin"], new)

    def current_conversation(self, user_id, *, platform, chat_id, thread_id=None, is_private=True,
                             idle_timeout_s=1800) -> int:
        now = time.time()
        for cid, c in self.conversations.items():
            if (c["user_id"], c["platform"], c["chat_id"], c["thread_id"]) == (user_id, platform, chat_id, thread_id) \
                    and c["ended"] is None:
                if idle_timeout_s is not None and now - c["last"] > idle_timeout_s:
                    self.end_conversation(cid, "idle_timeout")
                    break
                return cid
        cid = max(self.conversations, default=0) + 1
        self.conversations[cid] = {"user_id": user_id, "platform": platform, "chat_id": chat_id,
                                   "thread_id": thread_id, "ended": None, "last": now}
        return cid

    def end_conversation(self, conversation_id, reason) -> None:
        self.conversations[conversation_id]["ended"] = reason

    def add_message(self, conversation_id, role, content, *, feeds_model=True, verdict=None, category=None,
                    **meta) -> int:
        self.conversations[conversation_id]["last"] = time.time()
        self.messages.append({"conversation_id": conversation_id, "role": role, "content": content,
                              "feeds_model": feeds_model, "verdict": verdict, "category": category, **meta})
        if role == "user" and (verdict in ("emergency", "reject") or category in ("dose_request", "injection")):
            self.events.append({"conversation_id": conversation_id,
                                "kind": verdict if verdict != "ok" else category})
        return len(self.messages)

    def history(self, conversation_id, limit=50) -> list[dict]:
        rows = [m for m in self.messages if m["conversation_id"] == conversation_id and m["feeds_model"]
                and m["content"] is not None]
        return [{"role": m["role"], "content": m["content"]} for m in rows[-limit:]]

    def recent_user_texts(self, conversation_id, n=3) -> list[str]:
        return [m["content"] for m in self.messages
                if m["conversation_id"] == conversation_id and m["role"] == "user"][-n:]

    def emergency_active(self, conversation_id) -> bool:
        return any(m["conversation_id"] == conversation_id and m["verdict"] == "emergency" for m in self.messages)

    def forget_user(self, platform, platform_user_id) -> dict:
        u = self.users.pop((platform, str(platform_user_id)), None)
        if u is None:
            return {"conversations": 0, "messages": 0}
        cids = {cid for cid, c in self.conversations.items() if c["user_id"] == u["id"]}
        n = sum(1 for m in self.messages if m["conversation_id"] in cids)
        self.messages = [m for m in self.messages if m["conversation_id"] not in cids]
        for cid in cids:
            del self.conversations[cid]
        return {"conversations": len(cids), "messages": n}

    def export_user(self, platform, platform_user_id) -> dict:
        u = self.users.get((platform, str(platform_user_id)))
        if u is None:
            return {"conversations": []}
        return {"conversations": [
            {"id": cid, "messages": [m for m in self.messages if m["conversation_id"] == cid]}
            for cid, c in self.conversations.items() if c["user_id"] == u["id"]]}

    def stats(self) -> dict:
        return {"users": len(self.users), "conversations": len(self.conversations), "messages": len(self.messages)}
