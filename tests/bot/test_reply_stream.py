"""The one reply stream both chat adapters use, driven by fake `send`/`edit` callables shaped like each
platform (Telegram's 4096 and Discord's 2000 limits): throttled edits, splitting, the disclaimer on
every part, bounded retries on 429."""

from __future__ import annotations

import asyncio

import pytest

from medassist.bot import reply_stream
from medassist.bot.formatting import DISCLAIMER_LINE, DISCORD_LIMIT, TELEGRAM_LIMIT, text_length
from medassist.bot.reply_stream import Gone, ReplyStream

PLATFORMS = pytest.mark.parametrize("limit", [TELEGRAM_LIMIT, DISCORD_LIMIT], ids=["telegram", "discord"])


class TooManyRequests(Exception):
    """A platform's 429."""


class FakeChat:
    """Messages as a platform keeps them; `storm` 429s are answered before any send/edit goes through."""

    def __init__(self, storm: int = 0):
        self.shown: dict[int, str] = {}
        self.calls: list[tuple[str, int, str]] = []
        self.storm = storm
        self._next = 0

    def _maybe_refuse(self) -> None:
        if self.storm:
            self.storm -= 1
            raise TooManyRequests

    async def send(self, text: str, previous) -> int:
        self._maybe_refuse()
        handle, self._next = self._next, self._next + 1
        self.shown[handle] = text
        self.calls.append(("send", handle, text))
        return handle

    async def edit(self, handle: int, text: str) -> int:
        self._maybe_refuse()
        if handle not in self.shown:
            raise Gone
        self.shown[handle] = text
        self.calls.append(("edit", handle, text))
        return handle

    async def delete(self, handle: int) -> None:
        del self.shown[handle]


def stream_for(chat: FakeChat, limit: int, *, interval: float = 0.0, max_attempts: int = 3) -> ReplyStream:
    return ReplyStream(chat.send, chat.edit, limit=limit, interval=interval, delete=chat.delete,
                       retry_after=lambda e: 0.0 if isinstance(e, TooManyRequests) else None,
                       errors=(TooManyRequests,), max_attempts=max_attempts)


def long_answer(n_paragraphs: int) -> str:
    return "\n\n".join(f"Paragraph {i}: " + "iron helps red blood cells carry oxygen. " * 12
                       for i in range(n_paragraphs))


@PLATFORMS
def test_a_long_answer_is_split_and_every_part_ends_with_the_disclaimer(limit):
    chat = FakeChat()
    text = long_answer(30)

    async def go():
        stream = stream_for(chat, limit)
        for cut in range(0, len(text), 500):
            await stream.update(text[:cut])
        return await stream.finish(text)

    messages = asyncio.run(go())
    assert len(messages) >= 2
    for _, _, sent in chat.calls:  # every send and every edit, previews included
        assert sent.endswith(DISCLAIMER_LINE), sent[-80:]
        assert text_length(sent) <= limit
    shown = [chat.shown[m] for m in messages]
    assert all(part.endswith(DISCLAIMER_LINE) for part in shown)
    assert "…" not in "".join(shown)  # no streaming mark left once finished
    assert shown[0].startswith("Paragraph 0:") and "Paragraph 29:" in shown[-1]


@PLATFORMS
def test_edits_are_throttled_and_the_final_text_always_lands(limit):
    chat = FakeChat()

    async def go():
        stream = stream_for(chat, limit, interval=0.2)
        for word in ("Anemia", "Anemia means", "Anemia means too", "Anemia means too few"):
            await stream.update(word)  # all within 0.2 s: one send, no edit
        await stream.finish("Anemia means too few red cells.")

    asyncio.run(go())
    assert [c[0] for c in chat.calls] == ["send", "edit"]
    assert chat.calls[0][2].startswith("Anemia …")  # the streaming mark while it is written
    assert chat.shown[0] == f"Anemia means too few red cells.\n\n{DISCLAIMER_LINE}"


@PLATFORMS
def test_429s_on_the_final_text_are_retried_a_bounded_number_of_times(limit):
    passing, endless = FakeChat(storm=2), FakeChat(storm=10_000)
    asyncio.run(stream_for(passing, limit, max_attempts=3).finish("Gout is a form of arthritis."))
    assert passing.shown == {0: f"Gout is a form of arthritis.\n\n{DISCLAIMER_LINE}"}
    with pytest.raises(TooManyRequests):
        asyncio.run(stream_for(endless, limit, max_attempts=3).finish("Gout is a form of arthritis."))
    assert endless.storm == 10_000 - 3  # three tries, then it gives up: no loop


def test_an_interim_update_refused_with_429_is_skipped_not_retried():
    chat = FakeChat()

    async def go():
        stream = stream_for(chat, TELEGRAM_LIMIT)
        await stream.update("Gout")
        chat.storm = 1
        await stream.update("Gout is")  # refused once: skipped at once, the next text carries on
        await stream.finish("Gout is a form of arthritis.")

    asyncio.run(go())
    assert chat.storm == 0 and [c[0] for c in chat.calls] == ["send", "edit"]
    assert chat.shown[0] == f"Gout is a form of arthritis.\n\n{DISCLAIMER_LINE}"


def test_a_deleted_message_is_posted_anew_and_leftover_previews_are_removed():
    chat = FakeChat()
    long = long_answer(30)

    async def go():
        stream = stream_for(chat, DISCORD_LIMIT)
        await stream.update(long)  # a preview in several messages
        del chat.shown[0]  # someone deletes the first
        return await stream.finish("Short in the end.")

    messages = asyncio.run(go())
    assert [chat.shown[m] for m in messages] == [f"Short in the end.\n\n{DISCLAIMER_LINE}"]
    assert list(chat.shown.values()) == [f"Short in the end.\n\n{DISCLAIMER_LINE}"]


def test_the_safety_note_names_no_words_and_links_only_with_an_admin_url():
    from medassist.bot.conversation import Reply

    reply = Reply("", done=True, kind="emergency", category="cardiac", conversation_id=12)
    assert reply_stream.safety_event_note("Telegram", reply) == (
        f"Safety event on Telegram: emergency (cardiac) in conversation 12.\n\n{DISCLAIMER_LINE}")
    note = reply_stream.safety_event_note("Discord", reply, admin_url="https://desk/", where="<#5>")
    assert note.startswith("Safety event on Discord: emergency (cardiac) in <#5>, conversation 12. "
                           "Review it at https://desk/admin/conversations/12")
