"""`medassist sweep`: several training runs from one file, tabulated side by side.

A sweep file holds a `base` train config (inline sections, or `base_config: FILE` relative to the
sweep file), a list of `experiments` (each a `name` and `set` overrides), optional `quick` overrides
applied to every experiment with --quick, and an `output` folder. Each experiment trains into
`<output>/<name>/`; finished experiments with an unchanged config are not retrained, interrupted ones
resume. `results.csv` / `results.md` also pick up `<output>/<name>/eval/metrics.json` (written by
`medassist eval --output <output>/<name>/eval`) when present.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from medassist.errors import MedAssistError
from medassist.io import write_text
from medassist.training.finetune.config import TrainConfig, config_from_dict, read_yaml

COLUMNS = ["experiment", "lora r", "lora alpha", "lora targets", "learning rate", "batch size", "grad accum", "effective batch", "epochs",
           "train loss", "val loss", "perplexity", "peak memory (GB)", "time (min)",
           "bleu", "rougeL", "semantic_similarity", "best"]
EVAL_KEYS = ("bleu", "rougeL", "semantic_similarity")
SWEEP_KEYS = {"base", "base_config", "experiments", "quick", "output"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass
class Experiment:
    name: str
    config: TrainConfig


@dataclass
class Sweep:
    output: Path
    experiments: list[Experiment] = field(default_factory=list)


def _as_overrides(mapping, where: str) -> list[str]:
    if mapping is None:
        return []
    if not isinstance(mapping, dict):
        raise MedAssistError(f"{where}: expected a mapping of section.key: value")
    return [f"{k}={json.dumps(v)}" for k, v in mapping.items()]


def load_sweep(path: str | Path, *, quick: bool = False, output: str | None = None,
               overrides: list[str] = ()) -> Sweep:
    path = Path(path)
    raw = read_yaml(path)
    unknown = sorted(set(raw) - SWEEP_KEYS)
    if unknown:
        raise MedAssistError(f"{path}: unknown sweep key {unknown[0]!r}; valid keys: {', '.join(sorted(SWEEP_KEYS))}")
    if "base" in raw and "base_config" in raw:
        raise MedAssistError(f"{path}: give either 'base' or 'base_config', not both")
    base = read_yaml(path.parent / raw["base_config"]) if "base_config" in raw else (raw.get("base") or {})
    exps = raw.get("experiments")
    if not isinstance(exps, list) or not exps:
        raise MedAssistError(f"{path}: 'experiments' must be a non-empty list")
    out = Path(output or raw.get("output") or f"runs/{path.stem}")
    if quick and not output:
        out = out.with_name(out.name + "-quick")
    quick_sets = _as_overrides(raw.get("quick"), f"{path}: quick") if quick else []
    if quick and "quick" not in raw:
        raise MedAssistError(f"{path}: --quick given but the file has no 'quick' section")
    sweep = Sweep(out)
    seen = set()
    for i, exp in enumerate(exps):
        if not isinstance(exp, dict) or not _NAME.match(str(exp.get("name", ""))):
            raise MedAssistError(f"{path}: experiments[{i}] needs a 'name' usable as a folder name")
        if set(exp) - {"name", "set"}:
            raise MedAssistError(f"{path}: experiments[{i}]: unknown key {sorted(set(exp) - {'name', 'set'})[0]!r}")
        name = exp["name"]
        if name in seen:
            raise MedAssistError(f"{path}: experiment name {name!r} is used twice")
        seen.add(name)
        sets = _as_overrides(exp.get("set"), f"{path}: experiments[{i}].set") + quick_sets + list(overrides)
        sets.append(f"output.dir={json.dumps(str(out / name))}")
        try:
            cfg = config_from_dict(base, sets)
        except MedAssistError as e:
            raise MedAssistError(f"{path}: experiment {name!r}: {e}") from None
        sweep.experiments.append(Experiment(name, cfg))
    return sweep


def _finished(run_dir: Path, cfg: TrainConfig) -> bool:
    config = run_dir / "config.yaml"
    return ((run_dir / "train_summary.json").exists() and config.exists()
            and yaml.safe_load(config.read_text()) == cfg.to_dict())


def run(sweep: Sweep, *, rerun: bool = False) -> str:
    """Train every experiment (skipping finished ones), then write and return the results table."""
    from medassist.training.finetune.recipe import train

    for exp in sweep.experiments:
        run_dir = Path(exp.config.output.dir)
        if not rerun and _finished(run_dir, exp.config):
            print(f"[sweep] {exp.name}: finished earlier, not retrained", flush=True)
            continue
        if run_dir.exists() and (rerun or (run_dir / "train_summary.json").exists()):
            shutil.rmtree(run_dir)  # a finished run with a different config, or --rerun
        print(f"[sweep] {exp.name}: training into {run_dir}", flush=True)
        train(exp.config, resume=run_dir.exists())
    return write_results(sweep)


def _fmt(x, digits=4):
    if x is None:
        return ""
    return f"{x:.{digits}g}" if isinstance(x, float) else str(x)


def result_rows(sweep: Sweep) -> list[dict]:
    rows = []
    for exp in sweep.experiments:
        run_dir = Path(exp.config.output.dir)
        summary_path = run_dir / "train_summary.json"
        if not summary_path.exists():
            continue
        s = json.loads(summary_path.read_text())
        t, lora = exp.config.train, exp.config.lora
        val = s.get("best_val_loss")
        targets = lora.target_modules
        row = {
            "experiment": exp.name, "lora r": lora.r, "lora alpha": lora.alpha,
            "lora targets": targets if isinstance(targets, str) else "+".join(targets),
            "learning rate": t.learning_rate, "batch size": t.batch_size,
            "grad accum": t.grad_accum, "effective batch": t.batch_size * t.grad_accum * s.get("world_size", 1),
            "epochs": s.get("epochs"), "train loss": s.get("train_loss"), "val loss": val,
            "perplexity": math.exp(val) if val is not None else None,
            "peak memory (GB)": s.get("peak_memory_gb"),
            "time (min)": round(s["wall_seconds"] / 60, 2) if s.get("wall_seconds") is not None else None,
            "best": "",
        }
        metrics_path = run_dir / "eval" / "metrics.json"
        metrics = json.loads(metrics_path.read_text()) if metrics_path.exists() else {}
        row |= {k: metrics.get(k) for k in EVAL_KEYS}
        rows.append(row)
    scored = [r for r in rows if r["val loss"] is not None]
    if scored:
        min(scored, key=lambda r: r["val loss"])["best"] = "best"
    return rows


def write_results(sweep: Sweep) -> str:
    rows = result_rows(sweep)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: ("" if r[k] is None else r[k]) for k in COLUMNS})
    write_text(sweep.output / "results.csv", buf.getvalue())
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        cells = [_fmt(r[k]) for k in COLUMNS]
        if r["best"]:
            cells = [f"**{c}**" if c else c for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    note = ("\nBest run (lowest validation loss) in bold. Val loss: answer tokens only, best epoch; "
            "bleu / rougeL / semantic_similarity from `<run>/eval/metrics.json` where `medassist eval` was run.\n")
    table = "\n".join(lines) + "\n"
    write_text(sweep.output / "results.md", f"# Sweep results: {sweep.output}\n\n" + table + note)
    return table
