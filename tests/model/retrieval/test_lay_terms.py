"""Everyday words are searched as the NIH pages name them; a page's own question searches as it is."""

from __future__ import annotations

import pytest

from medassist.model.retrieval import Retriever
from medassist.model.retrieval.lay_terms import medical_names


@pytest.mark.parametrize(("asked", "searched"), [
    ("can u catch a cold from goin outside with wet hair", "can u catch a common cold from goin outside with wet hair"),
    ("get rid of our cat cos of toxo", "get rid of our cat cos of toxoplasmosis"),
    ("is leakin a bit of pee when i sneeze normal", "is leakin a bit of urine when i sneeze normal"),
    ("is it normal to fart loads", "is it normal to pass gas loads"),
    ("im preggo can i eat brie", "im pregnant can i eat brie"),
    ("how do u get hep c", "how do u get hepatitis c"),
    ("my tummy hurts after chemo", "my stomach hurts after chemotherapy"),
])
def test_everyday_words_are_searched_by_the_pages_names(asked, searched):
    assert medical_names(asked) == searched


@pytest.mark.parametrize("title", ["What is (are) Common Cold ?", "What causes Cold urticaria ?",
                                   "What is (are) Urinary Incontinence ?", "What is (are) Gas ?",
                                   "Who is at risk for Parasites - Toxoplasmosis (Toxoplasma infection)? ?",
                                   "my gran says mumps is just a wee kids illness"])
def test_page_questions_and_other_words_are_left_alone(title):
    assert medical_names(title) == title


def test_the_retriever_searches_with_the_pages_name(records, embedder, tmp_path):
    retriever = Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder)
    assert retriever.spelled("what are piles") == "what are hemorrhoids"
