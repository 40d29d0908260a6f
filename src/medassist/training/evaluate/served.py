"""MedQuAD through the served pipeline (`medassist eval --retrieval --served`): each held-out question
answered by `Assistant.answer` — evidence sentences from the train-split index, the faithfulness check,
the output check, the repetition guard — so ROUGE-L, the supported-sentence rate and the abstention
rate are those of what a person reads (sources excluded), not of a prompt with whole passages.

The index is the train split minus any evaluated question (`heldout.build_retriever`): a held-out
question never finds its own answer. Supported sentences are judged as for the key-facts benchmark
(`keyfacts.supported_counts`, against evidence retrieved for the question).
"""

from __future__ import annotations

from collections.abc import Sequence

from medassist.training.evaluate.keyfacts import answer_all, evidence_checks, is_abstention, supported_counts


def served_answers(runtime, retriever, questions: Sequence[str], settings) -> tuple[list[str], list[dict]]:
    """The served answers to `questions` and, per answer, its supported/judged sentences and whether
    the check abstained."""
    from medassist.model.assistant import Assistant

    answers = answer_all(Assistant(runtime, retriever, evidence=True, check=True), questions, settings)
    checks = evidence_checks(retriever, questions)
    extra = []
    for answer, check in zip(answers, checks, strict=True):
        supported, judged = supported_counts(answer, check)
        extra.append({"supported": supported, "judged": judged, "abstained": float(is_abstention(answer))})
    return answers, extra


def served_metrics(extra: Sequence[dict], n_resamples: int, seed: int) -> dict:
    """Supported-sentence rate (ratio of sums) and abstention rate with 95% bootstrap CIs."""
    from medassist.training.evaluate.bootstrap import SampleStats, bootstrap_ci, mean_stats

    stats = {"supported_rate": SampleStats([[r["supported"], r["judged"]] for r in extra],
                                           lambda s, n: s[0] / s[1] if s[1] else float("nan")),
             "abstained": mean_stats([r["abstained"] for r in extra])}
    return {k: s.score() for k, s in stats.items()} | {
        "ci95": {k: list(bootstrap_ci(s, n_resamples, seed)) for k, s in stats.items()}}
