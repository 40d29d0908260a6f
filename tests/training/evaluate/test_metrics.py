import math

import numpy as np
import pytest

from medassist.training.evaluate.metrics import (
    corpus_bleu,
    cosine_pairs,
    is_degenerate,
    is_empty,
    repeated_ngram_ratio,
    rouge_f1,
    score_stats,
    semantic_similarity,
    text_scores,
)


def test_bleu_hand_computed():
    assert corpus_bleu(["a b c d e"], ["a b c d e"]) == pytest.approx(100.0)
    # every n-gram precision is 1; only the brevity penalty exp(1 - 5/4) applies
    assert corpus_bleu(["a b c d"], ["a b c d e"]) == pytest.approx(100 * math.exp(-0.25), abs=1e-2)
    assert corpus_bleu(["x y z w"], ["a b c d"]) == pytest.approx(0.0)


def test_corpus_bleu_from_per_sample_counts_is_corpus_level_not_mean():
    hyps = ["the cat sat on the mat today", "a dog", "blood sugar is too high in diabetes"]
    refs = ["the cat sat on a mat today", "a dog barked loudly", "in diabetes blood sugar is too high"]
    rows = text_scores(hyps, refs, embed=None)
    stats = score_stats(rows)["bleu"]
    assert stats.score() == pytest.approx(corpus_bleu(hyps, refs))
    assert stats.score() != pytest.approx(np.mean([r["sentence_bleu"] for r in rows]))


def test_rouge_hand_computed():
    r = rouge_f1(["the cat"], ["the cat sat"])
    assert r["rouge1"][0] == pytest.approx(0.8)  # P 2/2, R 2/3
    assert r["rouge2"][0] == pytest.approx(2 / 3)  # P 1/1, R 1/2
    assert r["rougeL"][0] == pytest.approx(0.8)
    # stemmer on: "treated"/"treating" match
    assert rouge_f1(["hypertension treated"], ["hypertension treating"])["rouge1"][0] == pytest.approx(1.0)


def test_semantic_similarity_is_cosine():
    table = {"a": [1.0, 0.0], "b": [1.0, 1.0], "c": [0.0, 2.0]}

    def embed(texts):
        return np.array([table[t] for t in texts])

    sims = semantic_similarity(["a", "b", "a"], ["b", "c", "c"], embed)
    assert sims == pytest.approx([1 / math.sqrt(2), 1 / math.sqrt(2), 0.0])
    assert cosine_pairs(np.zeros((1, 2)), np.ones((1, 2)))[0] == 0.0  # empty vector: 0, not nan


def test_real_embedder_orders_related_above_unrelated():
    from medassist.training.evaluate.metrics import default_embedder

    embed = default_embedder()
    s = semantic_similarity(["High blood sugar causes thirst.", "High blood sugar causes thirst."],
                            ["Diabetes makes people thirsty because glucose is high.",
                             "The train leaves the station at noon."], embed)
    assert s[0] > s[1] + 0.3


def test_degenerate_detection():
    loop = "Aspirin can cause stomach upset. " * 4
    assert repeated_ngram_ratio("the the the the the the the the the the the the") == pytest.approx(8 / 9)
    assert is_degenerate(loop)
    assert is_degenerate("the " * 30)
    fluent = ("High blood pressure is treated with lifestyle changes such as losing weight, eating less "
              "salt and exercising, and with medicines such as diuretics, ACE inhibitors and calcium "
              "channel blockers that lower blood pressure and the risk of stroke.")
    assert repeated_ngram_ratio(fluent) < 0.1 and not is_degenerate(fluent)
    assert not is_degenerate("no no no no")  # too short to call a loop
    assert is_empty("") and is_empty("  \n ...") and not is_empty("Yes.")


def test_score_rows_carry_rates():
    rows = text_scores(["", "word " * 20, "Fine answer here."], ["a b", "c d", "Fine answer here."], None)
    s = score_stats(rows)
    assert s["empty_rate"].score() == pytest.approx(1 / 3)
    assert s["degenerate_rate"].score() == pytest.approx(1 / 3)
    assert s["mean_answer_words"].score() == pytest.approx((0 + 20 + 3) / 3)
    assert "semantic_similarity" not in s  # no embedder: not reported rather than faked
    # answers and references are both checked for ending mid-sentence ("" is empty, not mid-sentence)
    assert s["mid_sentence_rate"].score() == pytest.approx(1 / 3)
    assert s["reference_mid_sentence_rate"].score() == pytest.approx(2 / 3)
