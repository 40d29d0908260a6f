"""`medassist eval` and `medassist report`."""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

from medassist.errors import MedAssistError
from medassist.paths import DEFAULT_DATA_DIR

log = logging.getLogger(__name__)

# key-facts rounds written after the first, report only (datasets/keyfacts/<split>.jsonl, build_fresh.py)
FRESH_SPLITS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16")
# key-facts development halves (datasets/keyfacts/dev4.jsonl): tune on the first, check on the second
DEV_SPLITS = ("dev4", "dev4-tune", "dev4-check", "dev22", "dev22-tune", "dev22-check")

EVAL_HELP = """\
Evaluate a model (optionally with a LoRA adapter) on held-out data.

MedQuAD (default, --benchmark medquad): generates an answer for each question of --split from the
chat prompt alone (system prompt + question, never the reference), batched with left padding and the
KV cache, greedy; scores the generated text against the reference with corpus BLEU (sacrebleu),
ROUGE-1/2/L F1 (rouge-score, stemmed) and semantic similarity (cosine of all-MiniLM-L6-v2
embeddings); measures answer-only loss/perplexity (prompt and padding never counted); 95% percentile
bootstrap CIs for every score. --limit N evaluates a seeded random sample of N questions (--seed,
kept in file order), so base and tuned runs with the same --limit/--seed see the same questions.
Refuses to score questions recorded in the adapter's training data, and --split train unless
--allow-train-split.

PubMedQA (--benchmark pubmedqa): the 500 PQA-L test questions shipped with the package, scored by
constrained choice (log-likelihood of yes/no/maybe as the answer); accuracy, macro-F1, CIs and the
majority-class baseline. --limit N takes a seeded sample (--seed), as for MedQuAD.

Writes OUTPUT/metrics.json and OUTPUT/predictions.jsonl (with the exact prompt given to the model);
MedQuAD runs also write OUTPUT/answers.jsonl, the answers to the report's fixed question list.
"""

REPORT_HELP = """\
Write OUTPUT/report.md and PNG plots comparing a base evaluation with tuned runs.

Each RUN_DIR is a training output folder (metrics.jsonl, train_summary.json, and eval/ with
metrics.json, predictions.jsonl, answers.jsonl written by `medassist eval --output RUN_DIR/eval`) or an
evaluation folder itself. --base is the base model's evaluation folder (`medassist eval --model NAME
--output DIR`, same --split/--limit/--seed). The report holds: the runs table (training summary +
BLEU, ROUGE-L, semantic similarity), loss curves (loss.png), metric bars with 95% CI whiskers
(metrics.png), a paired-bootstrap significance table of tuned minus base on the questions both
answered, PubMedQA rows for folders evaluated with --benchmark pubmedqa, and the fixed questions'
answers side by side (from each folder's answers.jsonl; the report generates nothing, so it is fast).
"""


