"""Evidence sentences: the relevant, non-redundant sentences of the top passages, numbered, cited."""

from __future__ import annotations

import numpy as np

from medassist.model.retrieval import Passage
from medassist.model.retrieval.evidence import (
    SentenceVectors,
    cited_numbers,
    format_evidence,
    format_evidence_sources,
    mmr,
    select_evidence,
    split_sentences,
)

GOUT = Passage("What causes gout?", "Gout is caused by uric acid crystals in a joint. Uric acid crystals in a joint "
               "cause gout attacks. Diet with red meat raises uric acid. (Watch the video to learn more about gout.) "
               "The clinic is open on weekdays.", "https://niams.nih.gov/gout", "g", 0.8)
DIABETES = Passage("What is diabetes?", "Diabetes means blood sugar is too high. Insulin lowers blood sugar.",
                   "https://niddk.nih.gov/diabetes", "d", 0.5)


def test_split_sentences_drops_fragments_and_page_furniture():
    assert split_sentences("Key Points\n- Gout is a kind of arthritis.\n- Rest.\nWatch the video to learn more "
                           "about gout. It hurts a lot.") == ["Gout is a kind of arthritis.", "It hurts a lot."]


def test_mmr_prefers_a_new_point_over_a_near_duplicate():
    q = np.array([1.0, 0.0, 0.0])
    cands = np.array([[0.9, 0.43, 0.0], [0.9, 0.43, 0.01], [0.7, 0.0, 0.71]])
    cands /= np.linalg.norm(cands, axis=1, keepdims=True)
    assert mmr(q, cands, 2, lam=1.0) == [0, 1]  # relevance alone: the duplicate
    assert mmr(q, cands, 2, lam=0.5) == [0, 2]  # with diversity: the other sentence


def test_select_evidence_picks_relevant_sentences_and_numbers_them(embedder):
    ev = select_evidence("What causes gout attacks?", [GOUT, DIABETES], SentenceVectors(embedder), n=2, topic=False)
    assert len(ev.sentences) == 2 and all(s.passage == 0 for s in ev.sentences)
    assert not any("video" in s.text for s in ev.pool)
    text = format_evidence(ev)
    assert text.splitlines()[0].startswith("[1] What causes gout? — ") and "[2] What causes gout? — " in text
    assert "Insulin" not in text and len(ev.pool) == 6


def test_sources_list_the_cited_pages_with_their_evidence_numbers(embedder):
    ev = select_evidence("uric acid gout insulin blood sugar", [GOUT, DIABETES], SentenceVectors(embedder), n=3, topic=False)
    pages = {s.passage for s in ev.sentences}
    assert pages == {0, 1}
    everything = format_evidence_sources(ev)
    assert "(https://niams.nih.gov/gout)" in everything and "(https://niddk.nih.gov/diabetes)" in everything
    diabetes_numbers = [k for k, s in enumerate(ev.sentences, 1) if s.passage == 1]
    only = format_evidence_sources(ev, cited={diabetes_numbers[0]})
    assert "niddk" in only and "niams" not in only
    assert f"- [{', '.join(map(str, diabetes_numbers))}] [What is diabetes?]" in only


def test_cited_numbers_are_within_the_evidence():
    assert cited_numbers("Gout is arthritis [1]. Diet matters [3][9].", 4) == {1, 3}


def test_sentence_vectors_embed_each_text_once(embedder):
    sv = SentenceVectors(embedder)
    a = sv.encode(["one two three", "four five six"])
    b = sv.encode(["four five six", "one two three"])
    assert np.allclose(a[0], b[1]) and embedder.embedded == 2


def test_embedding_calls_never_overlap(embedder):
    """MiniLM's fast tokenizer refuses concurrent use: evidence for parallel questions takes turns."""
    import threading
    import time

    active, overlaps = [0], []

    class Exclusive:
        name = embedder.name

        def encode(self, texts):
            active[0] += 1
            overlaps.append(active[0] > 1)
            time.sleep(0.002)
            active[0] -= 1
            return embedder.encode(texts)

    sv = SentenceVectors(Exclusive())
    threads = [threading.Thread(target=select_evidence, args=(f"gout question {i}", [GOUT, DIABETES], sv))
               for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert overlaps and not any(overlaps)
