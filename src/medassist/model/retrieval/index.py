"""Retriever: a FAISS inner-product index over sentence embeddings of QA records, cached on disk.

The cache holds the embedding vectors (the expensive part: the 16,253 MedQuAD passages took 973 s
once on the shared 2-core development machine, under a load average of about 8), keyed by a
fingerprint of the embedder and of every embedded text in order, so a changed corpus, split or
model can never load stale vectors. The FAISS index itself is rebuilt from the
vectors on load (milliseconds for a flat index). Vectors are also reused across corpora by text
hash: an index over the training split finds every vector it needs in the full-corpus cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.errors import MedAssistError
from medassist.io import atomic_path, read_jsonl, write_json
from medassist.model.records import QARecord
from medassist.model.retrieval.embedder import embedder_name, shared_embedder
from medassist.model.retrieval.passage import Passage, truncate

log = logging.getLogger(__name__)

# What gets embedded: the question, then the start of the answer. Users ask questions, so the
# record's question (which names the condition and the kind of question: symptoms, causes,
# treatment) carries most of the match; the answer's opening usually defines the condition in
# other words, which helps lay queries that do not use the record's medical term. Longer answer
# text would blur a single mean-pooled vector and make the one-time build proportionally slower.
EMBED_ANSWER_CHARS = 200
TEXT_RECIPE = f"question+answer[:{EMBED_ANSWER_CHARS}]/v1"  # change it when embedding_text changes
EMBED_CHUNK = 1024  # texts per progress log line


def embedding_text(record: QARecord) -> str:
    return f"{' '.join(record.question.split())}\n{truncate(record.answer, EMBED_ANSWER_CHARS)}"


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def _normalise_rows(x: np.ndarray) -> np.ndarray:
    x = np.ascontiguousarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


def _dedupe_keys(record: QARecord) -> tuple[str, str]:
    # MedQuAD repeats one answer under several questions and sources, and splits one page's answer
    # to one question into several records; copies would waste the prompt's context and list the
    # same link twice. One passage per answer text and per (question, page).
    answer = " ".join(record.answer.split())[:300].lower()
    return f"a:{answer}", f"q:{' '.join(record.question.lower().split())}|{record.source}"


class Retriever:
    def __init__(self, records: Sequence[QARecord], vectors: np.ndarray, embedder, *,
                 fingerprint: str = "", build_s: float = 0.0):
        import faiss

        if len(records) != len(vectors):
            raise ValueError(f"{len(records)} records but {len(vectors)} vectors")
        self.records = list(records)
        self.embedder = embedder
        self.fingerprint = fingerprint
        self.build_s = build_s  # seconds spent embedding for this instance (0.0: loaded from cache)
        vectors = _normalise_rows(vectors)
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(vectors)
        # Fast tokenizers refuse concurrent use ("Already borrowed"); queries are ~10 ms, so serialise.
        self._lock = threading.Lock()
        self._speller = None
        self._speller_lock = threading.Lock()
        self._overviews = None  # retrieval/overview.py, built on first use
        self._sentences = None  # retrieval/page_sentences.py, built on first use
        self._sentences_lock = threading.Lock()
        self.cache_dir: Path | None = None  # where from_records keeps the vectors (and the page sentences' rows)

    def __len__(self) -> int:
        return len(self.records)

    # --- construction -------------------------------------------------------------------------
    @classmethod
    def from_records(cls, records: Sequence[QARecord], cache_dir: Path | None = None, embedder=None) -> Retriever:
        """Index `records`, loading the vectors from the cache when this exact corpus and embedder
        were indexed before (cache_dir defaults to <medassist cache>/index)."""
        records = list(records)
        if not records:
            raise MedAssistError("retrieval: no records to index")
        for i, r in enumerate(records):
            if not isinstance(r.question, str) or not isinstance(r.answer, str) or not r.question.strip():
                raise MedAssistError(f"retrieval: record {i} ({r.id or 'no id'}) has no question/answer text")
        embedder = embedder or shared_embedder()
        model = embedder_name(embedder)
        texts = [embedding_text(r) for r in records]
        keys = [_text_key(t) for t in texts]
        fingerprint = hashlib.sha256("\n".join([model, TEXT_RECIPE, *keys]).encode()).hexdigest()[:24]
        cache = Path(cache_dir) if cache_dir is not None else paths.cache_dir() / "index"
        vectors = _load_cached(cache, fingerprint, model, len(records))
        build_s = 0.0
        if vectors is None:
            t0 = time.perf_counter()
            vectors = _embed(embedder, texts, keys, _reusable_vectors(cache, model, set(keys)))
            build_s = time.perf_counter() - t0
            _save_cache(cache, fingerprint, model, keys, vectors, build_s)
        retriever = cls(records, vectors, embedder, fingerprint=fingerprint, build_s=build_s)
        retriever.cache_dir = cache
        return retriever

    @classmethod
    def load_default(cls, cache_dir: Path | None = None, embedder=None) -> Retriever:
        """The shipped MedQuAD corpus (all splits): what `medassist serve` grounds answers in. Warmed
        up, so a server's first question does not pay for loading the embedding model."""
        records = [QARecord.from_dict(d) for d in read_jsonl(paths.MEDQUAD_CORPUS)]
        retriever = cls.from_records(records, cache_dir=cache_dir, embedder=embedder)
        retriever.warm_up()
        return retriever

    def warm_up(self) -> None:
        """Load the embedding model and run one query now rather than on the first question."""
        self.search(self.spelled("warm up"), k=1)

    def spelled(self, query: str) -> str:
        """`query` as it is searched: everyday words named as the pages name them (retrieval/lay_terms.py:
        "pee" -> "urine"), misspelt words the corpus knows corrected (retrieval/spelling.py); the speller
        is built from the indexed texts on first use (under a second for MedQuAD)."""
        from medassist.model.retrieval.lay_terms import medical_names

        query = medical_names(query)
        with self._speller_lock:
            if self._speller is None:
                from medassist.model.retrieval.spelling import Speller, wordpiece_words

                path = getattr(self.embedder, "path", None)
                english = wordpiece_words(Path(path) / "vocab.txt" if path else None)
                self._speller = Speller.from_texts((f"{r.question} {r.answer}" for r in self.records), english)
        return self._speller.correct(query)

    # --- queries ------------------------------------------------------------------------------
    def search(self, query: str, k: int = 3, exclude: Callable[[QARecord], bool] | None = None, *,
               overview: bool = False, sentences: bool = False) -> list[Passage]:
        """The k most similar records (distinct answers), best first, skipping records for which
        `exclude` is true (training leaves out the example's own answer this way). With `overview`, the
        best page's condition's overview page is added after it when none was found (retrieval/overview.py).
        With `sentences`, the page of the page sentence closest to the query is added last when it answers the
        query better than the best page's opening does (retrieval/page_sentences.py)."""
        if k < 1 or not query or not query.strip():
            return []
        with self._lock:
            q = _normalise_rows(np.asarray(self.embedder.encode([query])).reshape(1, -1))
        # Ask for extra hits so duplicates (and excluded records) can be dropped and still leave k.
        with _faiss_threads(1):
            scores, ids = self.index.search(q, min(len(self.records), 3 * k + (16 if exclude else 0)))
        out, seen = [], set()
        for score, i in zip(scores[0], ids[0], strict=True):
            if i < 0:
                continue
            r = self.records[i]
            if exclude is not None and exclude(r):
                continue
            keys = _dedupe_keys(r)
            if seen.intersection(keys):
                continue
            seen.update(keys)
            out.append(Passage(r.question, r.answer, r.source, r.id, float(score)))
            if len(out) == k:
                break
        if overview and out:
            page = self._overview(query, q[0], out, seen, exclude)
            if page is not None:
                out.insert(1, page)
        if sentences and out:
            page = self._sentence_page(query, q[0], out, seen, exclude)
            if page is not None:
                out.append(page)
        return out

    def page_sentences(self):
        """The shipped page sentences searchable by page (retrieval/page_sentences.py), built on first use (a minute or
        two the first time on a busy 2-core CPU, seconds from their cache beside the index's vectors); None without a
        sentence store."""
        from medassist.model.retrieval.page_sentences import PageSentences

        with self._sentences_lock:
            if self._sentences is None:
                cache = self.cache_dir / f"{self.fingerprint}.sentences.npz" if self.cache_dir and self.fingerprint else None
                self._sentences = PageSentences.build(self.records, embedder_name(self.embedder), cache) or False
        return self._sentences or None

    def _sentence_page(self, query: str, q: np.ndarray, found: list[Passage], seen: set[str],
                       exclude: Callable[[QARecord], bool] | None) -> Passage | None:
        """The page of the page sentence closest to the query vector `q`, when it is not among the pages `found`,
        leads the best of them by SENTENCE_LEAD and is on the query's topic (retrieval/page_sentences.py)."""
        from medassist.model.retrieval.page_sentences import MIN_SENTENCE_SCORE, SENTENCE_LEAD
        from medassist.model.retrieval.topic import on_topic

        if (sentences := self.page_sentences()) is None:
            return None
        hit = sentences.closest(q)
        if hit is None:
            return None
        i, score = hit
        r = self.records[i]
        if score < max(MIN_SENTENCE_SCORE, found[0].score + SENTENCE_LEAD) \
                or (exclude is not None and exclude(r)) or seen.intersection(_dedupe_keys(r)) \
                or any(p.id == r.id or p.answer == r.answer for p in found):  # found already (an overview page)
            return None
        # its score is its page's, as the search scores pages (topic.py compares pages by it)
        page = Passage(r.question, r.answer, r.source, r.id, float(self.index.reconstruct(i) @ q))
        return page if any(p is page for p in on_topic(query, [*found, page])) else None

    def _overview(self, query: str, q: np.ndarray, found: list[Passage], seen: set[str],
                  exclude: Callable[[QARecord], bool] | None) -> Passage | None:
        """The overview page of the best page's condition closest to the query vector `q`, when the pages
        `found` hold none and `query` names that condition (retrieval/overview.py); None otherwise."""
        from medassist.model.retrieval.overview import Overviews

        with self._lock:
            if self._overviews is None:
                self._overviews = Overviews([r.question for r in self.records])
        best: tuple[float, int] | None = None
        for i in self._overviews.missing([p.question for p in found], query):
            r = self.records[i]
            if (exclude is not None and exclude(r)) or seen.intersection(_dedupe_keys(r)):
                continue
            score = float(self.index.reconstruct(i) @ q)
            if best is None or score > best[0]:
                best = (score, i)
        if best is None:
            return None
        r = self.records[best[1]]
        return Passage(r.question, r.answer, r.source, r.id, best[0])


