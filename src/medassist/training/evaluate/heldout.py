"""Held-out QA evaluation: generate from the prompt alone, score the generated text against the
reference, and measure answer-only loss/perplexity — one recipe over small parts."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from medassist.errors import MedAssistError
from medassist.model.chat_format import build_messages, encode_example, render_prompt
from medassist.model.decoding import GenerationSettings
from medassist.model.records import QARecord
from medassist.training.data.leakage import question_hash, training_hashes
from medassist.training.evaluate.bootstrap import N_RESAMPLES, bootstrap_ci
from medassist.training.evaluate.generate import DEFAULT_BATCH_SIZE, generate_all
from medassist.training.evaluate.likelihood import nll_all
from medassist.training.evaluate.metrics import Embedder, score_stats, text_scores

LOSS_MAX_LENGTH = 2048  # longer examples are truncated for the loss (their answer tail is not scored)
RETRIEVAL_K = 3


def select(records: Sequence[QARecord], limit: int | None, seed: int) -> list[QARecord]:
    """`limit` records drawn by a seeded sample (kept in file order), so base and tuned runs with the
    same --limit/--seed see the same questions, and a small limit is not biased toward the file head."""
    if limit is None or limit >= len(records):
        return list(records)
    if limit < 1:
        raise MedAssistError(f"--limit must be >= 1 (got {limit})")
    keep = sorted(random.Random(seed).sample(range(len(records)), limit))
    return [records[i] for i in keep]


def check_leakage(adapter_dir: str | Path | None, questions: Sequence[str]) -> None:
    """Refuse to score questions the adapter was trained on."""
    trained = training_hashes(adapter_dir)
    overlap = [q for q in questions if question_hash(q) in trained]
    if overlap:
        raise MedAssistError(
            f"{len(overlap)} of {len(questions)} evaluated questions were in the training data of "
            f"adapter {adapter_dir} (e.g. {overlap[0]!r}); scores on them would not be held-out. "
            "Evaluate on a split the adapter was not trained on.")


def build_retriever(train_records: Sequence[QARecord], evaluated: Sequence[QARecord]):
    """A retrieval index over the training split only, minus any question that is also evaluated
    (disjoint by construction in prepared data; re-checked because a custom data dir may not be)."""
    from medassist.model.retrieval import Retriever

    evaluated_hashes = {question_hash(r.question) for r in evaluated}
    pool = [r for r in train_records if question_hash(r.question) not in evaluated_hashes]
    if not pool:
        raise MedAssistError("--retrieval: the training split is empty; nothing to retrieve from")
    return Retriever.from_records(pool, cache_dir=None)


def make_prompts(tokenizer, questions: Sequence[str], retriever=None, k: int = RETRIEVAL_K) -> list[str]:
    """The exact text given to the model: system prompt + question (+ retrieved passages). Never the
    reference answer."""
    if retriever is None:
        return [render_prompt(tokenizer, build_messages(q)) for q in questions]
    from medassist.model.retrieval import format_context

    return [render_prompt(tokenizer, build_messages(q, context=format_context(retriever.search(q, k=k))))
            for q in questions]


@dataclass
class HeldoutResult:
    metrics: dict
    predictions: list[dict]


def summarise(rows: Sequence[dict], n_resamples: int = N_RESAMPLES, seed: int = 0) -> dict:
    """Corpus scores and their 95% percentile-bootstrap CIs from per-sample rows."""
    stats = score_stats(rows)
    out: dict = {"n": len(rows)}
    ci: dict[str, list[float]] = {}
    for name, s in stats.items():
        out[name] = s.score()
        ci[name] = list(bootstrap_ci(s, n_resamples=n_resamples, seed=seed))
    if "loss" in stats:
        out["perplexity"] = math.exp(out["loss"])
        ci["perplexity"] = [math.exp(x) for x in ci["loss"]]
    out["ci95"] = ci
    return out


def evaluate_heldout(model, tokenizer, records: Sequence[QARecord], settings: GenerationSettings, *,
                     embed: Embedder | None, retriever=None, retrieval_k: int = RETRIEVAL_K,
                     loss_max_length: int = LOSS_MAX_LENGTH, batch_size: int = DEFAULT_BATCH_SIZE,
                     n_resamples: int = N_RESAMPLES, seed: int = 0, progress: bool = False,
                     answers: Sequence[str] | None = None) -> HeldoutResult:
    """`answers`, when given, are scored instead of generating from the prompt (the served pipeline's
    answers, `evaluate/served.py`); the loss is measured the same way either way."""
    questions = [r.question for r in records]
    refs = [r.answer for r in records]
    timings = {}
    t = time.perf_counter()
    if answers is None:
        prompts = make_prompts(tokenizer, questions, retriever, k=retrieval_k)
        answers = generate_all(model, tokenizer, prompts, settings, batch_size=batch_size, progress=progress)
    else:
        prompts = ["(served pipeline: Assistant.answer)"] * len(questions)
    timings["generate_s"] = time.perf_counter() - t

    t = time.perf_counter()
    # Loss is teacher-forced on the plain prompt (no retrieved context), answer tokens only.
    examples = [encode_example(tokenizer, q, a, max_length=loss_max_length) for q, a in zip(questions, refs, strict=True)]
    nlls = nll_all(model, tokenizer, examples, batch_size=max(1, batch_size // 2))
    timings["loss_s"] = time.perf_counter() - t

    t = time.perf_counter()
    scores = text_scores(answers, refs, embed)
    timings["score_s"] = time.perf_counter() - t
    predictions = []
    for rec, prompt, ans, sc, (nll, ntok) in zip(records, prompts, answers, scores, nlls, strict=True):
        sc = sc | {"nll_sum": nll, "answer_tokens": ntok}
        predictions.append({"id": rec.id, "question": rec.question, "question_hash": question_hash(rec.question),
                            "reference": rec.answer, "answer": ans, "prompt": prompt, "scores": sc})
    t = time.perf_counter()
    metrics = summarise([p["scores"] for p in predictions], n_resamples=n_resamples, seed=seed)
    timings["bootstrap_s"] = time.perf_counter() - t
    metrics["timings"] = {k: round(v, 2) for k, v in timings.items()}
    return HeldoutResult(metrics=metrics, predictions=predictions)
