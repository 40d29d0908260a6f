"""Evidence sentences: the few sentences of the top passages that answer the question, numbered.

Three whole passages made prompts of ~650 tokens, most of it about something else (a page's answer
to "What causes gout?" goes on about diet and diagnosis). Instead every sentence of the top passages
is scored against the question with the same MiniLM, and a handful are chosen by maximal marginal
relevance (Carbonell & Goldstein, 1998): each pick is the sentence most similar to the question minus
its similarity to sentences already picked, so the evidence does not say the same thing three times.

The prompt shows them as "[n] page question — sentence" (the page's question names the subject a
sentence like "It is inherited..." leaves out, and keeps the "[i] question — text" layout the adapter
was trained on). All candidate sentences and their vectors are kept: the faithfulness check
(model/faithfulness.py) looks for support in them.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from medassist.model.repetition import sentence_ends
from medassist.model.retrieval.embedder import embedder_name
from medassist.model.retrieval.passage import Passage, source_line, sources_block, truncate
from medassist.model.retrieval.sentence_store import shipped_store
from medassist.model.retrieval.topic import on_topic

N_EVIDENCE = 4
MMR_LAMBDA = 0.7  # relevance vs. novelty; 1.0 = plain top-n
MAX_SENTENCES_PER_PASSAGE = 16  # a page opens with its answer; caps embedding work per question
MIN_WORDS, MAX_CHARS = 4, 320
_CITATION = re.compile(r"\[(\d{1,2})\]")
# Page furniture, not facts: "(Watch the video to learn more...", "Click here", "See the ... section".
_FURNITURE = re.compile(r"^\(|\b(watch the video|click (here|on)|this (page|article|fact sheet|section)|"
                        r"see (the|our)|visit|www\.|https?://|learn more)\b", re.I)
_JOINING = frozenset("a an and at by for in of on or the to with".split())  # lower case in a title-case name


@dataclass
class EvidenceSentence:
    text: str
    passage: int  # index into Evidence.passages
    score: float  # cosine similarity to the query


@dataclass
class Evidence:
    passages: list[Passage]
    sentences: list[EvidenceSentence]  # the numbered evidence, [1] first
    pool: list[EvidenceSentence] = field(default_factory=list)  # every candidate sentence
    pool_vectors: np.ndarray | None = None  # unit rows, aligned with pool
    vectors: np.ndarray | None = None  # unit rows, aligned with sentences
    # pool indices of the sentences of the pages the evidence is about (topic.py), in page order: what
    # the faithfulness check may quote (each page's own sentences, not only the numbered few)
    about: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sentences)


def evidence_text(piece: str) -> str:
    """A sentence as the evidence shows it: whitespace joined, a list item's bullet dropped."""
    return " ".join(piece.split()).lstrip("-*• ").strip()


def split_sentences(text: str, limit: int = MAX_SENTENCES_PER_PASSAGE) -> list[str]:
    """A passage's sentences (list items count as sentences), headings and fragments dropped. The text after the
    last sentence end is a sentence too: a page often ends on a list with no full stop ("Each day, toddlers need
    enough nutrients, including - 7 milligrams of iron - 700 milligrams of calcium - 600 IU of vitamin D", "On every
    food label you will see - Serving size, number of servings, ..."), and that list was never read, quoted or
    searched (key facts fresh11, development, session 54) -- unless it is a title-case line, the agency a summary
    page closes with ("NIH: National Institute on Aging"), which states nothing."""
    out, start = [], 0
    text = text.replace("\r", "")
    ends = sentence_ends(text)
    ends = [*ends, len(text)] if ends and text[ends[-1]:].strip() else ends or [len(text)]
    for end in ends:
        piece = evidence_text(text[start:end])
        start = end
        if len(piece.split()) >= MIN_WORDS and not _FURNITURE.search(piece) \
                and not (end == len(text) and _title_case(piece)):
            out.append(truncate(piece, MAX_CHARS))
        if len(out) >= limit:
            break
    return out


