"""Cleaning and de-duplication. Every dropped record is counted under a reason."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from medassist.model.records import QARecord

# Tag-shaped only (`<b>`, `</p>`, `<br/>`, `<!-- -->`): medical text compares values ("BP < 120 and
# > 80", often written as &lt; &gt;), which a looser `<...>` pattern would silently delete.
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>|<!--.*?-->", re.DOTALL)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_PUNCT = re.compile(r"[^\w\s]")


def normalise_text(text: str) -> str:
    """Display-preserving clean-up: HTML entities and tags out, whitespace collapsed."""
    text = html.unescape(text)
    text = _TAG.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def normalise_key(text: str) -> str:
    """Aggressive form for duplicate and leakage checks: case, punctuation and spacing ignored."""
    return " ".join(_PUNCT.sub(" ", normalise_text(text).casefold()).split())


@dataclass
class CleanConfig:
    min_answer_tokens: int = 3
    max_tokens: int = 2048  # question + answer
    min_question_chars: int = 5


@dataclass
class CleanResult:
    records: list[QARecord]
    dropped: Counter = field(default_factory=Counter)


def clean_records(records: list[QARecord], count_tokens: Callable[[str], int],
                  cfg: CleanConfig | None = None) -> CleanResult:
    cfg = cfg or CleanConfig()
    dropped: Counter = Counter()
    kept: list[QARecord] = []
    seen_exact: set[tuple[str, str]] = set()
    seen_norm: set[tuple[str, str]] = set()
    for rec in records:
        if not isinstance(rec.question, str) or rec.question is None:
            dropped["missing_question"] += 1
            continue
        if not isinstance(rec.answer, str):
            dropped["missing_answer"] += 1
            continue
        if not rec.question.strip():
            dropped["empty_question"] += 1
            continue
        if not rec.answer.strip():
            dropped["empty_answer"] += 1
            continue
        exact = (rec.question, rec.answer)
        if exact in seen_exact:
            dropped["duplicate_exact"] += 1
            continue
        seen_exact.add(exact)
        q, a = normalise_text(rec.question), normalise_text(rec.answer)
        if len(q) < cfg.min_question_chars:
            dropped["question_too_short"] += 1
            continue
        n_answer = count_tokens(a)
        if n_answer < cfg.min_answer_tokens:
            dropped["answer_too_short"] += 1
            continue
        if n_answer + count_tokens(q) > cfg.max_tokens:
            dropped["too_long"] += 1
            continue
        norm = (normalise_key(q), normalise_key(a))
        if norm in seen_norm:
            dropped["duplicate_normalised"] += 1
            continue
        seen_norm.add(norm)
        kept.append(QARecord(question=q, answer=a, source=rec.source, id=rec.id, extra=rec.extra))
    return CleanResult(kept, dropped)
