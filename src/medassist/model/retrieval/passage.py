"""A retrieved passage and the two ways it is shown: as prompt context and as source links."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

CONTEXT_ANSWER_CHARS = 600  # per passage: 3 passages stay a few hundred tokens for a small model


@dataclass
class Passage:
    question: str
    answer: str
    source: str  # an NIH page url for MedQuAD, else the dataset's name
    id: str
    score: float  # cosine similarity to the query


def truncate(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.") + "…"


def format_context(passages: Sequence[Passage], answer_chars: int = CONTEXT_ANSWER_CHARS) -> str:
    """Numbered reference passages for the prompt: "[1] question — answer"."""
    return "\n".join(f"[{i}] {' '.join(p.question.split())} — {truncate(p.answer, answer_chars)}"
                     for i, p in enumerate(passages, 1))


def _link_text(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _url(url: str) -> str:
    # Characters that would end a markdown link early; plain NIH urls pass through unchanged.
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def format_sources(passages: Sequence[Passage]) -> str:
    """A markdown list of numbered sources, "[1] [title](url)"; a source that is not a url (a
    dataset name) is shown as plain text. The same numbers as format_context, so "[2]" in an answer
    points at the second link."""
    if not passages:
        return ""
    return sources_block(source_line(f"[{i}]", p) for i, p in enumerate(passages, 1))


def source_line(label: str, passage: Passage) -> str:
    """One markdown source, "- [1] [title](url)"; a source that is not a url is plain text."""
    title = _link_text(passage.question)
    if passage.source.startswith(("http://", "https://")):
        return f"- {label} [{title}]({_url(passage.source)})"
    return f"- {label} {title} ({_link_text(passage.source) or 'no source'})"


def sources_block(lines: Iterable[str]) -> str:
    return "**Sources**\n\n" + "\n".join(lines)
