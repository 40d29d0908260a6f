"""A page found by one of its own sentences: the page whose sentence is closest to the question joins the pages found.

The search embeds a page's question and the first 200 characters of its answer (index.py), so a page is found by what
it opens with. Everyday words for a condition often come later on its page: "pins and needles" is in the third
sentence of the paresthesia page ("Most people have experienced temporary paresthesia -- a feeling of "pins and
needles" -- at some time in their lives"), "born with only one kidney" in the second of the solitary kidney page, and
"my gran says when u get pins and needles ..." found diabetic foot, limb loss and artificial limbs; "our daughter was
born with just one kidney ..." found kidney disease in children, nephrotic syndrome and kidney dysplasia (key facts
fresh9, development). Every evidence sentence of the shipped pages is already embedded (sentence_store.py), so the
closest page sentence in the whole corpus costs one scan of those vectors.

The page of the closest sentence (a statement: a heading or a page's own question says nothing) is added after the
pages found when
  * the sentence is closer to the question than the best page found, by SENTENCE_LEAD or more (the page's own words
    answer it better than any page's opening), and
  * the page is on the question's topic as topic.py reads titles: its title shares a subject word with the question, or
    no page's title does ("what is tonsillitis exactly, my 6 yr old keeps getting it" keeps its tonsillitis pages, not
    the sleep apnea page whose "Children with enlarged tonsils may also get it." is closest).
It comes last: the pages found keep their order and their place in the closing quotes; its sentences compete for the
numbered evidence and the quotes as any page's do. Only sentences shipped in the store are searched (a corpus that is
not MedQuAD's, or a changed splitter, searches what is shipped of it).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from medassist.io import atomic_path
from medassist.model.records import QARecord

log = logging.getLogger(__name__)

SENTENCE_LEAD = 0.04  # cosine lead of the closest page sentence over the best page found
MIN_SENTENCE_SCORE = 0.5  # below it no sentence is about the question
_STATEMENT_END = re.compile(r"[.!][\"'\u201d)]*$")


def statement(text: str) -> bool:
    """A sentence that states something: ends as a sentence does (not a heading, a list's opener or a question)."""
    return bool(_STATEMENT_END.search(text.rstrip()))


class PageSentences:
    """The shipped evidence sentences of `records`' pages, searchable by cosine (8-bit, faiss)."""

    def __init__(self, vectors: np.ndarray, owners: np.ndarray):
        import faiss

        self.owners = owners  # record index of each row
        self.index = faiss.IndexScalarQuantizer(vectors.shape[1], faiss.ScalarQuantizer.QT_8bit,
                                                faiss.METRIC_INNER_PRODUCT)
        if len(vectors):
            self.index.train(vectors)
            self.index.add(vectors)

    @classmethod
    def build(cls, records: Sequence[QARecord], model: str, cache: Path | None = None) -> PageSentences | None:
        """From the sentence store embedded by `model`; None when there is none. Splitting every page into sentences
        takes a minute or two on a busy 2-core CPU, so which store row belongs to which record is kept in `cache`
        (an .npz beside the index's vectors, named by the index's fingerprint) and read back in a second."""
        from medassist.model.retrieval.sentence_store import shipped_store

        store = shipped_store(model)
        if store is None:
            return None
        rows = owners = None
        if cache is not None and cache.exists():
            try:
                with np.load(cache) as z:
                    if int(z["store_size"]) == len(store):
                        rows, owners = z["rows"], z["owners"]
            except (OSError, ValueError, KeyError) as e:
                log.warning("page sentences cache %s is unreadable (%s); rebuilding", cache, e)
        if rows is None or owners is None:
            rows, owners = _store_rows(records, store)
            if cache is not None:
                try:
                    with atomic_path(cache) as tmp, open(tmp, "wb") as f:
                        np.savez(f, rows=rows, owners=owners, store_size=len(store))
                except OSError as e:  # an unwritable cache costs a rebuild next time, not this answer
                    log.warning("could not cache the page sentences in %s: %s", cache, e)
        vectors = store.vectors[rows].astype(np.float32) * store.scale[rows, None]
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return cls(vectors, owners)

    def closest(self, q: np.ndarray) -> tuple[int, float] | None:
        """(record index, cosine) of the page sentence closest to the unit query vector `q`."""
        if self.index.ntotal == 0:
            return None
        scores, ids = self.index.search(np.asarray(q, dtype=np.float32).reshape(1, -1), 1)
        if ids[0][0] < 0:
            return None
        return int(self.owners[ids[0][0]]), float(scores[0][0])



def _store_rows(records: Sequence[QARecord], store) -> tuple[np.ndarray, np.ndarray]:
    """The store rows of the records' statement sentences, and the record each belongs to (sentences not shipped are
    left out)."""
    from medassist.model.retrieval.evidence import split_sentences
    from medassist.model.retrieval.sentence_store import sentence_key

    keys: list[int] = []
    owners: list[int] = []
    for i, r in enumerate(records):
        for s in split_sentences(r.answer):
            if statement(s):
                keys.append(sentence_key(s))
                owners.append(i)
    if not keys:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    wanted = np.asarray(keys, dtype=np.uint64)
    at = np.minimum(np.searchsorted(store.keys, wanted), len(store.keys) - 1)
    hit = store.keys[at] == wanted
    log.info("page sentences: %d of %d shipped", int(hit.sum()), len(keys))
    return at[hit].astype(np.int64), np.asarray(owners, dtype=np.int64)[hit]
