"""The key-facts rounds written as 25 plain and 25 myth questions (datasets/keyfacts/fresh7.jsonl ... fresh16.jsonl, the
eighth to seventeenth rounds, each written before its round's changes), one set of checks for every round: its shape, that
it shares no question with the splits before it, that the build keeps it off every earlier split's first page, that it
is what its source says, that each question's page sentence is quoted word for word from the shipped MedQuAD page it
names, and that every pattern separates that page sentence and the fact in other words (right answers) from a wrong one
(asserting the myth, where the question has misconception patterns), and catches the myth asserted, not denied. Each
round's answers live in keyfacts_answers_<split>.py; a new round adds that module and its split to ROUNDS."""

from __future__ import annotations

import importlib

import pytest
from keyfacts_round_checks import (
    builder,
    check_medquad_eval_refuses,
    check_quotes_from_pages,
    check_separates,
    check_shape,
    check_source_in_order,
    check_table_keys,
    entry_for,
    quoted_pages,
)

from medassist.training.evaluate.keyfacts import asserts_misconception, load_keyfacts

ROUNDS = ("fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16")


def answers(split: str):
    """The round's test answers (keyfacts_answers_<split>.py)."""
    return importlib.import_module(f"keyfacts_answers_{split}")


def _rows(*, myth_only: bool = False) -> list:
    return [pytest.param(split, row, id=row["id"]) for split in ROUNDS for row in load_keyfacts(split)
            if row["misconception"] or not myth_only]


@pytest.mark.parametrize("split", ROUNDS)
def test_each_round_has_its_shape_and_repeats_no_earlier_question(split):
    check_shape(split, answers(split).PREFIX, answers(split).EARLIER, myth_required=False)
    assert len(load_keyfacts(split)) == 50


@pytest.mark.parametrize("split", ROUNDS)
def test_each_round_mixes_25_plain_and_25_myth_questions(split):
    """The plain questions have no misconception pattern; the myth ones have at least one."""
    rows = load_keyfacts(split)
    plain = [r["id"] for r in rows if not r["misconception"]]
    assert len(plain) == 25 and len(rows) - len(plain) == 25


@pytest.mark.parametrize("split", ROUNDS)
def test_each_round_is_its_source_in_order_and_builds_after_all_earlier_splits(split):
    assert builder().ROUNDS[split] == (f"{split}_source.txt", answers(split).PREFIX, answers(split).EARLIER)
    assert split in builder().DISJOINT_PAGES  # refused on an earlier split's first page
    check_source_in_order(split)


@pytest.mark.parametrize("split", ROUNDS)
def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page(split):
    check_quotes_from_pages(split, f"{split}_source.txt")


@pytest.mark.parametrize(("split", "row"), _rows())
def test_each_pattern_separates_the_page_sentence_from_a_wrong_answer(split, row):
    _, right = quoted_pages(f"{split}_source.txt")[row["question"]]
    check_separates(row, right, entry_for(answers(split).WRONG, row["question"]))


@pytest.mark.parametrize("split", ROUNDS)
def test_every_wrong_answer_belongs_to_one_question(split):
    check_table_keys(split, answers(split).WRONG)
    assert len(answers(split).WRONG) == len(load_keyfacts(split))


@pytest.mark.parametrize("split", ROUNDS)
def test_the_medquad_eval_refuses_each_round(split, tmp_path, capsys):
    check_medquad_eval_refuses(split, tmp_path, capsys)


@pytest.mark.parametrize(("split", "row"), _rows())
def test_each_key_fact_accepts_the_fact_in_other_words_without_a_myth(split, row):
    """Not only the page's own wording: the fact as another right answer would say it."""
    table = answers(split)
    check_separates(row, entry_for(table.OTHER_WORDS, row["question"]), entry_for(table.WRONG, row["question"]))
    check_table_keys(split, table.OTHER_WORDS)


@pytest.mark.parametrize(("split", "row"), _rows(myth_only=True))
def test_each_myth_pattern_catches_the_myth_asserted_not_the_myth_denied(split, row):
    asserted, denied = entry_for(answers(split).MYTH, row["question"])
    assert asserts_misconception(asserted, row["misconception"])
    assert not asserts_misconception(denied, row["misconception"])


@pytest.mark.parametrize("split", ROUNDS)
def test_every_myth_question_has_its_asserted_and_denied_myth(split):
    check_table_keys(split, answers(split).MYTH)
    assert len(answers(split).MYTH) == sum(bool(r["misconception"]) for r in load_keyfacts(split))