def _title_case(piece: str) -> bool:
    """Whether every word of `piece` but the short joining ones ("of", "and", "on") is capitalised: a name or a
    heading ("Centers for Disease Control and Prevention", "More on: Resources for Health Professionals")."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _JOINING for w in piece.split())


def _unit(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


class SentenceVectors:
    """Sentence embeddings with an LRU per text: the same pages come back for related questions. With `shipped`,
    sentences of the shipped pages are looked up in the package's store (sentence_store.py), not embedded."""

    def __init__(self, embedder, size: int = 4096, embed_lock: threading.Lock | None = None, shipped: bool = True):
        self.embedder = embedder
        self.size = size
        self.store = shipped_store(embedder_name(embedder)) if shipped else None
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        # Fast tokenizers refuse concurrent use ("Already borrowed"): share the retriever's lock so
        # evidence, the check and retrieval queries take turns on the one MiniLM.
        self._embed_lock = embed_lock or threading.Lock()

    def _embed(self, texts: list[str]) -> np.ndarray:
        with self._embed_lock:
            return _unit(self.embedder.encode(texts))

    def query(self, text: str) -> np.ndarray:
        return self._embed([text])[0]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            todo = sorted({t for t in texts if t not in self._cache})
        if todo:
            found = self.store.lookup(todo) if self.store is not None else {}
            rest = [t for t in todo if t not in found]
            if rest:
                found.update(zip(rest, self._embed(rest), strict=True))
            with self._lock:
                for t in todo:
                    self._cache[t] = found[t]
                while len(self._cache) > self.size:
                    self._cache.popitem(last=False)
        with self._lock:
            rows = []
            for t in texts:
                v = self._cache.get(t)
                if v is None:  # evicted meanwhile by another thread: embed again
                    v = self._embed([t])[0]
                else:
                    self._cache.move_to_end(t)
                rows.append(v)
        return np.stack(rows) if rows else np.zeros((0, 1), dtype=np.float32)


def mmr(query: np.ndarray, candidates: np.ndarray, n: int, lam: float = MMR_LAMBDA) -> list[int]:
    """Indices of n candidates chosen by maximal marginal relevance (unit vectors, cosine)."""
    if len(candidates) == 0 or n < 1:
        return []
    relevance = candidates @ query
    chosen: list[int] = []
    left = list(range(len(candidates)))
    while left and len(chosen) < n:
        if chosen:
            redundancy = (candidates[left] @ candidates[chosen].T).max(axis=1)
        else:
            redundancy = np.zeros(len(left))
        best = int(np.argmax(lam * relevance[left] - (1 - lam) * redundancy))
        chosen.append(left.pop(best))
    return chosen


def select_evidence(query: str, passages: Sequence[Passage], vectors: SentenceVectors, *,
                    n: int = N_EVIDENCE, lam: float = MMR_LAMBDA, topic: bool = True) -> Evidence:
    """The n evidence sentences for `query` from `passages`, most relevant first. With `topic`, they come
    only from the pages about what it asks (topic.py); the pool the faithfulness check finds support in
    keeps every page."""
    passages = list(passages)
    pool = [EvidenceSentence(s, i, 0.0) for i, p in enumerate(passages) for s in split_sentences(p.answer)]
    if not pool or not query.strip():
        return Evidence(passages, [])
    q = vectors.query(query)
    pool_vectors = vectors.encode([s.text for s in pool])
    scores = pool_vectors @ q
    for s, score in zip(pool, scores, strict=True):
        s.score = float(score)
    about = {id(p) for p in (on_topic(query, passages) if topic else passages)}
    candidates = [k for k, s in enumerate(pool) if id(passages[s.passage]) in about]
    picked = [candidates[i] for i in mmr(q, pool_vectors[candidates], n, lam)]
    return Evidence(passages, [pool[i] for i in picked], pool, pool_vectors, pool_vectors[picked], candidates)


def format_evidence(evidence: Evidence) -> str:
    """Numbered evidence lines for the prompt: "[n] page question — sentence"."""
    return "\n".join(f"[{i}] {' '.join(evidence.passages[s.passage].question.split())} — {s.text}"
                     for i, s in enumerate(evidence.sentences, 1))


def number_of(evidence: Evidence, sentence: EvidenceSentence, vector: np.ndarray) -> int:
    """The evidence number "[k]" that cites `sentence`: its own when it is numbered evidence, else the
    next number (it is appended, so the sources list its page)."""
    for k, s in enumerate(evidence.sentences, 1):
        if s is sentence:
            return k
    evidence.sentences.append(sentence)
    row = np.asarray(vector, dtype=np.float32)[None, :]
    evidence.vectors = row if evidence.vectors is None else np.concatenate([evidence.vectors, row])
    return len(evidence.sentences)


def cited_numbers(answer: str, n: int) -> set[int]:
    """The evidence numbers "[k]" an answer cites (1..n only)."""
    return {k for k in map(int, _CITATION.findall(answer)) if 1 <= k <= n}


def format_evidence_sources(evidence: Evidence, cited: set[int] | None = None) -> str:
    """Markdown sources: each page the evidence came from, with the evidence numbers it holds,
    "- [1, 3] [title](url)". With `cited` (numbers the answer used), only the pages cited; an answer
    that cites nothing lists every page its evidence came from."""
    numbers: dict[int, list[int]] = {}
    for k, s in enumerate(evidence.sentences, 1):
        numbers.setdefault(s.passage, []).append(k)
    if cited:
        numbers = {p: ks for p, ks in numbers.items() if cited.intersection(ks)}
    if not numbers:
        return ""
    return sources_block(source_line("[" + ", ".join(map(str, ks)) + "]", evidence.passages[p])
                         for p, ks in sorted(numbers.items(), key=lambda item: item[1][0]))
