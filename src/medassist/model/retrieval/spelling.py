"""Spelling for retrieval: a misspelt condition ("what is glacoma", "is high cholestrol bad") embeds far
from its pages, and the evidence comes from the wrong ones (glycogen storage disease for "glacoma").

A query word the corpus never uses (fewer than two occurrences), that is not an ordinary English word
either (the embedding model's word-piece vocabulary), is replaced by the corpus word closest to it in
edit distance (optimal string alignment: a swap of two letters is one edit) — at most one edit for
words of up to six letters, two for longer ones; ties go to the more frequent word, so "diabetis"
becomes "diabetes", not "diabetics". Candidates share the first letter and are pre-filtered by difflib,
so a query costs about a millisecond per unknown word. Only the text searched with changes: the
person's message, its record and the model's prompt keep their words.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

_WORD = re.compile(r"[A-Za-z]+")
MIN_LETTERS = 5  # shorter words are too ambiguous to correct ("hep", "ibs")
MIN_COUNT = 2  # a word the corpus uses once may itself be a typo
CANDIDATES = 6
CUTOFF = 0.75  # difflib's pre-filter; the edit distance decides


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps."""
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def max_edits(word: str) -> int:
    return 1 if len(word) <= 6 else 2


class Speller:
    def __init__(self, counts: Counter, english: Iterable[str] = ()):
        self.counts = {w: n for w, n in counts.items() if n >= MIN_COUNT}
        self.english = frozenset(english)
        self._by_letter: dict[str, list[str]] = {}
        for w in self.counts:
            if len(w) >= MIN_LETTERS - 1:
                self._by_letter.setdefault(w[0], []).append(w)

    @classmethod
    def from_texts(cls, texts: Iterable[str], english: Iterable[str] = ()) -> Speller:
        counts: Counter = Counter()
        for text in texts:
            counts.update(w.lower() for w in _WORD.findall(text))
        return cls(counts, english)

    def known(self, word: str) -> bool:
        return word in self.counts or word in self.english

    def suggest(self, word: str) -> str | None:
        """The corpus word `word` most likely misspells, or None."""
        word = word.lower()
        if len(word) < MIN_LETTERS or self.known(word):
            return None
        pool = [w for w in self._by_letter.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
        close = difflib.get_close_matches(word, pool, n=CANDIDATES, cutoff=CUTOFF)
        scored = [(edit_distance(word, w), -self.counts[w], w) for w in close]
        scored = [s for s in scored if s[0] <= max_edits(word)]
        return min(scored)[2] if scored else None

    def correct(self, text: str) -> str:
        """`text` with each unknown word replaced by its suggestion (other text unchanged)."""
        return _WORD.sub(lambda m: self.suggest(m.group()) or m.group(), text)


def wordpiece_words(vocab_file: Path | None) -> set[str]:
    """Whole words of a BERT-style vocab.txt (no "##" pieces, no [special] tokens)."""
    if vocab_file is None or not Path(vocab_file).is_file():
        return set()
    words = Path(vocab_file).read_text(encoding="utf-8").split()
    return {w for w in words if w.isalpha() and w.islower()}
