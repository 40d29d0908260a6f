"""One streamed answer shown on a chat platform, whatever the platform: the piece both the Telegram and
the Discord adapter stream through.

The answer appears in one message that is edited as it grows (each message at most once per
`interval` seconds: both platforms throttle edit storms), a streaming mark after the partial text;
an answer longer than the platform's limit continues in further messages (`split_message`), and
EVERY part ends with the disclaimer line. The platform comes in as three small callables:

- `send(text, previous)` posts a new message (`previous`: the part before it, None for the first)
  and returns a handle for it;
- `edit(handle, text)` changes a posted message and returns its handle (raise `Gone` when the
  message no longer exists or can no longer be edited: the text is then posted anew);
- `retry_after(error)`: seconds to wait before trying again after `error` (a 429, a 5xx), or None
  when trying again cannot help.

Retries are bounded (`max_attempts`): an interim update that fails is skipped (the next one carries
newer text anyway); the final text is retried, and raised after the last attempt — never a loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from medassist.bot.formatting import split_message, text_length, with_disclaimer

log = logging.getLogger(__name__)

STREAMING_MARK = " …"  # shown after the partial answer while it is still being written
MAX_ATTEMPTS = 6  # tries of one final send/edit when the platform rate-limits or errs (5xx)
MAX_WAIT_S = 60.0  # the longest single wait a retry_after may ask of us

Send = Callable[[str, Any], Awaitable[Any]]
Edit = Callable[[Any, str], Awaitable[Any]]
RetryAfter = Callable[[BaseException], "float | None"]


class Gone(Exception):
    """Raised by an `edit` callable: the message was deleted (or is too old to edit)."""


def message_parts(text: str, limit: int) -> list[str]:
    """The messages that show `text`: one when it fits, else split_message's parts; each ends with
    the disclaimer line."""
    text = with_disclaimer(text)
    if text_length(text) <= limit:
        return [text]
    return split_message(text, limit)


def preview_parts(partial: str, limit: int) -> list[str]:
    """What a person sees while the answer is still being written: the text so far, a mark that more
    is coming, and (like every message) the disclaimer line."""
    return message_parts(partial.rstrip() + STREAMING_MARK, limit)


def safety_event_note(platform: str, reply: Any, *, admin_url: str = "", where: str | None = None) -> str:
    """The admin's note about a safety event (emergency, dosing question, injection try): what kind,
    where (a channel mention at most) and a link to the admin desk — never the person's words."""
    what = "emergency" if reply.kind == "emergency" else (reply.category or "safety")
    if reply.kind == "emergency" and reply.category:
        what += f" ({reply.category})"
    place = f" in {where}," if where else " in"
    note = f"Safety event on {platform}: {what}{place} conversation {reply.conversation_id}."
    admin_url = admin_url.rstrip("/")
    if admin_url:  # without --admin-url a link would be relative: nothing anyone can open
        note += f" Review it at {admin_url}/admin/conversations/{reply.conversation_id}"
    return with_disclaimer(note)


async def deliver(op: Callable[[], Awaitable[Any]], *, final: bool, retry_after: RetryAfter,
                  errors: tuple[type[BaseException], ...] = (Exception,),
                  max_attempts: int = MAX_ATTEMPTS) -> Any:
    """Run one send/edit. A platform error (`errors`) that `retry_after` says is worth waiting for is
    waited out and tried again, at most `max_attempts` times in all, when `final`; an interim
    update is skipped instead (None). A final one that still fails raises."""
    for attempt in range(max_attempts):
        try:
            return await op()
        except Gone:
            raise
        except errors as e:
            delay = retry_after(e)
            if delay is None or not final or attempt == max_attempts - 1:
                if final:
                    raise
                log.info("interim message update skipped (%s)", type(e).__name__)
                return None
            log.warning("the platform refused a send (%s); retry %d of %d in %.1f s", type(e).__name__,
                        attempt + 1, max_attempts - 1, delay)
            await asyncio.sleep(min(max(delay, 0.0), MAX_WAIT_S))
    return None


