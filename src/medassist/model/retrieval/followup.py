"""Follow-ups keep the topic: the text retrieval searches with for a message in a conversation.

"Is it hereditary?" after "What causes gout?" names no condition, so searched alone it finds
whatever page is most about heredity (hereditary spherocytosis, ...). A message that reads like a
follow-up — short, or leaning on a pronoun ("it", "this", "they") or opening with "what about",
"and", "how about" — is searched together with the conversation's last self-contained question,
which names the subject. A message that stands on its own ("What is asthma?") starts a new topic and
is searched alone, so a change of subject is never dragged back to the old one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Words that refer back to something said before.
_ANAPHORA = re.compile(r"\b(it|its|it's|this|that|these|those|they|them|their|he|she|him|her|the condition|"
                       r"the disease|the same)\b", re.I)
_OPENERS = re.compile(r"^\s*(and|also|but|so|what about|how about|what if|and what|then|ok|okay)\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# A message this short is a follow-up even without a pronoun ("in children?", "and treatment?");
# three words can already be a whole question ("What causes gout?").
SHORT_WORDS = 2


def is_followup(message: str) -> bool:
    """Whether `message` reads as depending on the conversation before it."""
    words = _WORD.findall(message)
    if not words:
        return False
    return len(words) <= SHORT_WORDS or bool(_OPENERS.search(message)) or bool(_ANAPHORA.search(message))


def topic_question(earlier: Sequence[str]) -> str | None:
    """The latest earlier user message that stood on its own (a chain of follow-ups keeps the
    subject of the question that opened it); None when there is none."""
    for message in reversed([m for m in earlier if m and m.strip()]):
        if not is_followup(message):
            return " ".join(message.split())
    return None


def retrieval_query(message: str, earlier: Sequence[str] = ()) -> str:
    """The text to search for `message`, given the person's earlier messages (oldest first)."""
    message = " ".join(message.split())
    if not earlier or not is_followup(message):
        return message
    topic = topic_question(earlier)
    return f"{topic} {message}" if topic else message


def user_messages(history: Sequence[dict]) -> list[str]:
    """The user's messages from a chat history (role/content dicts), oldest first."""
    return [m["content"] for m in history
            if isinstance(m, dict) and m.get("role") == "user" and isinstance(m.get("content"), str)]
