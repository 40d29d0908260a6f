import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import torch

from medassist.training.evaluate import pubmedqa

SHARED_PUBMEDQA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "pubmedqa"


class PreferTokenModel(torch.nn.Module):
    """Fake LM: uniform logits except a large bonus on one token id at every position."""

    def __init__(self, vocab: int, favourite: int):
        super().__init__()
        self.vocab, self.favourite = vocab, favourite
        self.device = torch.device("cpu")

    def forward(self, input_ids, attention_mask=None):
        logits = torch.zeros(*input_ids.shape, self.vocab)
        logits[..., self.favourite] = 10.0
        return type("Out", (), {"logits": logits})()


ROWS = [{"id": str(i), "question": f"Does drug {i} work?", "contexts": ["We studied it.", "It helped."],
         "final_decision": d} for i, d in enumerate(["no", "yes", "no", "maybe"])]


def test_option_scoring_picks_the_likeliest_option(tokenizer):
    for option in pubmedqa.OPTIONS:
        fav = tokenizer(option, add_special_tokens=False)["input_ids"][0]
        ll = pubmedqa.option_loglikelihoods(PreferTokenModel(len(tokenizer), fav), tokenizer, ROWS)
        assert ll.shape == (4, 3)
        assert [pubmedqa.OPTIONS[i] for i in ll.argmax(1)] == [option] * 4


def test_option_loglikelihood_is_answer_only_sum(tokenizer):
    # uniform model: each answer token costs log(V); "yes"/"no"/"maybe" are one token + end-of-turn
    V = len(tokenizer)
    ll = pubmedqa.option_loglikelihoods(PreferTokenModel(V, 0), tokenizer, ROWS[:1])
    n_tokens = [len(tokenizer(o, add_special_tokens=False)["input_ids"]) + 1 for o in pubmedqa.OPTIONS]
    expected = [-n * np.log(V - 1 + np.exp(10.0)) for n in n_tokens]
    assert ll[0] == pytest.approx(expected, rel=1e-4)


def test_prompt_holds_abstract_and_question_not_answer(tokenizer):
    ex = pubmedqa.option_examples(tokenizer, ROWS[0] | {"long_answer": "SECRET CONCLUSION"})[0]
    text = tokenizer.decode(ex["input_ids"])
    assert "We studied it." in text and "Does drug 0 work?" in text and "SECRET" not in text


def test_metrics_and_majority_baseline(tokenizer):
    fav = tokenizer("no", add_special_tokens=False)["input_ids"][0]
    m, preds = pubmedqa.evaluate_pubmedqa(PreferTokenModel(len(tokenizer), fav), tokenizer, ROWS,
                                          n_resamples=200)
    assert m["accuracy"] == pytest.approx(0.5)
    # F1: no = 2*2/(4+2) = 2/3; yes = 0; maybe = 0
    assert m["macro_f1"] == pytest.approx((2 / 3) / 3)
    assert m["ci95"]["accuracy"][0] <= 0.5 <= m["ci95"]["accuracy"][1]
    mb = m["majority_baseline"]
    assert mb["class"] == "yes" and mb["share_of_labelled_1000"] == pytest.approx(0.552)
    assert mb["accuracy_on_evaluated"] == pytest.approx(0.25)
    assert "log-likelihood" in m["method"] and len(preds) == 4 and preds[0]["correct"]


def test_shipped_asset_is_the_official_test_split():
    rows = pubmedqa.load_test()
    assert len(rows) == 500 and len({r["id"] for r in rows}) == 500
    assert all(r["final_decision"] in pubmedqa.OPTIONS and r["contexts"] for r in rows)
    assert sum(pubmedqa.labelled_distribution().values()) == 1000
    if SHARED_PUBMEDQA.exists():
        truth = json.loads((SHARED_PUBMEDQA / "test_ground_truth.json").read_text())
        assert {r["id"]: r["final_decision"] for r in rows} == truth
        ori = json.loads((SHARED_PUBMEDQA / "ori_pqal.json").read_text())
        assert pubmedqa.labelled_distribution() == Counter(v["final_decision"] for v in ori.values())


def test_limit_is_a_seeded_sample():
    a, b = pubmedqa.load_test(50, seed=0), pubmedqa.load_test(50, seed=0)
    assert [r["id"] for r in a] == [r["id"] for r in b]
    assert len({r["final_decision"] for r in a}) == 3  # not just the file's all-"yes" head
