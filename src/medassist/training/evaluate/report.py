"""`medassist report`: base vs tuned runs in one markdown page with plots — loss curves, metric bars
with CI whiskers, a paired-bootstrap significance table, PubMedQA, and answers side by side.

It only reads what `medassist train` and `medassist eval` wrote (nothing is generated here), so it is
fast and works on any machine that has the run folders.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from medassist.errors import MedAssistError
from medassist.io import read_jsonl, write_text
from medassist.training.evaluate.bootstrap import N_RESAMPLES, paired_bootstrap
from medassist.training.evaluate.metrics import score_stats

# Reported scores, how to show them, and which direction is better (None: neither).
SCORES = {
    "bleu": ("BLEU", True), "rouge1": ("ROUGE-1", True), "rouge2": ("ROUGE-2", True),
    "rougeL": ("ROUGE-L", True), "semantic_similarity": ("Semantic sim.", True),
    "loss": ("Answer loss", False), "empty_rate": ("Empty rate", False),
    "degenerate_rate": ("Degenerate rate", False), "mean_answer_words": ("Answer words", None),
}
BAR_SCORES = ("bleu", "rougeL", "semantic_similarity", "perplexity", "degenerate_rate")
MEDQUAD_EVAL_DIR = "eval"
PUBMEDQA_EVAL_DIR = "eval-pubmedqa"


@dataclass
class System:
    name: str
    folder: Path
    metrics: dict | None = None  # MedQuAD eval
    predictions: list[dict] = field(default_factory=list)
    answers: list[dict] = field(default_factory=list)
    pubmedqa: dict | None = None
    pubmedqa_predictions: list[dict] = field(default_factory=list)
    curve: list[dict] = field(default_factory=list)  # metrics.jsonl rows from training
    summary: dict = field(default_factory=dict)  # train_summary.json


def _eval_kind(folder: Path) -> str | None:
    m = folder / "metrics.json"
    if not m.exists():
        return None
    return json.loads(m.read_text()).get("benchmark", "medquad")


def _attach_eval(sys_: System, folder: Path) -> None:
    kind = _eval_kind(folder)
    if kind is None:
        return
    metrics = json.loads((folder / "metrics.json").read_text())
    preds = read_jsonl(folder / "predictions.jsonl") if (folder / "predictions.jsonl").exists() else []
    if kind == "pubmedqa":
        sys_.pubmedqa, sys_.pubmedqa_predictions = metrics, preds
    else:
        sys_.metrics, sys_.predictions = metrics, preds
        if (folder / "answers.jsonl").exists():
            sys_.answers = read_jsonl(folder / "answers.jsonl")


def load_system(folder: Path, name: str | None = None) -> System:
    """A training run folder (metrics.jsonl, train_summary.json, eval/, eval-pubmedqa/) or an
    evaluation folder itself."""
    if not folder.is_dir():
        raise MedAssistError(f"{folder}: no such folder")
    sys_ = System(name=name or folder.name, folder=folder)
    _attach_eval(sys_, folder)
    for sub in (MEDQUAD_EVAL_DIR, PUBMEDQA_EVAL_DIR):
        if (folder / sub).is_dir():
            _attach_eval(sys_, folder / sub)
    if (folder / "metrics.jsonl").exists():
        sys_.curve = read_jsonl(folder / "metrics.jsonl")
    if (folder / "train_summary.json").exists():
        sys_.summary = json.loads((folder / "train_summary.json").read_text())
    if sys_.metrics is None and sys_.pubmedqa is None and not sys_.curve:
        raise MedAssistError(f"{folder}: holds no metrics.json, eval/metrics.json or metrics.jsonl")
    return sys_


# --- numbers ------------------------------------------------------------------------------------
def aligned_rows(a: list[dict], b: list[dict]) -> tuple[list[dict], list[dict]]:
    """Per-sample scores of the questions both systems answered, in a's order (matched by question
    hash, so differing --limit samples still compare like with like)."""
    # MedQuAD repeats a question with different answers (same split, by construction), so the key
    # is the question, its reference and the occurrence: keying by question alone paired wrong rows.
    def keyed(rows: list[dict]) -> list[tuple[tuple, dict]]:
        seen: dict[tuple, int] = {}
        out = []
        for p in rows:
            base = (p.get("question_hash") or p["question"], p.get("reference"))
            seen[base] = seen.get(base, 0) + 1
            out.append(((*base, seen[base]), p))
        return out

    b_by = dict(keyed(b))
    pairs = [(p, b_by[k]) for k, p in keyed(a) if k in b_by]
    return [p["scores"] for p, _ in pairs], [q["scores"] for _, q in pairs]


def paired_table(base: System, tuned: System, n_resamples: int, seed: int) -> tuple[int, dict]:
    ra, rb = aligned_rows(base.predictions, tuned.predictions)
    if not ra:
        return 0, {}
    sa, sb = score_stats(ra), score_stats(rb)
    return len(ra), {k: paired_bootstrap(sa[k], sb[k], n_resamples, seed)
                     for k in SCORES if k in sa and k in sb}


def pubmedqa_paired(base: System, tuned: System, n_resamples: int, seed: int):
    from medassist.training.evaluate.bootstrap import mean_stats

    b_by = {p["id"]: p for p in tuned.pubmedqa_predictions}
    pairs = [(p, b_by[p["id"]]) for p in base.pubmedqa_predictions if p["id"] in b_by]
    if not pairs:
        return None
    return paired_bootstrap(mean_stats([float(p["correct"]) for p, _ in pairs]),
                            mean_stats([float(q["correct"]) for _, q in pairs]), n_resamples, seed)


def _fmt(x, digits: int = 3) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return f"{x:.{digits}f}" if isinstance(x, float) else str(x)


def _with_ci(m: dict, key: str, digits: int = 3) -> str:
    if key not in m:
        return "–"
    lo, hi = m.get("ci95", {}).get(key, (None, None))
    return f"{_fmt(m[key], digits)} [{_fmt(lo, digits)}, {_fmt(hi, digits)}]"


def _cell(text: str, limit: int = 400) -> str:
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[:limit].rstrip() + " …"
    return text.replace("|", "\\|") or "*(empty)*"


# --- plots --------------------------------------------------------------------------------------
def plot_loss_curves(systems: list[System], path: Path) -> bool:
    runs = [s for s in systems if s.curve]
    if not runs:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(runs), figsize=(5 * len(runs), 3.6), squeeze=False, sharey=True)
    for ax, s in zip(axes[0], runs, strict=True):
        train = [(r["step"], r["loss"]) for r in s.curve if "loss" in r and "step" in r]
        val = [(r["step"], r["eval_loss"]) for r in s.curve if "eval_loss" in r and "step" in r]
        if train:
            ax.plot(*zip(*train, strict=True), label="train loss", lw=1)
        if val:
            ax.plot(*zip(*val, strict=True), "o-", label="validation loss", lw=1.5)
        ax.set_title(s.name)
        ax.set_xlabel("step")
        ax.grid(alpha=0.3)
        ax.legend()
    axes[0][0].set_ylabel("answer-only loss")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def plot_metric_bars(systems: list[System], path: Path) -> bool:
    evald = [s for s in systems if s.metrics]
    if not evald:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    keys = [k for k in BAR_SCORES if any(k in s.metrics for s in evald)]
    fig, axes = plt.subplots(1, len(keys), figsize=(3.2 * len(keys), 3.6), squeeze=False)
    x = np.arange(len(evald))
    for ax, k in zip(axes[0], keys, strict=True):
        vals = [s.metrics.get(k, float("nan")) for s in evald]
        cis = [s.metrics.get("ci95", {}).get(k, (v, v)) for s, v in zip(evald, vals, strict=True)]
        err = np.array([[max(0.0, v - lo), max(0.0, hi - v)] for v, (lo, hi) in zip(vals, cis, strict=True)]).T
        ax.bar(x, vals, yerr=err, capsize=4, color=[f"C{i}" for i in range(len(evald))])
        ax.set_xticks(x, [s.name for s in evald], rotation=30, ha="right", fontsize=8)
        ax.set_title(SCORES.get(k, ("Perplexity",))[0] if k != "perplexity" else "Perplexity")
        ax.grid(axis="y", alpha=0.3)
    fig.suptitle("MedQuAD held-out scores, 95% bootstrap CIs")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


# --- the page -----------------------------------------------------------------------------------
def _setting_warnings(base: System, tuned: System) -> list[str]:
    out = []
    for key in ("split", "data_fingerprint", "generation", "retrieval"):
        if base.metrics.get(key) != tuned.metrics.get(key):
            out.append(f"{key} differs (base: {base.metrics.get(key)}, {tuned.name}: {tuned.metrics.get(key)})")
    return out


def _runs_table(systems: list[System]) -> list[str]:
    lines = ["| System | Steps | Final train loss | Best val loss | BLEU | ROUGE-L | Semantic sim. | Perplexity | n |",
             "|---|---|---|---|---|---|---|---|---|"]
    for s in systems:
        train = [r for r in s.curve if "loss" in r]
        val = [r["eval_loss"] for r in s.curve if "eval_loss" in r]
        m = s.metrics or {}
        lines.append("| " + " | ".join([
            s.name, _fmt(train[-1].get("step")) if train else "–",
            _fmt(float(train[-1]["loss"])) if train else "–", _fmt(float(min(val))) if val else "–",
            _with_ci(m, "bleu", 2), _with_ci(m, "rougeL"), _with_ci(m, "semantic_similarity"),
            _with_ci(m, "perplexity", 2), _fmt(m.get("n"))]) + " |")
    return lines


def _significance(base: System, tuned: list[System], n_resamples: int, seed: int) -> list[str]:
    lines = []
    for t in tuned:
        if not t.metrics:
            continue
        n, table = paired_table(base, t, n_resamples, seed)
        lines += ["", f"### {t.name} minus {base.name} ({n} shared questions)", ""]
        for w in _setting_warnings(base, t):
            lines.append(f"> **Warning:** {w}; the comparison is not like for like.")
        if not table:
            lines.append("No shared questions: evaluate both with the same --split/--limit/--seed.")
            continue
        lines += ["| Score | Base | Tuned | Difference | 95% CI of difference | p | Significant? |",
                  "|---|---|---|---|---|---|---|"]
        better, worse, same = [], [], []
        for k, r in table.items():
            label, higher = SCORES[k]
            sig = r.significant
            verdict = "no"
            if sig and higher is not None:
                good = (r.diff > 0) == higher
                verdict = "**yes, better**" if good else "**yes, worse**"
                (better if good else worse).append(label)
            elif sig:
                verdict = "yes"
            else:
                same.append(label)
            lines.append(f"| {label} | {_fmt(r.a)} | {_fmt(r.b)} | {r.diff:+.3f} | "
                         f"[{r.ci95[0]:+.3f}, {r.ci95[1]:+.3f}] | {_fmt(r.p_value)} | {verdict} |")
        lines += ["", f"In plain words: {t.name} is significantly better than {base.name} on "
                  f"{', '.join(better) or 'nothing'}; significantly worse on {', '.join(worse) or 'nothing'}; "
                  f"the differences in {', '.join(same) or 'nothing'} are within noise (95% paired "
                  f"bootstrap CI includes 0)."]
    return lines


def _pubmedqa_section(systems: list[System], base: System | None, n_resamples: int, seed: int) -> list[str]:
    rows = [s for s in systems if s.pubmedqa]
    if not rows:
        return []
    first = rows[0].pubmedqa
    mb = first["majority_baseline"]
    lines = ["", "## PubMedQA (PQA-L test)", "",
             f"Scoring: {first['method']}.", "",
             "| System | Accuracy [95% CI] | Macro-F1 [95% CI] | n | vs base (accuracy diff, 95% CI) |",
             "|---|---|---|---|---|"]
    for s in rows:
        vs = "–"
        if base is not None and base.pubmedqa and s is not base:
            r = pubmedqa_paired(base, s, n_resamples, seed)
            if r:
                vs = (f"{r.diff:+.3f} [{r.ci95[0]:+.3f}, {r.ci95[1]:+.3f}]"
                      f"{' significant' if r.significant else ' not significant'}")
        lines.append(f"| {s.name} | {_with_ci(s.pubmedqa, 'accuracy')} | {_with_ci(s.pubmedqa, 'macro_f1')} | "
                     f"{s.pubmedqa['n']} | {vs} |")
    lines.append(f"| majority class (always {mb['class']!r}) | {mb['accuracy_on_evaluated']:.3f} | "
                 f"{mb['macro_f1_on_evaluated']:.3f} | {first['n']} | – |")
    lines += ["", f"The majority class {mb['class']!r} is {mb['share_of_labelled_1000']:.1%} of the "
              f"{sum(mb['labelled_distribution'].values())} expert-labelled PQA-L questions."]
    return lines


def _answers_section(systems: list[System]) -> list[str]:
    have = [s for s in systems if s.answers]
    if not have:
        return []
    questions = [a["question"] for a in have[0].answers]
    by = {s.name: {a["question"]: a["answer"] for a in s.answers} for s in have}
    lines = ["", "## Answers side by side", "",
             "Greedy answers to the fixed question list (`medassist.training.evaluate.questions`), same settings "
             "as the evaluation; long answers are cut at 400 characters.", "",
             "| Question | " + " | ".join(s.name for s in have) + " |",
             "|---" * (len(have) + 1) + "|"]
    for q in questions:
        lines.append(f"| {_cell(q)} | " + " | ".join(_cell(by[s.name].get(q, "–")) for s in have) + " |")
    return lines


def write_report(runs: list[Path], out: Path, *, base: Path | None = None, pubmedqa_base: Path | None = None,
                 n_resamples: int = N_RESAMPLES, seed: int = 0) -> Path:
    tuned = [load_system(r) for r in runs]
    names = [s.name for s in tuned]
    for s in tuned:  # two folders both named "eval" must stay distinguishable
        if names.count(s.name) > 1:
            s.name = f"{s.folder.parent.name}/{s.name}"
    base_sys = load_system(base, name="base") if base else None
    if pubmedqa_base:
        pb = load_system(pubmedqa_base, name="base")
        if base_sys is None:
            base_sys = pb
        else:
            base_sys.pubmedqa, base_sys.pubmedqa_predictions = pb.pubmedqa, pb.pubmedqa_predictions
    systems = ([base_sys] if base_sys else []) + tuned
    out.mkdir(parents=True, exist_ok=True)
    lines = ["# MedAssist evaluation report", ""]
    ref = next((s.metrics for s in systems if s.metrics), None)
    if ref:
        g = ref.get("generation", {})
        lines += [f"Held-out MedQuAD `{ref.get('split')}` split (data fingerprint `{ref.get('data_fingerprint')}`), "
                  f"n = {ref.get('n')}{' (' + ref['sample'] + ')' if ref.get('sample') else ''}. Answers are generated from the chat prompt alone "
                  f"(system prompt + question{', + retrieved train passages' if ref.get('retrieval') else ''}), "
                  f"{'greedy' if not g.get('do_sample') else 'sampled'}, at most {g.get('max_new_tokens')} new tokens, "
                  f"repetition penalty {g.get('repetition_penalty')}. Loss/perplexity count answer tokens only. "
                  "Brackets are 95% percentile bootstrap CIs (1,000 resamples; corpus BLEU recomputed per resample)."]
    lines += ["", "## Runs", ""] + _runs_table(systems)
    if plot_loss_curves(systems, out / "loss.png"):
        lines += ["", "## Training curves", "", "![train and validation loss](loss.png)"]
    if plot_metric_bars(systems, out / "metrics.png"):
        lines += ["", "## Scores", "", "![scores with 95% CIs](metrics.png)"]
    if base_sys is not None and base_sys.metrics:
        lines += ["", "## Is the tuned model better? (paired bootstrap, tuned minus base)"]
        lines += _significance(base_sys, tuned, n_resamples, seed)
    lines += _pubmedqa_section(systems, base_sys, n_resamples, seed)
    lines += _answers_section(systems)
    path = out / "report.md"
    write_text(path, "\n".join(lines) + "\n")
    return path
