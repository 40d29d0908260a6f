"""A store client for the crash and concurrency tests: appends turns in a loop and prints each
message id (flushed) only after add_message has returned, i.e. after its commit."""

from __future__ import annotations

import sys

from medassist.bot.store import Store


def main(url: str, who: str, n: int) -> None:
    store = Store.open(url)
    user = store.touch_user("test", who)
    conv = store.current_conversation(user.id, platform="test", chat_id=who)
    print("ready", flush=True)
    i = 0
    while n == 0 or i < n:
        role = "user" if i % 2 == 0 else "assistant"
        mid = store.add_message(conv, role, f"{who} turn {i} " + "x" * 200, prompt_tokens=i)
        print(mid, flush=True)
        i += 1
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
