"""Key-facts evaluation: does the served answer state the fact a right answer must state, and does it
avoid the common misconception? (datasets/keyfacts/, GitHub issue 22)

Each answer is generated through `Assistant.answer` — the served pipeline (safety, retrieval,
evidence sentences, the faithfulness check, the repetition guard) — so what is scored is what a
person reads (sources excluded). Systems: `base` (no adapter, no retrieval), `tuned` (the adapter, no
retrieval), `tuned+passages` (the adapter with three whole passages, as before issue 22),
`tuned+evidence` (evidence sentences, no check), `tuned+evidence+check` (what `medassist serve` runs).

Scores per answer, means with 95% percentile-bootstrap CIs, and paired differences against the
served system on the same questions:

* key_fact: a `key_fact` pattern (regular expression, case-insensitive) occurs in the answer;
* misconception: a `misconception` pattern occurs in a sentence of the answer that holds no negation
  ("you can't catch shingles from her" does not assert the misconception "can catch shingles");
* supported: of the answer's sentences, the share the faithfulness judge supports against evidence
  retrieved for the question (for every system, so unretrieved systems are measured the same way;
  evidence quoted by the check counts as supported), a ratio of sums over answers;
* abstained: the answer is the check's "I can't give a reliable answer" reply.

The questions are not MedQuAD questions, so retrieving from the shipped MedQuAD index (as served) uses
no evaluated answer; the index is what the served system knows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from medassist import paths
from medassist.errors import MedAssistError
from medassist.model.faithfulness import ABSTAIN_PREFIX, NOTHING_RELEVANT, FaithfulnessCheck, plain_sentence
from medassist.model.repetition import sentence_ends
from medassist.training.evaluate.bootstrap import SampleStats, bootstrap_ci, mean_stats, paired_bootstrap

KEYFACTS_DIR = paths.REPO_DIR / "datasets" / "keyfacts"
SYSTEMS = ("base", "tuned", "tuned+passages", "tuned+evidence", "tuned+evidence+check")
SERVED = "tuned+evidence+check"
_NEGATION = re.compile(r"\b(no|not|never|cannot|can't|don't|doesn't|isn't|aren't|won't|neither|nor)\b|n't\b", re.I)


# development halves kept in one file: split name -> the file's stem (datasets/keyfacts/build_fresh.py dev4)
HALF_SPLITS = {"dev4-tune": "dev4", "dev4-check": "dev4", "dev22-tune": "dev22", "dev22-check": "dev22"}


def load_keyfacts(split: str, root: Path = KEYFACTS_DIR) -> list[dict]:
    """The rows of a split: its own file, or a half of a development file (`dev4-tune`: dev4.jsonl's rows
    marked so)."""
    path = Path(root) / f"{HALF_SPLITS.get(split, split)}.jsonl"
    if not path.exists():
        splits = ", ".join(sorted(p.stem for p in Path(root).glob("*.jsonl")))
        raise MedAssistError(f"{path}: not found (splits: {splits})")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if split in HALF_SPLITS:
        rows = [row for row in rows if row["split"] == split]
    for row in rows:
        for pattern in [*row["key_fact"], *row["misconception"]]:
            re.compile(pattern)
    return rows


def sentences(text: str) -> list[str]:
    out, start = [], 0
    for end in sentence_ends(text) or [len(text)]:
        if text[start:end].strip():
            out.append(text[start:end].strip())
        start = end
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def states_fact(answer: str, patterns: Sequence[str]) -> bool:
    return any(re.search(p, answer, re.I) for p in patterns)


def asserts_misconception(answer: str, patterns: Sequence[str]) -> bool:
    return any(re.search(p, s, re.I) and not _NEGATION.search(s) for s in sentences(answer) for p in patterns)


def is_abstention(answer: str) -> bool:
    # both forms: quoting the pages, and saying the pages don't cover it (which counted as an answer)
    return answer.lstrip().startswith((ABSTAIN_PREFIX, NOTHING_RELEVANT))


def supported_counts(answer: str, check: FaithfulnessCheck | None) -> tuple[int, int]:
    """(supported, judged) sentences of the answer against the question's evidence; advice sentences
    are not judged, evidence the check quoted is supported."""
    if check is None:
        return 0, 0
    body = answer.lstrip()
    if body.startswith(NOTHING_RELEVANT):  # no claim: judged as the rest of the answer (usually nothing)
        body = body[len(NOTHING_RELEVANT):]
    elif body.startswith(ABSTAIN_PREFIX):
        body = body[len(ABSTAIN_PREFIX):]
    supported = judged = 0
    for s in sentences(body):
        # A quote's citation follows its closing mark ("…” [2] “…” [3]), so the splitter hands it to
        # the next piece: a citation mark is not a sentence of its own.
        s = plain_sentence(s)
        if not s:
            continue
        if s.startswith("\u201c"):  # a quoted evidence sentence
            supported += 1
            judged += 1
            continue
        verdict = check.judge(s).action
        if verdict != "neutral":
            judged += 1
            supported += verdict == "keep"
    return supported, judged


def score_answer(row: dict, answer: str, check: FaithfulnessCheck | None) -> dict:
    supported, judged = supported_counts(answer, check)
    return {"key_fact": float(states_fact(answer, row["key_fact"])),
            "misconception": float(asserts_misconception(answer, row["misconception"])),
            "abstained": float(is_abstention(answer)), "supported": supported, "judged": judged}


def _ratio_stats(rows: Sequence[dict]) -> SampleStats:
    return SampleStats([[r["supported"], r["judged"]] for r in rows],
                       lambda s, n: s[0] / s[1] if s[1] else float("nan"))


def summarise(scores: dict[str, list[dict]], n_resamples: int = 1000, seed: int = 0) -> dict:
    """Per system: means and CIs; paired differences of each system against the served one."""
    out: dict = {}
    for system, rows in scores.items():
        stats = {k: mean_stats([r[k] for r in rows]) for k in ("key_fact", "misconception", "abstained")}
        stats["supported_rate"] = _ratio_stats(rows)
        out[system] = {"n": len(rows)} | {k: s.score() for k, s in stats.items()} | {
            "ci95": {k: list(bootstrap_ci(s, n_resamples, seed)) for k, s in stats.items()}}
    if SERVED in scores:
        for system, rows in scores.items():
            if system != SERVED:
                out[system]["vs_served"] = {
                    k: paired_bootstrap(mean_stats([r[k] for r in rows]), mean_stats([r[k] for r in scores[SERVED]]),
                                        n_resamples, seed).to_dict() for k in ("key_fact", "misconception")}
    return out


def answer_all(assistant, questions: Sequence[str], settings, workers: int = 8) -> list[str]:
    """Answers through the served pipeline, `workers` at a time (the runtime batches them)."""
    def one(q: str) -> str:
        return assistant.answer(q, settings=settings, user=f"eval-{hash(q)}").text(with_sources=False)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, questions))


def configure(assistant, system: str):
    """The served assistant set up as `system` (retrieval, evidence and check switches)."""
    assistant.evidence = "evidence" in system
    assistant.check = system.endswith("+check")
    return assistant


def evidence_checks(retriever, questions: Sequence[str]) -> list[FaithfulnessCheck]:
    """A judge per question over the evidence the served system retrieves for it (scoring only)."""
    from medassist.model.retrieval.evidence import SentenceVectors, select_evidence

    vectors = SentenceVectors(retriever.embedder, embed_lock=retriever._lock)
    out = []
    for q in questions:
        q = retriever.spelled(q) if hasattr(retriever, "spelled") else q  # as the served system searches
        evidence = select_evidence(q, retriever.search(q, k=3), vectors)
        out.append(FaithfulnessCheck(evidence, vectors.encode, q))
    return out


def run(args, settings, out: Path) -> int:
    """`medassist eval --benchmark keyfacts`: answers of each system, scores, CIs; writes
    OUTPUT/metrics.json and OUTPUT/predictions.jsonl."""
    import time

    from medassist.io import write_json, write_jsonl
    from medassist.model.assistant import Assistant
    from medassist.model.retrieval import Retriever
    from medassist.model.runtime import ChatRuntime
    from medassist.training.evaluate.heldout import select

    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown or not systems:
        raise MedAssistError(f"--systems: unknown {unknown or 'empty'}; choose from {', '.join(SYSTEMS)}")
    if args.split == "train":
        raise MedAssistError("--benchmark keyfacts has no train split (validation, test and the fresh rounds)")
    t0 = time.perf_counter()
    rows = select(load_keyfacts(args.split), args.limit, args.seed)
    questions = [r["question"] for r in rows]
    retriever = Retriever.load_default()
    checks = evidence_checks(retriever, questions)
    runtimes: dict[str, ChatRuntime] = {}
    scores: dict[str, list[dict]] = {}
    predictions = [{"id": r["id"], "question": r["question"]} for r in rows]
    for system in systems:
        adapter = "none" if system == "base" else (args.adapter or "default")
        if adapter not in runtimes:
            runtimes[adapter] = ChatRuntime.load(args.model, adapter, dtype=args.dtype, device=args.device)
        assistant = configure(Assistant(runtimes[adapter], retriever if "+" in system else None), system)
        ts = time.perf_counter()
        answers = answer_all(assistant, questions, settings)
        print(f"{system}: {len(answers)} answers in {time.perf_counter() - ts:.0f}s", flush=True)
        scores[system] = [score_answer(r, a, c) for r, a, c in zip(rows, answers, checks, strict=True)]
        for p, a, s in zip(predictions, answers, scores[system], strict=True):
            p[system] = {"answer": a, "scores": s}
    for rt in runtimes.values():
        rt.close()
    metrics = {"benchmark": "keyfacts", "split": args.split, "n": len(rows), "limit": args.limit, "seed": args.seed,
               "adapter": args.adapter or "default", "generation": settings.to_dict(),
               "systems": summarise(scores, args.bootstrap_resamples, args.seed),
               "wall_seconds": round(time.perf_counter() - t0, 1)}
    write_jsonl(out / "predictions.jsonl", predictions)
    write_json(out / "metrics.json", metrics)
    for system, m in metrics["systems"].items():
        ci = m["ci95"]
        print(f"{system:>22}: " + "  ".join(f"{k} {m[k]:.3f} [{ci[k][0]:.3f}, {ci[k][1]:.3f}]"
                                            for k in ("key_fact", "misconception", "supported_rate", "abstained")))
    print(f"wrote {out}/metrics.json, predictions.jsonl ({metrics['wall_seconds']}s)")
    return 0
