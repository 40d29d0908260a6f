"""Key-facts scoring (datasets/keyfacts/): facts stated, misconceptions asserted (negated sentences do
not assert), abstentions, supported sentences, CIs; the set itself is well-formed and split."""

from __future__ import annotations

import json
import re

import pytest

from medassist.cli import main
from medassist.model.faithfulness import ABSTAIN_PREFIX, NOTHING_RELEVANT
from medassist.training.evaluate.keyfacts import (
    KEYFACTS_DIR,
    SERVED,
    asserts_misconception,
    is_abstention,
    load_keyfacts,
    score_answer,
    states_fact,
    summarise,
)

SHINGLES = {"id": "kf-x", "question": "my mom has shingles can my kids catch it from her?",
            "key_fact": [r"chicken ?pox"], "misconception": [r"\b(yes|can|could|will)\b.{0,40}\bcatch (shingles|it)\b"]}


def test_a_right_answer_states_the_fact_and_not_the_misconception():
    right = "You can't catch shingles from someone who has it. A child who never had chickenpox can get chickenpox."
    wrong = "Yes, children can catch shingles from their parents. It spreads by touch."
    assert states_fact(right, SHINGLES["key_fact"]) and not asserts_misconception(right, SHINGLES["misconception"])
    assert not states_fact(wrong, SHINGLES["key_fact"]) and asserts_misconception(wrong, SHINGLES["misconception"])
    assert score_answer(SHINGLES, wrong, None) == {"key_fact": 0.0, "misconception": 1.0, "abstained": 0.0,
                                                   "supported": 0, "judged": 0}


def test_abstentions_are_recognised():
    assert is_abstention(f"{ABSTAIN_PREFIX} \u201cYou can't catch shingles.\u201d [1]")
    assert not is_abstention("Shingles is caused by the chickenpox virus.")
    assert is_abstention(NOTHING_RELEVANT)  # the pages don't cover it: no answer either


def test_summary_has_cis_and_paired_differences_against_the_served_system():
    base = [{"key_fact": 0.0, "misconception": 1.0, "abstained": 0.0, "supported": 0, "judged": 2}] * 10
    served = [{"key_fact": 1.0, "misconception": 0.0, "abstained": 0.0, "supported": 2, "judged": 2}] * 9 + \
        [{"key_fact": 0.0, "misconception": 0.0, "abstained": 1.0, "supported": 0, "judged": 4}]
    out = summarise({"base": base, SERVED: served}, n_resamples=200)
    assert out[SERVED]["key_fact"] == pytest.approx(0.9) and out[SERVED]["abstained"] == pytest.approx(0.1)
    assert out[SERVED]["supported_rate"] == pytest.approx(18 / 22)  # a ratio of sums (a mean of ratios: 0.9)
    lo, hi = out[SERVED]["ci95"]["key_fact"]
    assert lo <= 0.9 <= hi
    diff = out["base"]["vs_served"]["key_fact"]
    assert diff["diff"] == pytest.approx(0.9) and diff["significant"]


def test_the_set_is_large_split_disjoint_and_compiles():
    val, test = load_keyfacts("validation"), load_keyfacts("test")
    assert len(val) + len(test) >= 150 and min(len(val), len(test)) >= 70
    assert not {r["question"] for r in val} & {r["question"] for r in test}
    assert len({r["id"] for r in val + test}) == len(val) + len(test)
    for row in val + test:
        assert row["key_fact"] and all(re.compile(p) for p in row["key_fact"] + row["misconception"])
    assert "CC0" in (KEYFACTS_DIR / "LICENSE").read_text()


def test_the_fresh_round_is_new_and_is_what_its_source_says():
    fresh = load_keyfacts("fresh")
    first = {r["question"] for r in load_keyfacts("validation") + load_keyfacts("test")}
    assert len(fresh) >= 35 and not {r["question"] for r in fresh} & first
    source = [line.split(" | ")[0] for line in (KEYFACTS_DIR / "fresh_source.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert {r["question"] for r in fresh} <= set(source)
    for row in fresh:
        assert row["split"] == "fresh" and row["key_fact"]
        assert all(re.compile(p) for p in row["key_fact"] + row["misconception"])


def test_cli_refuses_unknown_systems_and_the_train_split(tmp_path, capsys):
    assert main(["eval", "--benchmark", "keyfacts", "--systems", "tuned,magic", "--output", str(tmp_path)]) == 2
    assert "magic" in capsys.readouterr().err
    assert main(["eval", "--benchmark", "keyfacts", "--split", "train", "--output", str(tmp_path)]) == 2
    assert main(["eval", "--split", "fresh", "--output", str(tmp_path)]) == 2  # a key-facts set only
    assert "--benchmark keyfacts" in capsys.readouterr().err


def test_rows_hold_the_documented_fields():
    row = load_keyfacts("test")[0]
    assert set(row) == {"id", "question", "key_fact", "misconception", "split"}
    assert json.dumps(row)


def test_a_quotes_citation_is_not_scored_as_a_sentence_of_its_own():
    from support import HashingEmbedder

    from medassist.model.faithfulness import FaithfulnessCheck
    from medassist.model.retrieval import Passage
    from medassist.model.retrieval.evidence import SentenceVectors, select_evidence
    from medassist.training.evaluate.keyfacts import supported_counts

    page = Passage("What is gout?", "Gout is a kind of arthritis. Gout is caused by uric acid crystals.", "u", "g", 0.7)
    vectors = SentenceVectors(HashingEmbedder())
    check = FaithfulnessCheck(select_evidence("what is gout", [page], vectors), vectors.encode, "what is gout")
    # the splitter hands "[1]" and "[2]" to the next piece; a bare citation must not count as unsupported
    answer = "Gout is a kind of arthritis. \u201cGout is caused by uric acid crystals.\u201d [2] \u201cGout is a kind of arthritis.\u201d [1]"
    assert supported_counts(answer, check) == (3, 3)
