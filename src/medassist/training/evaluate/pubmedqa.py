"""PubMedQA (PQA-L test split, 500 questions shipped in the package): yes/no/maybe by constrained
choice. The model is not asked to generate; each option is scored as the complete assistant answer
(option text + end-of-turn token) given the abstract and question in the chat prompt, and the option
with the highest summed log-likelihood is the prediction. A small model that would ramble when
generating is thus measured on what it knows, and no answer-parsing heuristics are involved."""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from collections.abc import Sequence

import numpy as np

from medassist.model.chat_format import encode_example
from medassist.paths import PUBMEDQA_TEST, TRAINING_ASSETS_DIR
from medassist.training.evaluate.bootstrap import N_RESAMPLES, SampleStats, bootstrap_ci, mean_stats
from medassist.training.evaluate.likelihood import nll_all

OPTIONS = ("yes", "no", "maybe")
LABELS_FILE = TRAINING_ASSETS_DIR / "pubmedqa_pqal_labels.json.gz"
METHOD = ("constrained choice: for each of 'yes'/'no'/'maybe', the summed log-likelihood of that "
          "option (plus the end-of-turn token) as the whole assistant answer, given the system prompt, "
          "the abstract (all context sections) and the question in the model's chat template; the "
          "highest-scoring option is the prediction (no generation, no answer parsing)")


def load_test(limit: int | None = None, seed: int = 0) -> list[dict]:
    """The 500 PQA-L test questions in the official test_ground_truth.json order; with `limit`, a
    seeded sample kept in that order (the file is not shuffled: its first 20 are all "yes")."""
    with gzip.open(PUBMEDQA_TEST, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if not limit or limit >= len(rows):
        return rows
    return [rows[i] for i in sorted(random.Random(seed).sample(range(len(rows)), limit))]


def labelled_distribution() -> Counter:
    """final_decision counts over all 1,000 expert-labelled PQA-L questions."""
    with gzip.open(LABELS_FILE, "rt", encoding="utf-8") as f:
        return Counter(json.load(f)["final_decision"].values())


def user_message(row: dict) -> str:
    abstract = "\n".join(row["contexts"])
    return (f"Abstract:\n{abstract}\n\nQuestion: {row['question']}\n\n"
            "Answer with one word: yes, no or maybe.")


def option_examples(tokenizer, row: dict, max_length: int | None = None) -> list[dict]:
    return [encode_example(tokenizer, user_message(row), opt, max_length=max_length) for opt in OPTIONS]


def option_loglikelihoods(model, tokenizer, rows: Sequence[dict], batch_size: int = 12) -> np.ndarray:
    """(n, 3) summed log-likelihood of each option as the answer."""
    examples = [ex for row in rows for ex in option_examples(tokenizer, row)]
    nlls = nll_all(model, tokenizer, examples, batch_size=batch_size)
    return -np.array([nll for nll, _ in nlls], dtype=np.float64).reshape(len(rows), len(OPTIONS))


def macro_f1_stats(gold: Sequence[str], pred: Sequence[str]) -> SampleStats:
    """Per-sample [tp, predicted, gold] for each class; summed, they give macro-F1 over all 3 classes."""
    cols = []
    for g, p in zip(gold, pred, strict=True):
        row = []
        for c in OPTIONS:
            row += [float(g == c and p == c), float(p == c), float(g == c)]
        cols.append(row)

    def agg(s: np.ndarray, n: int) -> float:
        f1s = []
        for i in range(len(OPTIONS)):
            tp, npred, ngold = s[3 * i:3 * i + 3]
            f1s.append(2 * tp / (npred + ngold) if npred + ngold else 0.0)
        return float(np.mean(f1s))

    return SampleStats(np.array(cols), agg)


def classification_scores(gold: Sequence[str], pred: Sequence[str], n_resamples: int = N_RESAMPLES,
                          seed: int = 0) -> dict:
    acc = mean_stats([float(g == p) for g, p in zip(gold, pred, strict=True)])
    f1 = macro_f1_stats(gold, pred)
    return {"accuracy": acc.score(), "macro_f1": f1.score(),
            "ci95": {"accuracy": list(bootstrap_ci(acc, n_resamples, seed)),
                     "macro_f1": list(bootstrap_ci(f1, n_resamples, seed))}}


def evaluate_pubmedqa(model, tokenizer, rows: Sequence[dict], batch_size: int = 12,
                      n_resamples: int = N_RESAMPLES, seed: int = 0) -> tuple[dict, list[dict]]:
    ll = option_loglikelihoods(model, tokenizer, rows, batch_size=batch_size)
    pred = [OPTIONS[i] for i in ll.argmax(axis=1)]
    gold = [r["final_decision"] for r in rows]
    metrics = {"benchmark": "pubmedqa", "split": "pqa-l test (test_ground_truth.json)", "n": len(rows),
               "method": METHOD} | classification_scores(gold, pred, n_resamples, seed)
    dist = labelled_distribution()
    majority, count = dist.most_common(1)[0]
    always = [majority] * len(rows)
    metrics["majority_baseline"] = {
        "class": majority,
        "share_of_labelled_1000": count / sum(dist.values()),
        "labelled_distribution": dict(dist),
        "accuracy_on_evaluated": float(np.mean([g == majority for g in gold])),
        "macro_f1_on_evaluated": macro_f1_stats(gold, always).score(),
    }
    metrics["prediction_distribution"] = dict(Counter(pred))
    predictions = [{"id": r["id"], "question": r["question"], "gold": g, "pred": p,
                    "loglik": dict(zip(OPTIONS, map(float, lls), strict=True)), "correct": g == p}
                   for r, g, p, lls in zip(rows, gold, pred, ll, strict=True)]
    return metrics, predictions
