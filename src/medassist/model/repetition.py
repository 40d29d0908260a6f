"""The last guard on an answer, at the text level so it works for every backend: stop a reply that
starts repeating itself and end it at its last complete sentence; end a reply cut by max_new_tokens
at its last complete sentence too.

A small greedy model loops ("... can cause pain. It can cause pain. It can cause pain ...") in about
half of its answers; the decoder's repetition penalty alone does not stop it. The guard watches the
text as pieces arrive:

* a repeated word n-gram (default: the same 8 words, case-insensitive, seen twice), or
* a complete sentence of at least 3 words that equals an earlier one

means the answer is looping: the guard stops (the caller cancels generation) and the answer ends at
the last sentence end confirmed before the repetition was seen. A line break counts as a sentence end
(list items). Streaming hands out text only up to the last confirmed sentence end (only the
unfinished tail is held back), so nothing already shown is
ever taken back; the result does not depend on how the text was cut into pieces, so
`guard_text(whole)` equals the streamed result (tests/model/test_repetition.py checks it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

DEFAULT_NGRAM = 8
DEFAULT_MIN_SENTENCE_WORDS = 3

# A sentence end: . ! ? (possibly several), then closing quotes/brackets. Confirmed by the whitespace
# after it while streaming ("3.5", "e.g." mid-word are not ends), or by the end of the text at the end.
# A line break also ends a unit (a list item), so list answers stream line by line.
_EVENT = re.compile(r"(?P<word>\w+)(?=\W)|(?P<end>[.!?]+[\"'\u201d\u2019)\]]*(?=\s)|\n)")
_EVENT_FINAL = re.compile(r"(?P<word>\w+)(?=\W|$)|(?P<end>[.!?]+[\"'\u201d\u2019)\]]*(?=\s|$)|\n)")
# A period after these is not a sentence end ("e.g. the", "Dr. Smith"); single letters ("U.S.", "J.")
# and list numbers at a line start ("2. Rest") are handled in `_is_sentence_end`.
_ABBREVIATIONS = frozenset({"e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "vs", "prof", "st", "fig",
                            "approx", "no", "jr", "sr", "inc", "ltd", "cf", "al"})
_LAST_TOKEN = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "j", "u.s", "u.k": letters alone between dots


def _is_sentence_end(text: str, pos: int) -> bool:
    """Whether the punctuation starting at `pos` ends a sentence (not an abbreviation or list number)."""
    if text[pos] != ".":  # ! ? or a line break
        return True
    m = _LAST_TOKEN.search(text, 0, pos)
    if m is None:
        return pos > 0  # "." after a bracket or quote still ends a sentence; a leading "." does not
    token = m.group(1).lower().strip(".")
    if token in _ABBREVIATIONS or _INITIALS.fullmatch(token):
        return False
    if token.isdigit():  # "2." opening a list item: only the line's first token
        line_start = text.rfind("\n", 0, m.start()) + 1
        return bool(text[line_start:m.start()].strip())
    return True


def sentence_ends(text: str, *, line_breaks: bool = True) -> list[int]:
    """End indices (exclusive) of the complete sentences in `text`, in order. With
    `line_breaks=False` only . ! ? end a sentence (a heading line or an unpunctuated list item does
    not): where training clips an answer."""
    return [m.end() for m in _EVENT_FINAL.finditer(text)
            if m.group("end") and (line_breaks or m.group("end") != "\n") and _is_sentence_end(text, m.start())]


def last_sentence_end(text: str) -> int:
    """End index (exclusive) of the last complete sentence in `text`; 0 when no sentence ended."""
    ends = sentence_ends(text)
    return ends[-1] if ends else 0


def trim_to_sentence(text: str) -> str:
    """`text` ended at its last complete sentence (for an answer cut by max_new_tokens). Never empty
    when there was text: a text in which no sentence ended is kept whole (the first fragment)."""
    end = last_sentence_end(text)
    return (text[:end] if end else text).rstrip()


def ends_mid_sentence(text: str) -> bool:
    """True when a non-empty text does not end with sentence punctuation (what `mid_sentence_rate`
    counts); an empty text is not "mid-sentence" (the empty rate counts it)."""
    stripped = text.rstrip()
    return bool(stripped) and last_sentence_end(stripped) != len(stripped)


class RepetitionGuard:
    """Streaming guard: `feed(piece)` returns the text that may be shown now (possibly ""); check
    `stopped` after each feed and cancel generation when it is set; `finish(truncated=...)` returns
    the rest. `text` is everything handed out so far."""

    def __init__(self, ngram: int = DEFAULT_NGRAM, min_sentence_words: int = DEFAULT_MIN_SENTENCE_WORDS):
        if ngram < 2:
            raise ValueError(f"ngram must be >= 2, got {ngram}")
        self.ngram = ngram
        self.min_sentence_words = min_sentence_words
        self.stopped = False
        self.reason: str | None = None  # "ngram" | "sentence" once stopped
        self._buf = ""
        self._scan = 0  # events before this index are processed
        self._released = 0  # characters of _buf handed out
        self._boundary = 0  # end of the last confirmed sentence
        self._words: list[str] = []
        self._word_starts: list[int] = []
        self._seen_grams: set[tuple[str, ...]] = set()
        self._sentences: set[tuple[str, ...]] = set()
        self._sentence_first_word = 0
        self._final: str | None = None

    @property
    def text(self) -> str:
        return self._buf[:self._released]

    def feed(self, piece: str) -> str:
        if self.stopped or self._final is not None:
            return ""
        self._buf += piece
        self._process(_EVENT)
        if self.stopped:
            return self._release(len(self._final or ""))
        return self._release(self._boundary)

    def finish(self, *, truncated: bool = False) -> str:
        """The rest of the answer once generation ended; `truncated`: cut by max_new_tokens (then the
        unfinished last sentence is dropped, unless no sentence ended at all)."""
        if self._final is None:
            self._process(_EVENT_FINAL)
        if self._final is None:
            end = len(self._buf)
            if truncated and self._boundary:
                end = self._boundary
            self._final = self._buf[:end].rstrip()
        return self._release(len(self._final))

    # ---- internals -------------------------------------------------------------------------------
    def _release(self, upto: int) -> str:
        src = self._final if self._final is not None else self._buf
        if upto <= self._released:
            return ""
        out = src[self._released:upto]
        self._released = upto
        return out

    def _process(self, pattern: re.Pattern) -> None:
        for m in pattern.finditer(self._buf, self._scan):
            self._scan = m.end()
            if m.group("word"):
                self._words.append(m.group("word").lower())
                self._word_starts.append(m.start())
                if len(self._words) >= self.ngram:
                    gram = tuple(self._words[-self.ngram:])
                    if gram in self._seen_grams:
                        self._stop("ngram", self._word_starts[-self.ngram])
                        return
                    self._seen_grams.add(gram)
            elif _is_sentence_end(self._buf, m.start()):
                sentence = tuple(self._words[self._sentence_first_word:])
                if len(sentence) >= self.min_sentence_words:
                    if sentence in self._sentences:
                        self._stop("sentence", self._word_starts[self._sentence_first_word])
                        return
                    self._sentences.add(sentence)
                # Kept without trailing whitespace: a released line break could not be taken back.
                self._boundary = len(self._buf[:m.end()].rstrip())
                self._sentence_first_word = len(self._words)

    def _stop(self, reason: str, repeat_start: int) -> None:
        """End at the last confirmed sentence; with none, keep the fragment before the repeat."""
        self.stopped = True
        self.reason = reason
        end = self._boundary or repeat_start
        self._final = self._buf[:end].rstrip()


def guard_text(text: str, *, truncated: bool = False, ngram: int = DEFAULT_NGRAM,
               min_sentence_words: int = DEFAULT_MIN_SENTENCE_WORDS) -> str:
    """The guard over a whole text (evaluation): exactly what streaming the same text would show."""
    guard = RepetitionGuard(ngram, min_sentence_words)
    return guard.feed(text) + guard.finish(truncated=truncated)


def guard_stream(pieces: Iterable[str], guard: RepetitionGuard | None = None) -> Iterator[str]:
    """Guarded pieces from raw ones, for callers without a cancel handle (the caller should stop its
    source when `guard.stopped`). The final `finish()` assumes the text was not truncated."""
    guard = guard or RepetitionGuard()
    for piece in pieces:
        out = guard.feed(piece)
        if out:
            yield out
        if guard.stopped:
            return
    rest = guard.finish()
    if rest:
        yield rest