@contextlib.contextmanager
def _faiss_threads(n: int) -> Iterator[None]:
    """One query scans a few MB: single-threaded it takes under a millisecond, while two OpenMP
    threads on a busy 2-core machine wait on each other for tens (bench/retrieval_latency.py).
    OpenMP keeps the setting per calling thread, so set it for this search and put it back."""
    import faiss

    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(n)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


# --- the vector cache ---------------------------------------------------------------------------
def _paths(cache: Path, fingerprint: str) -> tuple[Path, Path]:
    return cache / f"{fingerprint}.npz", cache / f"{fingerprint}.json"


def _load_cached(cache: Path, fingerprint: str, model: str, n: int) -> np.ndarray | None:
    vec_path, meta_path = _paths(cache, fingerprint)
    if not (vec_path.exists() and meta_path.exists()):  # meta is written last: both, or a rebuild
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(vec_path) as z:
            vectors = z["vectors"]
    except (OSError, ValueError, KeyError) as e:
        log.warning("retrieval cache %s is unreadable (%s); rebuilding", vec_path, e)
        return None
    if meta.get("model") != model or vectors.shape[0] != n:
        log.warning("retrieval cache %s does not match this corpus; rebuilding", vec_path)
        return None
    log.info("loaded %d passage vectors from %s", n, vec_path)
    return vectors