class ReplyStream:
    """Shows one streamed answer in one or more messages (see the module docstring)."""

    def __init__(self, send: Send, edit: Edit, *, limit: int, retry_after: RetryAfter,
                 errors: tuple[type[BaseException], ...] = (Exception,), interval: float = 1.0,
                 delete: Callable[[Any], Awaitable[Any]] | None = None, max_attempts: int = MAX_ATTEMPTS):
        self._send, self._edit, self._delete = send, edit, delete
        self.limit = limit
        self.interval = interval
        self._retry = {"retry_after": retry_after, "errors": errors, "max_attempts": max_attempts}
        self._clock = time.monotonic
        self.messages: list[Any] = []
        self._shown: list[str] = []
        self._changed_at: list[float] = []

    async def update(self, partial: str) -> None:
        """Show the answer so far (skipped when too soon since this message's last change)."""
        if not partial.strip():
            return
        await self._show(preview_parts(partial, self.limit), final=False)

    async def finish(self, final_text: str) -> list[Any]:
        """Show the whole answer; returns the messages that show it."""
        await self._show(message_parts(final_text, self.limit), final=True)
        return self.messages

    async def _deliver(self, op: Callable[[], Awaitable[Any]], *, final: bool) -> Any:
        return await deliver(op, final=final, **self._retry)

    async def _post(self, i: int, part: str, *, final: bool) -> Any:
        previous = self.messages[i - 1] if i else None
        return await self._deliver(lambda: self._send(part, previous), final=final)

    async def _show(self, parts: list[str], *, final: bool) -> None:
        for i, part in enumerate(parts):
            if i >= len(self.messages):
                sent = await self._post(i, part, final=final)
                if sent is None:  # an interim send that was skipped: try again with the next text
                    return
                self.messages.append(sent)
                self._shown.append(part)
                self._changed_at.append(self._clock())
                continue
            if self._shown[i] == part:
                continue
            wait = self.interval - (self._clock() - self._changed_at[i])
            if wait > 0:
                if not final:
                    continue  # too soon for this message: a later snapshot (or finish) shows the text
                await asyncio.sleep(wait)
            msg = self.messages[i]
            try:
                edited = await self._deliver(lambda m=msg, p=part: self._edit(m, p), final=final)
            except Gone:  # deleted mid-answer (or too old to edit): the final text is posted anew
                if not final:
                    continue
                log.info("a message could not be edited; posting its text anew")
                edited = await self._post(i, part, final=True)
            if edited is not None:
                self.messages[i] = edited
            if edited is not None or final:
                self._shown[i] = part
                self._changed_at[i] = self._clock()
        if final:
            # The final split can need fewer messages than the preview did: remove the leftovers so
            # no half-written part stays behind.
            for msg in self.messages[len(parts):]:
                if self._delete is None:
                    break
                try:
                    await self._delete(msg)
                except Exception as e:  # a leftover preview is untidy, not wrong: it has its disclaimer
                    log.warning("could not delete a leftover preview message (%s)", type(e).__name__)
            del self.messages[len(parts):], self._shown[len(parts):], self._changed_at[len(parts):]


async def show_replies(replies: AsyncIterator[Any], stream: ReplyStream) -> Any:
    """Show a conversation service's snapshots (`ConversationService.reply`) through `stream` as they
    come; returns the final one (`done`), or None if it never came. Leaving early closes `replies`
    (aclosing): if showing a snapshot fails, the generation behind it is stopped, not leaked. The
    caller finishes the stream with the final text (or its own error text)."""
    final = None
    async with contextlib.aclosing(replies) as snapshots:
        async for reply in snapshots:
            if reply.done:
                final = reply
            else:
                await stream.update(reply.text)
    return final