def register(sub: argparse._SubParsersAction) -> None:
    from medassist.model.decoding import GenerationSettings
    from medassist.training.evaluate.generate import DEFAULT_BATCH_SIZE

    d = GenerationSettings()  # the served decoder: eval measures what people get
    p = sub.add_parser("eval", help="evaluate base or tuned models on held-out data",
                       description=EVAL_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default=None,
                   help="model name, folder or hub id (default: the adapter's recorded base, else "
                        "the embedded default)")
    p.add_argument("--adapter", default=None,
                   help="LoRA adapter folder to apply (merged); with --served, the shipped adapter unless given "
                        "('none': the untuned base), as `medassist serve` answers")
    p.add_argument("--benchmark", choices=("medquad", "pubmedqa", "keyfacts"), default="medquad",
                   help="keyfacts: datasets/keyfacts through the served pipeline (training/evaluate/keyfacts.py)")
    p.add_argument("--systems", default="base,tuned,tuned+evidence+check",
                   help="keyfacts only: comma-separated systems to compare (default: %(default)s)")
    p.add_argument("--data", default=str(DEFAULT_DATA_DIR),
                   help="prepared data folder (default: %(default)s, prepared from the shipped corpus if missing)")
    p.add_argument("--split", choices=("train", "validation", "test", *FRESH_SPLITS, *DEV_SPLITS), default="test",
                   help="fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, "
                        "fresh13, fresh14, fresh15, fresh16: keyfacts only, the second to seventeenth rounds' questions "
                        "(datasets/keyfacts/fresh.jsonl ... fresh16.jsonl); dev4, "
                        "dev4-tune, dev4-check, dev22, dev22-tune, dev22-check: keyfacts only, the development sets and their "
                        "halves (dev4.jsonl, dev22.jsonl)")
    p.add_argument("--allow-train-split", action="store_true",
                   help="permit --split train (scores are then not held-out; for debugging only)")
    p.add_argument("--limit", type=int, default=None, help="evaluate N questions (see above)")
    p.add_argument("--seed", type=int, default=0, help="sampling for --limit and bootstrap resamples")
    p.add_argument("--output", default=None, help="output folder (default: evals/<adapter or model>-<benchmark>)")
    p.add_argument("--max-new-tokens", type=int, default=d.max_new_tokens)
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    p.add_argument("--repetition-penalty", type=float, default=d.repetition_penalty,
                   help="default: the served decoder's; use the same value for every compared system")
    p.add_argument("--no-repeat-ngram-size", type=int, default=d.no_repeat_ngram_size)
    p.add_argument("--temperature", type=float, default=d.temperature, help="0 = greedy (the served default)")
    p.add_argument("--top-p", type=float, default=d.top_p)
    p.add_argument("--retrieval", action="store_true",
                   help="ground each prompt with top-k passages retrieved from the TRAIN split of --data")
    p.add_argument("--retrieval-k", type=int, default=3)
    p.add_argument("--served", action="store_true",
                   help="with --retrieval: answer through the served pipeline (the shipped adapter unless --adapter "
                        "is given, evidence sentences, faithfulness and output checks) and report the "
                        "supported-sentence and abstention rates too")
    p.add_argument("--bootstrap-resamples", type=int, default=1000)
    p.add_argument("--no-semantic", action="store_true", help="skip semantic similarity (no embedder)")
    p.add_argument("--dtype", default="auto", help="auto|float32|bfloat16|float16")
    p.add_argument("--device", default=None)
    p.set_defaults(func=run_eval)

    r = sub.add_parser("report", help="report base vs tuned runs (markdown + plots)",
                       description=REPORT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    r.add_argument("runs", nargs="+", metavar="RUN_DIR")
    r.add_argument("--base", default=None, help="the base model's evaluation folder")
    r.add_argument("--pubmedqa-base", default=None, help="the base model's PubMedQA evaluation folder")
    r.add_argument("--output", required=True, help="report folder")
    r.add_argument("--bootstrap-resamples", type=int, default=1000)
    r.add_argument("--seed", type=int, default=0)
    r.set_defaults(func=run_report)


def default_output(args: argparse.Namespace) -> Path:
    label = Path(args.adapter).name if args.adapter else Path(args.model or "default").name
    return Path("evals") / f"{label}-{args.benchmark}"


def base_model(args: argparse.Namespace) -> str:
    """The base model evaluated: --model, else the adapter's recorded base, else the embedded default."""
    from medassist.model.loading.loader import adapter_base_model
    from medassist.model.loading.registry import DEFAULT_MODEL

    if args.adapter and not Path(args.adapter).is_dir():
        raise MedAssistError(f"--adapter {args.adapter}: no such folder")
    return args.model or (adapter_base_model(args.adapter) if args.adapter else DEFAULT_MODEL)


def served_adapter(adapter: str | None) -> str | None:
    """The adapter `--served` answers with: the one served by default (the shipped adapter) unless --adapter
    names one, or 'none' for the untuned base. Resolved before anything is scored, so the leakage guard and
    metrics.json see the adapter that answered: the ninth round's served runs, without --adapter, measured
    the untuned base (MedQuAD test ROUGE-L 17.3-18.2, perplexity 9.87) and read it as the served system."""
    from medassist.model.runtime import resolve_adapter

    path = resolve_adapter(adapter)
    return str(path) if path is not None else None


def load_system(args: argparse.Namespace):
    from medassist.model.loading import load_model_with_adapter

    base = base_model(args)
    model, tok = load_model_with_adapter(base, args.adapter, dtype=args.dtype, device=args.device)
    return base, model, tok


def run_eval(args: argparse.Namespace) -> int:
    from medassist.model.decoding import GenerationSettings

    settings = GenerationSettings(max_new_tokens=args.max_new_tokens, temperature=args.temperature,
                                  top_p=args.top_p, repetition_penalty=args.repetition_penalty,
                                  no_repeat_ngram_size=args.no_repeat_ngram_size, seed=args.seed)
    if args.batch_size < 1:
        raise MedAssistError(f"--batch-size must be >= 1 (got {args.batch_size})")
    if args.bootstrap_resamples < 100:
        raise MedAssistError("--bootstrap-resamples must be >= 100")
    out = Path(args.output) if args.output else default_output(args)
    if out.exists() and not out.is_dir():
        raise MedAssistError(f"--output {out}: exists and is not a folder")
    if args.benchmark == "pubmedqa":
        return _eval_pubmedqa(args, settings, out)
    if args.benchmark == "keyfacts":
        from medassist.training.evaluate.keyfacts import run

        return run(args, settings, out)
    return _eval_medquad(args, settings, out)


def _eval_medquad(args, settings, out: Path) -> int:
    from medassist.io import write_json, write_jsonl
    from medassist.training.data.prepare import ensure_prepared, load_split
    from medassist.training.evaluate.generate import generate_all
    from medassist.training.evaluate.heldout import (
        build_retriever,
        check_leakage,
        evaluate_heldout,
        make_prompts,
        select,
    )
    from medassist.training.evaluate.metrics import default_embedder
    from medassist.training.evaluate.questions import FIXED_QUESTIONS

    if args.split in (*FRESH_SPLITS, *DEV_SPLITS):
        raise MedAssistError(f"--split {args.split} is a key-facts set: use it with --benchmark keyfacts")
    if args.split == "train" and not args.allow_train_split:
        raise MedAssistError("--split train: training questions are not held-out; evaluate on test "
                             "(or validation), or pass --allow-train-split for a debugging run")
    if args.split == "train" and args.retrieval:
        raise MedAssistError("--retrieval retrieves from the train split, so it cannot evaluate on it")
    if args.served and not args.retrieval:
        raise MedAssistError("--served answers with evidence from the train split: add --retrieval")
    if args.served:
        args.adapter = served_adapter(args.adapter)
    t0 = time.perf_counter()
    data = Path(args.data)
    if data == DEFAULT_DATA_DIR:
        ensure_prepared(data)
    records = select(load_split(data, args.split), args.limit, args.seed)
    check_leakage(args.adapter, [r.question for r in records])  # before any model is loaded
    fingerprint = _data_fingerprint(data)
    _warn_fingerprint(args.adapter, fingerprint)
    retriever = build_retriever(load_split(data, "train"), records) if args.retrieval else None

    answers = served = runtime = None
    if args.served:
        from medassist.model.runtime import ChatRuntime
        from medassist.training.evaluate.served import served_answers, served_metrics

        base = base_model(args)
        runtime = ChatRuntime.load(base, args.adapter or "none", dtype=args.dtype, device=args.device)
        model, tok = runtime.model, runtime.tokenizer
        answers, served = served_answers(runtime, retriever, [r.question for r in records], settings)
    else:
        base, model, tok = load_system(args)
    embed = None if args.no_semantic else default_embedder()
    result = evaluate_heldout(model, tok, records, settings, embed=embed, retriever=retriever, retrieval_k=args.retrieval_k,
                              n_resamples=args.bootstrap_resamples, batch_size=args.batch_size,
                              seed=args.seed, progress=True, answers=answers)
    if served is not None:
        extra = served_metrics(served, args.bootstrap_resamples, args.seed)
        result.metrics["ci95"] |= extra.pop("ci95")
        result.metrics |= extra
        for p, extra in zip(result.predictions, served, strict=True):
            p["scores"] |= extra
        runtime.close()
    fixed_prompts = make_prompts(tok, FIXED_QUESTIONS, retriever, k=args.retrieval_k)
    fixed = generate_all(model, tok, fixed_prompts, settings, batch_size=args.batch_size)
    metrics = result.metrics | {
        "benchmark": "medquad", "model": base, "adapter": str(args.adapter) if args.adapter else None,
        "data": str(data), "split": args.split, "data_fingerprint": fingerprint,
        "limit": args.limit, "sample": "seeded random sample, file order" if args.limit else "all",
        "seed": args.seed, "generation": settings.to_dict(), "batch_size": args.batch_size, "retrieval": bool(args.retrieval),
        "retrieval_k": args.retrieval_k if args.retrieval else None,
        "prompt": "the served pipeline: evidence sentences from the train split, faithfulness and output checks"
        if args.served else
        "chat template: system prompt + question" + (" + retrieved train passages" if args.retrieval else ""),
        "loss_scope": "answer tokens + end-of-turn only, prompt and padding masked, plain prompt",
        "bootstrap": {"method": "percentile", "resamples": args.bootstrap_resamples, "seed": args.seed},
        "dtype": str(next(model.parameters()).dtype).replace("torch.", ""),
        "wall_seconds": round(time.perf_counter() - t0, 1),
    }
    write_jsonl(out / "predictions.jsonl", result.predictions)
    write_jsonl(out / "answers.jsonl", [{"question": q, "answer": a, "prompt": p}
                                        for q, p, a in zip(FIXED_QUESTIONS, fixed_prompts, fixed, strict=True)])
    write_json(out / "metrics.json", metrics)
    _print_summary(metrics, ("bleu", "rouge1", "rouge2", "rougeL", "semantic_similarity", "perplexity",
                             "empty_rate", "degenerate_rate", "mid_sentence_rate", "mean_answer_words")
                   + (("supported_rate", "abstained") if args.served else ()))
    print(f"wrote {out}/metrics.json, predictions.jsonl, answers.jsonl ({metrics['wall_seconds']}s)")
    return 0


def _eval_pubmedqa(args, settings, out: Path) -> int:
    from medassist.io import write_json, write_jsonl
    from medassist.training.evaluate.heldout import check_leakage
    from medassist.training.evaluate.pubmedqa import evaluate_pubmedqa, load_test

    if args.retrieval:
        raise MedAssistError("--retrieval applies to --benchmark medquad only (PubMedQA supplies its abstract)")
    if args.limit is not None and args.limit < 1:
        raise MedAssistError(f"--limit must be >= 1 (got {args.limit})")
    t0 = time.perf_counter()
    rows = load_test(args.limit, args.seed)
    check_leakage(args.adapter, [r["question"] for r in rows])
    base, model, tok = load_system(args)
    metrics, preds = evaluate_pubmedqa(model, tok, rows, batch_size=max(3, args.batch_size // 4 * 3),
                                       n_resamples=args.bootstrap_resamples, seed=args.seed)
    metrics |= {"model": base, "adapter": str(args.adapter) if args.adapter else None,
                "limit": args.limit, "seed": args.seed,
                "dtype": str(next(model.parameters()).dtype).replace("torch.", ""),
                "wall_seconds": round(time.perf_counter() - t0, 1)}
    write_jsonl(out / "predictions.jsonl", preds)
    write_json(out / "metrics.json", metrics)
    _print_summary(metrics, ("accuracy", "macro_f1"))
    mb = metrics["majority_baseline"]
    print(f"majority baseline: always {mb['class']!r} = {mb['share_of_labelled_1000']:.1%} of the labelled "
          f"1,000; {mb['accuracy_on_evaluated']:.1%} accuracy on these {metrics['n']}")
    print(f"wrote {out}/metrics.json, predictions.jsonl ({metrics['wall_seconds']}s)")
    return 0


def _data_fingerprint(data: Path) -> str | None:
    stats = data / "stats.json"
    return json.loads(stats.read_text()).get("fingerprint") if stats.exists() else None


def _warn_fingerprint(adapter: str | None, fingerprint: str | None) -> None:
    from medassist.training.data.leakage import TRAINING_RECORD

    rec = Path(adapter) / TRAINING_RECORD if adapter else None
    if rec and rec.exists():
        trained_on = json.loads(rec.read_text()).get("data_fingerprint")
        if trained_on and fingerprint and trained_on != fingerprint:
            log.warning("adapter was trained on data %s but evaluation data is %s; the question-hash "
                        "guard still applies", trained_on, fingerprint)


def _print_summary(metrics: dict, keys) -> None:
    for k in keys:
        if k in metrics:
            lo, hi = metrics["ci95"].get(k, (float("nan"), float("nan")))
            print(f"{k:>20}: {metrics[k]:.4f}  [95% CI {lo:.4f}, {hi:.4f}]")
    print(f"{'n':>20}: {metrics['n']}")


def run_report(args: argparse.Namespace) -> int:
    from medassist.training.evaluate.report import write_report

    path = write_report([Path(r) for r in args.runs], Path(args.output),
                        base=Path(args.base) if args.base else None,
                        pubmedqa_base=Path(args.pubmedqa_base) if args.pubmedqa_base else None,
                        n_resamples=args.bootstrap_resamples, seed=args.seed)
    print(f"wrote {path}")
    return 0
