"""`medassist chat`: the same assistant in a terminal, with streamed output, through the conversation
service (platform "terminal", the OS user): the conversation is stored like any other surface's.

/reset starts a new conversation, /forget deletes the stored ones, /export prints them (JSON),
/quit (or Ctrl-D) leaves.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from medassist.model.assistant import Assistant
from medassist.model.decoding import GenerationSettings
from medassist.model.safety import DISCLAIMER

HELP = ("Type a question. /reset starts a new conversation, /forget deletes your stored ones, /export prints "
        "them, /quit leaves.")


def chat_loop(assistant: Assistant, settings: GenerationSettings | None = None, *,
              stdin: TextIO | None = None, stdout: TextIO | None = None, service=None, store=None,
              user: str | None = None) -> int:
    """`service`: the ConversationService to talk to (default: one on `store`, else on the default
    conversation store)."""
    from medassist.bot.conversation import ConversationService, Who

    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    if service is None:
        if store is None:
            from medassist.bot.store import Store

            store = Store.open()
        service = ConversationService(assistant, store, settings=settings)
    who = Who("terminal", user or _os_user(), chat_id="terminal")

    def say(text: str = "", end: str = "\n") -> None:
        stdout.write(text + end)
        stdout.flush()

    say(DISCLAIMER)
    say(HELP)
    while True:
        say("\nyou> ", end="")
        line = stdin.readline()
        if not line:  # EOF
            say()
            return 0
        question = line.rstrip("\n")
        command = question.strip().lower()
        if command in ("/quit", "/exit"):
            return 0
        if command in ("/reset", "/forget"):
            say(service.call_blocking(getattr(service, command[1:])(who)))
            continue
        if command == "/export":
            say(service.call_blocking(service.export(who)).decode("utf-8"))
            continue
        say("medassist> ", end="")
        shown = ""
        for reply in service.reply_blocking(who, question, settings=settings):
            # the notice leads from the first piece; the final text adds the rest (sources, disclaimer)
            text = reply.final_text if reply.done else (f"{reply.notice}\n\n{reply.text}" if reply.notice
                                                         else reply.text)
            if text.startswith(shown):
                say(text[len(shown):], end="")
            else:  # cannot happen with the service's replies; show the whole text rather than garble it
                say("\n" + text, end="")
            shown = text
        say()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): one local person
        return "local"
