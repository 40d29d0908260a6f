"""Embed every evidence sentence of the shipped MedQuAD pages once and ship the vectors (int8) in the package.

With retrieval on, each question's top pages are split into sentences and every sentence embedded before the model
can start (`model/retrieval/evidence.py`): 40-50 sentences, 0.2-0.9 s of MiniLM on a 2-core CPU, and at eight people
at once that work competes with the model's own prefill. The pages are fixed, so their sentences can be embedded
once here; `model/retrieval/sentence_store.py` looks them up by a hash of the sentence and embeds only what is not
shipped (another corpus, a changed splitter). Resumable: chunks are kept in the cache until the file is written.

    python scripts/ship_sentence_vectors.py   # ~97k sentences; about 20-40 min on 2 cores
    python scripts/ship_sentence_vectors.py --missing   # after a splitter change: embed only what is not shipped
"""

from __future__ import annotations

import argparse
import logging
import time

import numpy as np

from medassist import paths
from medassist.io import atomic_path, read_jsonl, write_json
from medassist.model.records import QARecord
from medassist.model.retrieval.embedder import embedder_name, shared_embedder
from medassist.model.retrieval.evidence import split_sentences
from medassist.model.retrieval.sentence_store import SHIPPED_SENTENCES, SentenceStore, quantize, sentence_key

CHUNK = 2048
log = logging.getLogger("ship_sentence_vectors")


def page_sentences() -> list[str]:
    """Every distinct evidence sentence of the shipped corpus, in corpus order."""
    seen: dict[str, None] = {}
    for row in read_jsonl(paths.MEDQUAD_CORPUS):
        for s in split_sentences(QARecord.from_dict(row).answer):
            seen.setdefault(s, None)
    return list(seen)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--missing", action="store_true", help="keep the shipped rows; embed only sentences not shipped")
    missing = ap.parse_args().missing
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    texts = page_sentences()
    keys = np.array([sentence_key(t) for t in texts], dtype=np.uint64)
    if len(np.unique(keys)) != len(keys):
        raise SystemExit("two sentences share a hash: widen sentence_key")
    embedder = shared_embedder()
    if missing:
        q, scale = _with_missing(texts, keys, embedder)
    else:
        q, scale = quantize(_embed_all(texts, embedder))
    order = np.argsort(keys)
    _write(keys[order], q[order], scale[order], embedder)


def _embed_all(texts: list[str], embedder) -> np.ndarray:
    work = paths.cache_dir() / "sentence_vectors_build"
    work.mkdir(parents=True, exist_ok=True)
    log.info("%d sentences, %d chunks (kept in %s)", len(texts), -(-len(texts) // CHUNK), work)
    parts, t0 = [], time.perf_counter()
    for start in range(0, len(texts), CHUNK):
        part = work / f"{start:07d}-{len(texts)}.npy"
        if not part.exists():
            vectors = np.asarray(embedder.encode(texts[start:start + CHUNK]), dtype=np.float32)
            with atomic_path(part) as tmp, open(tmp, "wb") as f:
                np.save(f, vectors)
            log.info("embedded %d/%d (%.0f s)", min(start + CHUNK, len(texts)), len(texts), time.perf_counter() - t0)
        parts.append(np.load(part))
    for part in work.glob("*.npy"):
        part.unlink()
    return np.concatenate(parts)


def _with_missing(texts: list[str], keys: np.ndarray, embedder) -> tuple[np.ndarray, np.ndarray]:
    """The shipped rows of the sentences already shipped, as they are, and the others embedded: a splitter change
    that adds a few hundred sentences (session 54: a page's unterminated last sentence) re-embeds only those."""
    store = SentenceStore.load()
    if store is None or store.model != embedder_name(embedder):
        raise SystemExit("no shipped store of this model: run without --missing")
    at = np.minimum(np.searchsorted(store.keys, keys), len(store.keys) - 1)
    hit = store.keys[at] == keys
    q = np.zeros((len(texts), store.vectors.shape[1]), dtype=np.int8)
    scale = np.zeros(len(texts), dtype=np.float32)
    q[hit], scale[hit] = store.vectors[at[hit]], store.scale[at[hit]]
    todo = np.flatnonzero(~hit)
    log.info("%d of %d sentences not shipped: embedding them", len(todo), len(texts))
    if len(todo):
        q[todo], scale[todo] = quantize(np.asarray(embedder.encode([texts[i] for i in todo]), dtype=np.float32))
    return q, scale


def _write(keys: np.ndarray, q: np.ndarray, scale: np.ndarray, embedder) -> None:
    out = SHIPPED_SENTENCES.with_suffix(".npz")
    with atomic_path(out) as tmp, open(tmp, "wb") as f:
        np.savez_compressed(f, keys=keys, vectors=q, scale=scale)
    write_json(SHIPPED_SENTENCES, {"model": embedder_name(embedder), "n": int(len(keys)), "dim": int(q.shape[1]), "dtype": "int8, a float32 scale per row"})
    print(f"wrote {out} ({out.stat().st_size / 2**20:.1f} MiB) and {SHIPPED_SENTENCES}")


if __name__ == "__main__":
    main()
