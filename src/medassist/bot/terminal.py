"""`medassist chat`: the same assistant in a terminal, with streamed output.

/reset clears the conversation, /quit (or Ctrl-D) leaves.
"""

from __future__ import annotations

import sys
from typing import TextIO

from medassist.model.assistant import Assistant
from medassist.model.decoding import GenerationSettings
from medassist.model.safety import DISCLAIMER

HELP = "Type a question. /reset starts a new conversation, /quit leaves."


def chat_loop(assistant: Assistant, settings: GenerationSettings | None = None, *,
              stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout

    def say(text: str = "", end: str = "\n") -> None:
        stdout.write(text + end)
        stdout.flush()

    say(DISCLAIMER)
    say(HELP)
    history: list[dict] = []
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
        if command == "/reset":
            history.clear()
            say("(conversation cleared)")
            continue
        turn = assistant.answer(question, history, settings)
        say("medassist> ", end="")
        answer = ""
        for piece in turn.stream(with_sources=False):
            answer += piece
            say(piece, end="")
        say()
        if turn.sources:
            say("\n" + turn.sources)
        if turn.action == "ok":  # refused or emergency turns do not become context for later ones
            history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
