"""A page found by one of its own sentences (retrieval/page_sentences.py): the search embeds each page's opening, so a
page whose everyday words come later ("pins and needles" on the paresthesia page) was not found for a question using
them."""

from __future__ import annotations

import numpy as np
import pytest
from support import HashingEmbedder

from medassist.model.records import QARecord
from medassist.model.retrieval import Retriever
from medassist.model.retrieval.evidence import split_sentences
from medassist.model.retrieval.page_sentences import PageSentences, statement
from medassist.model.retrieval.sentence_store import SentenceStore, quantize, sentence_key

PAGES = [
    ("What is (are) Poor Leg Circulation ?", "Poor leg circulation means too little blood reaches the legs and feet. "
     "Cold legs and feet, and cramps when walking, are common signs. Smoking makes leg circulation worse.",
     "https://example.org/circulation"),
    ("What is (are) Formication ?", "Formication is a skin sensation with no cause on the skin. The sensation comes "
     "and goes without warning, and most people have had it at some time. Doctors ask how long it lasts, where on the "
     "body it is felt and what brings it on. Legs that go all fizzy and prickly when you kneel a long while is the "
     "common kind.", "https://example.org/formication"),
    ("What is (are) Chilblains ?", "Chilblains are small itchy swellings after cold. They heal in a week or two.",
     "https://example.org/chilblains"),
]
QUESTION = "my legs go all fizzy and prickly when i kneel a long while, my nan says its blood stopping"


@pytest.fixture
def store(monkeypatch):
    """The pages' sentences embedded by the test embedder and shipped as the package ships MedQuAD's."""
    embedder = HashingEmbedder()
    texts = sorted({s for _, a, _ in PAGES for s in split_sentences(a)}, key=sentence_key)
    vectors, scale = quantize(embedder.encode(texts))
    shipped = SentenceStore(np.array([sentence_key(t) for t in texts], dtype=np.uint64), vectors, scale,
                            embedder.name)
    monkeypatch.setattr("medassist.model.retrieval.sentence_store.shipped_store",
                        lambda model: shipped if model == embedder.name else None)
    return shipped


def test_a_statement_ends_as_a_sentence_does():
    assert statement("Chilblains heal in a week or two.")
    assert not statement("What are the signs of chilblains?")
    assert not statement("The signs of chilblains include")


def test_the_page_of_the_closest_sentence_joins_the_pages_found(tmp_path, store):
    records = [QARecord(q, a, src, f"p{i}") for i, (q, a, src) in enumerate(PAGES)]
    retriever = Retriever.from_records(records, cache_dir=tmp_path, embedder=HashingEmbedder())
    plain = retriever.search(QUESTION, k=1)
    assert [p.question for p in plain] == ["What is (are) Poor Leg Circulation ?"]  # found by its opening
    found = retriever.search(QUESTION, k=1, sentences=True)
    assert [p.question for p in found] == [plain[0].question, "What is (are) Formication ?"]
    assert list(tmp_path.glob("*.sentences.npz"))  # which store row is whose, kept for the next start
    again = Retriever.from_records(records, cache_dir=tmp_path, embedder=HashingEmbedder())
    assert [p.question for p in again.search(QUESTION, k=1, sentences=True)] == [p.question for p in found]
    # the page found already is not added twice
    assert [p.question for p in retriever.search(QUESTION, k=2, sentences=True)] == \
        [p.question for p in retriever.search(QUESTION, k=2)]


def test_no_page_off_the_topic_a_title_names(tmp_path, store):
    records = [QARecord(q, a, src, f"p{i}") for i, (q, a, src) in enumerate(PAGES)]
    retriever = Retriever.from_records(records, cache_dir=tmp_path, embedder=HashingEmbedder())
    # a title names chilblains: the page of the closest sentence, named by no title, stays out
    named = "are my chilblains small itchy swellings, they go all fizzy and prickly when i kneel a long while"
    found = retriever.search(named, k=1, sentences=True)
    assert [p.question for p in found] == ["What is (are) Chilblains ?"]


def test_without_a_store_nothing_is_added(tmp_path, monkeypatch):
    monkeypatch.setattr("medassist.model.retrieval.sentence_store.shipped_store", lambda model: None)
    records = [QARecord(q, a, src, f"p{i}") for i, (q, a, src) in enumerate(PAGES)]
    retriever = Retriever.from_records(records, cache_dir=tmp_path, embedder=HashingEmbedder())
    assert retriever.search(QUESTION, k=1, sentences=True) == retriever.search(QUESTION, k=1)
    assert PageSentences.build(records, HashingEmbedder.name) is None
