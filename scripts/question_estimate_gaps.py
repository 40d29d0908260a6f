"""Could the input check's readers decide a question from the embedder's int8 estimate (`MiniLMEmbedder.estimate`) and
embed it exactly only where a bar lies within the estimate's error, as the output check's head does for answer
sentences (`output_check.ESTIMATE_PART_ERROR`)? Session 53 (issue 21, latency): the question's exact fp32 call is the
largest single cost of a message without evidence on an fp32-only CPU (11-13 ms of about 34 ms p95), an estimate of it
about 4 ms.

    PYTHONPATH=src nice -n 10 python scripts/question_estimate_gaps.py

Run as an fp32-only CPU runs (short calls fp32). Over the questions `bench/safety_latency.py` times (the validation
split of datasets/triage/messages.jsonl and the questions of answers.jsonl's validation answers), per reader of the
question's vector that almost every message reaches, it measures the largest gap between what the reader computes from
the estimate and from the exact vector, and, with twice that gap as the bound (the output head's rule), how many
questions the reader could decide from the estimate alone:
  - the triage head's emergency and dose logits (`learned.TriageHead`; emergency against its lowest and highest bar);
  - the self-harm reader's prototype cosines (`near`, `gap`; `self_harm_risk`, reached for 42 of the 43 answer
    questions) and its three heads' logits: `self_harm_risk` can be decided "no" only where `near` is below every near
    bar of its own and every head's score below `COMBINED_BAR` (or the head's bar, where lower).
The last line counts the questions all of these could decide: an upper bound on the messages whose exact call could be
spared, before the other readers of the vector (the own-medicine, claim, frame and dose-risk readers, the category
argmax of an emergency) are counted. No verdict is computed or changed here; texts are not printed.
"""

from __future__ import annotations

import json

import numpy as np

from medassist.model.retrieval.embedder import shared_embedder
from medassist.model.safety import learned
from medassist.model.safety import self_harm_risk as shr
from medassist.model.safety.prototypes import reader_for
from medassist.paths import REPO_DIR
from medassist.training.safety.eval_output import answers_of
from medassist.training.safety.train_output import ANSWER_SET, load_answer_set


def _logit(p: np.ndarray | float) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def main() -> None:
    rows = [json.loads(line) for line in (REPO_DIR / "datasets/triage/messages.jsonl").read_text().splitlines()]
    questions = [r["text"] for r in rows if r["split"] == "validation"]
    asked = [q for q, _ in answers_of([r for r in load_answer_set(ANSWER_SET) if r["split"] == "validation"])]
    questions += asked
    embedder = shared_embedder()
    embedder.bf16_batch_max = None  # as an fp32-only CPU runs
    det = learned.detector()
    if det is None:
        raise SystemExit("the learned detector is unavailable")
    exact = np.vstack([embedder._encode_short([q], bf16=False) for q in questions])
    estimate = np.vstack([embedder._encode_short([q], bf16=False, int8=True) for q in questions])
    decided: dict[str, np.ndarray] = {}

    head = det.head
    X, X8 = (learned.features(v, questions, head.ngram_dim) for v in (exact, estimate))
    for name, w, b, low, high in (
            ("emergency", head.emergency_w, head.emergency_b, head.lowest_bar,
             max(head.emergency_threshold, head.settled_threshold, head.short_threshold or 0.0)),
            ("dose", head.dose_w, head.dose_b, head.dose_threshold, head.dose_threshold)):
        z, z8 = X @ w + b, X8 @ w + b
        error = 2 * float(np.abs(z - z8).max())
        decided[name] = (z8 + error < _logit(low)) | (z8 - error >= _logit(high))
        print(f"triage {name} logit: largest gap {error / 2:.3f}, decided from the estimate {decided[name].sum()} of "
              f"{len(questions)}")

    reader = reader_for(det, shr.PROTOTYPES_PATH, shr.DOSE_PROTOTYPES)
    heads = [h for h in (shr.load_head(), shr.earlier_head(), shr.later_head()) if h is not None]
    near, _ = reader.scores(exact)
    near8, _ = reader.scores(estimate)
    error = 2 * float(np.abs(near - near8).max())
    # the prototype reader's own bars (`NEAR_METHOD`, `NEAR_MIN`; a dose request's is higher); a head reads where its
    # score reaches its bar, and two signals count from `COMBINED_BAR`: every head's score below the lower of the two
    near_bar = min(shr.NEAR_METHOD, shr.NEAR_MIN)
    below = near8 + error < near_bar
    print(f"self-harm prototypes near: largest gap {error / 2:.4f}, below the reader's near bars ({near_bar:.2f}) from "
          f"the estimate {below.sum()}")
    for i, h in enumerate(heads):
        z, z8 = _logit(h.scores(exact)), _logit(h.scores(estimate))
        e = 2 * float(np.abs(z - z8).max())
        bar = min(shr.COMBINED_BAR, h.threshold)
        under = z8 + e < _logit(bar)
        below &= under
        print(f"self-harm head {i}: largest logit gap {e / 2:.3f}, below {bar:.2f} from the estimate {under.sum()}")
    decided["self_harm_risk"] = below
    every = np.logical_and.reduce(list(decided.values()))
    print(f"self_harm_risk decided 'no' from the estimate: {below.sum()} of {len(questions)}")
    print(f"all of these readers decided from the estimate: {every.sum()} of {len(questions)} questions "
          f"({every.mean():.0%}); of the {len(asked)} answers' questions (the latency bench's messages without evidence): "
          f"{every[-len(asked):].sum()}")


if __name__ == "__main__":
    main()
