"""Follow-ups keep the topic: retrieval for "Is it hereditary?" after "What causes gout?" finds gout."""

from __future__ import annotations

import pytest

from medassist.model.records import QARecord
from medassist.model.retrieval import Retriever
from medassist.model.retrieval.followup import is_followup, retrieval_query, topic_question, user_messages

# A page about heredity that a follow-up read alone lands on (the bug in issue 22).
SPHEROCYTOSIS = ("Is hereditary spherocytosis inherited?",
                 "Hereditary spherocytosis is inherited in an autosomal dominant pattern.",
                 "https://ghr.nlm.nih.gov/hs")
GOUT_HEREDITY = ("What causes gout? Is it hereditary?", "Gout can run in families.",
                 "https://niams.nih.gov/gout-genes")


@pytest.mark.parametrize("message", ["Is it hereditary?", "what about in children?", "how is it treated?",
                                     "And the treatment?", "in kids?", "Can my kids catch it from her"])
def test_follow_ups_are_recognised(message):
    assert is_followup(message)


@pytest.mark.parametrize("message", ["What causes gout?", "What is asthma?", "How is glaucoma treated?",
                                     "What are the symptoms of kidney stones?"])
def test_self_contained_questions_are_not_follow_ups(message):
    assert not is_followup(message)


def test_query_carries_the_last_self_contained_question():
    assert retrieval_query("Is it hereditary?", ["What causes gout?"]) == "What causes gout? Is it hereditary?"
    # a chain of follow-ups keeps the question that opened it
    assert topic_question(["What is asthma?", "What causes gout?", "Is it hereditary?"]) == "What causes gout?"
    assert retrieval_query("How is it treated?", ["What causes gout?", "Is it hereditary?"]) == \
        "What causes gout? How is it treated?"
    # a new topic is searched alone; no conversation: the message alone
    assert retrieval_query("What is asthma?", ["What causes gout?"]) == "What is asthma?"
    assert retrieval_query("Is it hereditary?") == "Is it hereditary?"


def test_user_messages_from_history():
    history = [{"role": "user", "content": "What causes gout?"}, {"role": "assistant", "content": "Uric acid."},
               {"role": "system", "content": "x"}, {"role": "user", "content": None}]
    assert user_messages(history) == ["What causes gout?"]


def test_assistant_retrieves_the_conversations_topic(tmp_path, embedder, records, runtime):
    """Through Assistant.answer, with history as a front end sends it: gout sources, not spherocytosis."""
    from medassist.model.assistant import Assistant
    from medassist.model.decoding import GenerationSettings

    pool = records + [QARecord(q, a, s, f"x{i}") for i, (q, a, s) in enumerate([SPHEROCYTOSIS, GOUT_HEREDITY])]
    retriever = Retriever.from_records(pool, cache_dir=tmp_path, embedder=embedder)
    assert retriever.search("Is it hereditary?", k=1)[0].source == SPHEROCYTOSIS[2]  # alone: the wrong page
    # the faithfulness check off: this tiny model's 4 random tokens are never supported, and an answer that quotes
    # nothing shows no sources (issue 22, round 6); what is tested is which pages the person is shown
    assistant = Assistant(runtime, retriever, top_k=1, check=False)
    history = [{"role": "user", "content": "What causes gout?"}, {"role": "assistant", "content": "Uric acid."}]
    turn = assistant.answer("Is it hereditary?", history, GenerationSettings(max_new_tokens=4))
    assert [p.source for p in turn.passages][0] == GOUT_HEREDITY[2]
    text = turn.text()
    assert "gout" in text.lower() and SPHEROCYTOSIS[2] not in text


@pytest.fixture(scope="module")
def shipped_retriever():
    return Retriever.load_default()


@pytest.mark.slow
@pytest.mark.parametrize("first, follow_up, topic", [
    ("What causes gout?", "Is it hereditary?", "gout"),
    ("How is asthma treated?", "what about in children?", "asthma"),
    ("What is shingles?", "How is it treated?", "shingles"),
])
def test_real_index_keeps_the_topic(first, follow_up, topic, shipped_retriever):
    """The shipped MedQuAD index and MiniLM: the follow-up's first source and most of the others are
    about the conversation's topic (read alone, "Is it hereditary?" found hereditary spherocytosis)."""
    passages = shipped_retriever.search(retrieval_query(follow_up, [first]), k=3)
    on_topic = [topic in p.question.lower() for p in passages]
    assert on_topic[0] and sum(on_topic) >= 2, [p.question for p in passages]
    alone = shipped_retriever.search(follow_up, k=3)
    assert sum(topic in p.question.lower() for p in alone) < sum(on_topic)
