"""A condition's overview page joins its narrower pages (retrieval/overview.py): a myth about what a condition is
found the condition's risk, prevention and diagnosis pages, and the page saying what it is never gave evidence."""

from __future__ import annotations

from medassist.model.records import QARecord
from medassist.model.retrieval import Retriever
from medassist.model.retrieval.overview import Overviews, narrow_condition, overview_condition

SPUR = [
    ("Who is at risk for Heel Spur Syndrome? ?", "Runners and people who stand on hard floors all day are at risk for "
     "heel spur syndrome, and heel spur syndrome risk grows with age.", "https://example.org/spur-risk"),
    ("How to prevent Heel Spur Syndrome ?", "Shoes with a firm heel and stretching the calf help prevent heel spur "
     "syndrome.", "https://example.org/spur-prevent"),
    ("How to diagnose Heel Spur Syndrome ?", "An x-ray of the foot shows a heel spur.", "https://example.org/spur-xray"),
    ("What is (are) Heel Spur Syndrome ?", "Heel spur syndrome is a bony growth under the heel bone; most of the time it "
     "causes no pain at all.", "https://example.org/spur-overview"),
    ("What is (are) Wrist Ganglion ?", "A wrist ganglion is a lump filled with jelly.", "https://example.org/ganglion"),
]
QUESTION = "who is at risk for heel spur syndrome and how to prevent and diagnose heel spur syndrome"


def test_template_titles_name_their_condition():
    assert narrow_condition("Who is at risk for Heel Spur Syndrome? ?") == "heel spur syndrome"
    assert narrow_condition("Is  familial wrist ganglion inherited ?") == "familial wrist ganglion"
    assert narrow_condition("What is (are) Heel Spur Syndrome ?") is None
    assert overview_condition("What is (are) Heel Spur Syndrome ?") == "heel spur syndrome"
    assert overview_condition("Do you have information about Heel Spurs") == "heel spurs"


def test_the_overview_is_missing_only_after_a_narrower_best_page_without_it():
    overviews = Overviews([q for q, _, _ in SPUR])
    assert overviews.missing([SPUR[0][0], SPUR[1][0]]) == [3]
    assert overviews.missing([SPUR[0][0], SPUR[3][0]]) == []  # found already
    assert overviews.missing([SPUR[3][0], SPUR[0][0]]) == []  # the best page is the overview
    assert overviews.missing(["What causes Wrist Ganglion ?"]) == [4]
    assert overviews.missing(["Some page with no template"]) == []


def test_search_adds_the_overview_after_the_best_page(tmp_path, embedder):
    records = [QARecord(q, a, src, f"s{i}") for i, (q, a, src) in enumerate(SPUR)]
    retriever = Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder)
    plain = retriever.search(QUESTION, k=3)
    assert "What is (are) Heel Spur Syndrome ?" not in [p.question for p in plain]
    found = retriever.search(QUESTION, k=3, overview=True)
    assert [p.question for p in found] == [plain[0].question, "What is (are) Heel Spur Syndrome ?",
                                          *[p.question for p in plain[1:]]]
    assert retriever.search(QUESTION, k=3, exclude=lambda r: r.source.endswith("overview"), overview=True) == \
        retriever.search(QUESTION, k=3, exclude=lambda r: r.source.endswith("overview"))  # excluded stays out


def test_the_served_assistant_grounds_on_the_overview_too(tmp_path, embedder, runtime, monkeypatch):
    from medassist.model.assistant import Assistant

    records = [QARecord(q, a, src, f"s{i}") for i, (q, a, src) in enumerate(SPUR)]
    assistant = Assistant(runtime, Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder), top_k=3)
    monkeypatch.setattr(assistant.runtime, "stream", lambda *a, **k: None)  # generation is not under test
    turn = assistant.answer(QUESTION)
    assert "What is (are) Heel Spur Syndrome ?" in [p.question for p in turn.passages]
    whole = Assistant(runtime, assistant.retriever, top_k=3, evidence=False)  # whole passages: the top_k only
    assert len(whole.answer(QUESTION).passages) == 3


def test_no_overview_for_a_condition_the_question_does_not_name():
    overviews = Overviews([q for q, _, _ in SPUR])
    assert overviews.missing([SPUR[0][0]], "how much of my sleeping tablets is too many") == []
    assert overviews.missing([SPUR[0][0]], "my heel hurts, is a heel spur serious") == [3]
