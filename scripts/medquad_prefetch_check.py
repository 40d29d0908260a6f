"""Whether the MedQuAD test's batched prefetch (tests/model/safety/test_safety_triage.py::
test_no_medquad_question_is_taken_for_an_emergency) gives every question the verdict `check_input` gives it alone.

    PYTHONPATH=src nice -n 10 python scripts/medquad_prefetch_check.py

check_input embeds the question as triage reads it (cut at TRIAGE_MAX_CHARS, `deobfuscate`: lower-cased, disguised
words spelled plainly); until round 15 the test prefetched the raw question, which no check looked up, so every
question was embedded twice. Run once per change to the embedder, the head or that text's form: it checks every
distinct question with the prefetch (batched vectors) and without (one embedder call each, as in production) and
prints how many verdicts (action, category, message) differ and the largest emergency-score difference. No question
text is printed.
"""

from __future__ import annotations

import time

import numpy as np


def main() -> None:
    from medassist.io import read_jsonl
    from medassist.model.safety import check_input
    from medassist.model.safety.check import TRIAGE_MAX_CHARS
    from medassist.model.safety.learned import detector
    from medassist.model.safety.obfuscation import deobfuscate
    from medassist.paths import MEDQUAD_CORPUS

    questions = sorted({r["question"] for r in read_jsonl(MEDQUAD_CORPUS)})
    found = detector()
    assert found is not None
    clean = [deobfuscate(q[:TRIAGE_MAX_CHARS]) for q in questions]
    runs = {}
    for name in ("prefetched", "alone"):
        started = time.perf_counter()
        if name == "prefetched":
            found.prefetch(clean)
        try:  # the score read right after the check: its vector is in the detector's cache (prefetched, or just made)
            pairs = [(check_input(q), found.assess([c])[0].emergency_score) for q, c in zip(questions, clean, strict=True)]
        finally:
            found.release()
        verdicts, scores = [(v.action, v.category, v.message) for v, _ in pairs], np.array([s for _, s in pairs])
        runs[name] = verdicts, scores
        print(f"{name}: {len(questions)} questions, {sum(a != 'ok' for a, _, _ in verdicts)} not ok, "
              f"{time.perf_counter() - started:.0f} s", flush=True)
    (va, sa), (vb, sb) = runs["prefetched"], runs["alone"]
    print(f"verdicts differing {sum(a != b for a, b in zip(va, vb, strict=True))} of {len(questions)}; largest "
          f"emergency-score difference {float(np.abs(sa - sb).max()):.2e}, largest score {float(max(sa.max(), sb.max())):.3f}")


if __name__ == "__main__":
    main()