# The shipped corpus's vectors (fp16) ride in the package, so a fresh install indexes MedQuAD in
# seconds instead of embedding 16k passages on its CPU; written by scripts/ship_index_vectors.py.
SHIPPED_VECTORS = paths.MODEL_ASSETS_DIR / "medquad_vectors.json"


def _reusable_vectors(cache: Path, model: str, wanted: set[str]) -> dict[str, np.ndarray]:
    """Vectors for texts already embedded (same model and recipe) in other cached corpora, or in
    the vectors shipped with the package."""
    found: dict[str, np.ndarray] = {}
    metas = sorted(cache.glob("*.json")) if cache.is_dir() else []
    for meta_path in [*metas, SHIPPED_VECTORS]:
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("model") != model or meta.get("recipe") != TEXT_RECIPE:
                continue
            with np.load(meta_path.with_suffix(".npz")) as z:
                keys, vectors = z["keys"], z["vectors"]
        except (OSError, ValueError, KeyError):
            continue
        for key, row in zip(keys.tolist(), vectors, strict=True):
            if key in wanted and key not in found:
                found[key] = row
        if len(found) == len(wanted):
            break
    return found


def _embed(embedder, texts: list[str], keys: list[str], known: dict[str, np.ndarray]) -> np.ndarray:
    todo = [i for i, key in enumerate(keys) if key not in known]
    log.info("embedding %d passages (%d reused from other cached indexes); one-time, then cached",
             len(todo), len(texts) - len(todo))
    fresh: dict[int, np.ndarray] = {}
    t0 = time.perf_counter()
    for start in range(0, len(todo), EMBED_CHUNK):
        chunk = todo[start:start + EMBED_CHUNK]
        vectors = np.asarray(embedder.encode([texts[i] for i in chunk]), dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(chunk):
            raise MedAssistError(f"retrieval: the embedder returned shape {vectors.shape} for {len(chunk)} texts")
        fresh.update(zip(chunk, vectors, strict=True))
        if len(todo) > EMBED_CHUNK:
            log.info("embedded %d/%d passages (%.0f s)", start + len(chunk), len(todo), time.perf_counter() - t0)
    rows = [fresh[i] if i in fresh else known[key] for i, key in enumerate(keys)]
    return np.stack(rows).astype(np.float32)


def _save_cache(cache: Path, fingerprint: str, model: str, keys: list[str], vectors: np.ndarray,
                build_s: float) -> None:
    vec_path, meta_path = _paths(cache, fingerprint)
    try:
        with atomic_path(vec_path) as tmp, open(tmp, "wb") as f:
            np.savez(f, vectors=vectors.astype(np.float32), keys=np.array(keys))
        write_json(meta_path, {"fingerprint": fingerprint, "model": model, "recipe": TEXT_RECIPE,
                               "n": len(keys), "dim": int(vectors.shape[1]), "build_s": round(build_s, 2)})
    except OSError as e:  # an unwritable cache costs a rebuild next time, not this answer
        log.warning("could not cache the retrieval index in %s: %s", cache, e)
