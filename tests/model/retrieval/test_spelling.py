"""Spelling for retrieval: a misspelt condition finds its own pages; ordinary words are left alone."""

from __future__ import annotations

from collections import Counter

from medassist.model.retrieval import Retriever
from medassist.model.retrieval.spelling import Speller, edit_distance


def test_edit_distance_counts_a_swap_of_two_letters_as_one_edit():
    assert edit_distance("siezure", "seizure") == 1
    assert edit_distance("glacoma", "glaucoma") == 1
    assert edit_distance("cholestrol", "cholesterol") == 1
    assert edit_distance("gout", "gout") == 0


def test_unknown_words_become_the_closest_and_most_frequent_corpus_word():
    speller = Speller(Counter({"diabetes": 900, "diabetics": 3, "osteoporosis": 400, "osteopetrosis": 60,
                               "glaucoma": 300, "arthritis": 200}), english={"cracking", "knuckles"})
    assert speller.correct("type 2 diabetis") == "type 2 diabetes"  # one edit from both: the frequent one
    assert speller.correct("what is osteoperosis?") == "what is osteoporosis?"
    assert speller.correct("does cracking your knuckles cause arthritus") == \
        "does cracking your knuckles cause arthritis"  # English words stay
    assert speller.correct("what is glkxzma") == "what is glkxzma"  # too far from anything: unchanged
    assert speller.correct("tummy ache") == "tummy ache"


def test_the_served_question_searches_with_its_spelling_corrected(records, embedder, tmp_path):
    retriever = Retriever.from_records(records[::-1], cache_dir=tmp_path, embedder=embedder)  # glaucoma last
    assert retriever.spelled("glacoma in adults") == "glaucoma in adults"
    assert retriever.search(retriever.spelled("glacoma in adults"), k=1)[0].question == "What is glaucoma?"
    assert retriever.search("glacoma in adults", k=1)[0].question != "What is glaucoma?"  # why it matters


def test_the_assistant_grounds_a_misspelt_question_in_the_right_page(records, embedder, tmp_path, runtime,
                                                                     monkeypatch):
    from medassist.model.assistant import Assistant

    retriever = Retriever.from_records(records[::-1], cache_dir=tmp_path, embedder=embedder)  # glaucoma last
    assistant = Assistant(runtime, retriever, top_k=1)
    monkeypatch.setattr(assistant.runtime, "stream", lambda *a, **k: None)  # generation is not under test
    turn = assistant.answer("glacoma in adults")
    assert [p.question for p in turn.passages] == ["What is glaucoma?"]
    assert "https://nei.nih.gov/glaucoma" in turn.sources
