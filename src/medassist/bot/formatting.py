"""Reply text for chat platforms: the disclaimer line every reply ends with, and splitting an answer
into messages that fit a platform's limit (Telegram 4096, Discord 2000).

Lengths are counted in UTF-16 code units, the unit both Telegram and Discord limit messages by
(an emoji counts 2), so a part that fits here fits there.
"""

from __future__ import annotations

import re

from medassist.model.safety import DISCLAIMER

# One line (no newline inside), so a platform never wraps it into a separate message.
DISCLAIMER_LINE = f"⚕️ {DISCLAIMER}"
SEPARATOR = "\n\n"
TELEGRAM_LIMIT = 4096
DISCORD_LIMIT = 2000
SOURCES_HEADING = "**Sources**"  # what medassist.model.retrieval.format_sources starts with
# The smallest body a part may have beside the disclaimer: below it a limit is a caller's mistake.
MIN_BODY = 64

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_WHITESPACE = re.compile(r"\s+")


def text_length(text: str) -> int:
    """Length as Telegram and Discord count it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def with_disclaimer(text: str) -> str:
    """`text` followed by the disclaimer line (once: a text that already ends with it is returned
    as it is). The text itself is kept byte for byte, so the stored reply can be taken apart again."""
    if text.rstrip().endswith(DISCLAIMER_LINE):
        return text
    if not text.strip():
        return DISCLAIMER_LINE
    return f"{text}{SEPARATOR}{DISCLAIMER_LINE}"


def without_disclaimer(text: str) -> str:
    """The reply before its disclaimer line (the inverse of `with_disclaimer`)."""
    stripped = text.rstrip()
    if stripped == DISCLAIMER_LINE:
        return ""
    if stripped.endswith(SEPARATOR + DISCLAIMER_LINE):
        return stripped[: -len(SEPARATOR + DISCLAIMER_LINE)]
    return text


def split_sources(text: str) -> tuple[str, str]:
    """(answer, sources block) when `text` ends with the retrieval sources list, else (text, "")."""
    marker = SEPARATOR + SOURCES_HEADING + SEPARATOR
    head, sep, tail = text.rpartition(marker)
    if sep and tail and all(line.startswith("- [") for line in tail.splitlines()):
        return head, SOURCES_HEADING + SEPARATOR + tail
    return text, ""


def split_message(text: str, limit: int, *, disclaimer: bool = True) -> list[str]:
    """`text` as one or more messages of at most `limit` UTF-16 units each.

    Splits at paragraph breaks first, then line breaks, then sentence ends, then spaces — never
    inside a word or a URL (a single word longer than a whole message is the one thing that must be
    cut). The sources list stays in one message when it fits in one. With `disclaimer`, every part
    ends with the disclaimer line (a disclaimer already at the end of `text` is not repeated)."""
    suffix = SEPARATOR + DISCLAIMER_LINE if disclaimer else ""
    body = without_disclaimer(text) if disclaimer else text
    budget = limit - text_length(suffix)
    if budget < MIN_BODY:
        raise ValueError(f"limit {limit} leaves no room for a message beside the disclaimer")
    if not body.strip():
        return [DISCLAIMER_LINE] if disclaimer else []
    if text_length(body) <= budget:
        return [with_disclaimer(body) if disclaimer else body]

    answer, sources = split_sources(body)
    pieces: list[tuple[str, str]] = []  # (separator before the piece, piece)
    for i, paragraph in enumerate(answer.split(SEPARATOR)):
        pieces += _fit(paragraph, budget, SEPARATOR if i else "")
    if sources:
        pieces += [(SEPARATOR, sources)] if text_length(sources) <= budget else _fit(sources, budget, SEPARATOR)

    parts: list[str] = []
    current = ""
    for sep, piece in pieces:
        candidate = current + sep + piece if current else piece
        if text_length(candidate) <= budget:
            current = candidate
        else:
            if current.strip():
                parts.append(current.strip())
            current = piece
    if current.strip():
        parts.append(current.strip())
    return [p + suffix for p in parts] if disclaimer else parts


def _fit(text: str, budget: int, sep: str) -> list[tuple[str, str]]:
    """`text` as (separator, piece) pairs, each piece within `budget`: the whole text when it fits,
    else its lines, sentences, words, and as the last resort a word cut at the budget."""
    if text_length(text) <= budget:
        return [(sep, text)]
    for splitter, joiner in ((re.compile(r"\n"), "\n"), (_SENTENCE_END, " "), (_WHITESPACE, " ")):
        chunks = [c for c in splitter.split(text) if c]
        if len(chunks) > 1:
            out: list[tuple[str, str]] = []
            for i, chunk in enumerate(chunks):
                out += _fit(chunk, budget, sep if i == 0 else joiner)
            return out
    # One unbroken word longer than a message: cut it (by code points, checking UTF-16 length).
    out, rest = [], text
    while rest:
        n = min(len(rest), budget)
        while text_length(rest[:n]) > budget:
            n -= 1
        out.append((sep if not out else "", rest[:n]))
        rest = rest[n:]
    return out
