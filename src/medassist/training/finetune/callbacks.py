"""Trainer hooks: metrics.jsonl, the best adapter by validation loss, checkpoint manifests and a
progress bar showing loss, tokens/s and ETA. Only the main process writes files."""

from __future__ import annotations

import json
import math
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from transformers import TrainerCallback
from transformers.trainer_callback import ProgressCallback

from medassist.io import write_json, write_jsonl
from medassist.training.finetune.checkpoints import write_manifest

METRICS = "metrics.jsonl"
BEST_DIR = "best"
BEST_RECORD = "best.json"


def _num(x):
    return None if x is None or (isinstance(x, float) and not math.isfinite(x)) else x


class MetricsLog(TrainerCallback):
    """One JSON row per log event: training rows {step, epoch, loss, lr, grad_norm, tokens_per_s},
    validation rows {step, epoch, eval_loss}. The file is rewritten atomically on each row; on
    resume, rows past the resumed step (logged before the kill) are dropped."""

    def __init__(self, path: Path, resume_step: int | None):
        self.path = path
        self.rows: list[dict] = []
        if resume_step is not None and path.exists():
            self.rows = [r for r in map(json.loads, path.read_text().splitlines()) if r["step"] <= resume_step]

    def add(self, row: dict, state) -> None:
        if state.is_world_process_zero:
            self.rows.append(row)
            write_jsonl(self.path, self.rows)

    def on_log(self, args, state, control, logs=None, **kwargs):
        logs = logs or {}
        base = {"step": state.global_step, "epoch": round(state.epoch or 0.0, 4)}
        if "loss" in logs:
            self.add(base | {"loss": _num(logs["loss"]), "lr": _num(logs.get("learning_rate")),
                             "grad_norm": _num(logs.get("grad_norm")),
                             "tokens_per_s": _num(logs.get("tokens_per_s"))}, state)
        if "eval_loss" in logs:
            self.add(base | {"eval_loss": _num(logs["eval_loss"])}, state)


class BaseEval(TrainerCallback):
    """The validation loss at step 0 (the untuned base), kept in `path` so a resumed run has it."""

    def __init__(self, path: Path, examples: int):
        self.path, self.examples = path, examples
        self.loss = json.loads(path.read_text())["eval_loss"] if path.exists() else None

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        if state.global_step == 0 and self.loss is None and "eval_loss" in (metrics or {}):
            self.loss = metrics["eval_loss"]
            if state.is_world_process_zero:
                write_json(self.path, {"eval_loss": self.loss, "examples": self.examples})


class BestAdapter(TrainerCallback):
    """Keep the adapter with the lowest validation loss in `<output>/best/` (written to a temp
    folder, then renamed), independent of the checkpoint rotation."""

    def __init__(self, output_dir: Path):
        self.dir = output_dir / BEST_DIR
        record = self.dir / BEST_RECORD
        self.best = json.loads(record.read_text()) if record.exists() else None

    def on_evaluate(self, args, state, control, metrics=None, model=None, **kwargs):
        loss = (metrics or {}).get("eval_loss")
        if loss is None or state.global_step == 0:  # step 0 is the untuned base
            return
        if self.best is not None and loss >= self.best["eval_loss"]:
            return
        self.best = {"eval_loss": loss, "step": state.global_step, "epoch": state.epoch}
        if not state.is_world_process_zero:
            return
        tmp = Path(tempfile.mkdtemp(prefix=".best.", dir=self.dir.parent))
        try:
            model.save_pretrained(tmp)
            write_json(tmp / BEST_RECORD, self.best)
            if self.dir.exists():
                shutil.rmtree(self.dir)
            tmp.rename(self.dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise


class CheckpointManifest(TrainerCallback):
    """Mark a checkpoint complete once the Trainer has written all of it (on_save runs after), with
    the sessions that produced it: the resumed checkpoint's, then this one up to this step."""

    def __init__(self, earlier: list[dict] | None = None, session: Callable[[int], dict] | None = None):
        self.earlier, self.session = list(earlier or []), session

    def on_save(self, args, state, control, **kwargs):
        if state.is_world_process_zero:
            ckpt = Path(args.output_dir) / f"checkpoint-{state.global_step}"
            if ckpt.is_dir():
                now = [self.session(state.global_step)] if self.session else []
                write_manifest(ckpt, self.earlier + now)


class Progress(ProgressCallback):
    """tqdm bar (which carries the ETA) with loss and tokens/s as its postfix instead of dict dumps."""

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not state.is_world_process_zero or self.training_bar is None:
            return
        logs = logs or {}
        post = {}
        if "loss" in logs:
            post["loss"] = f"{logs['loss']:.3f}"
        if logs.get("tokens_per_s"):
            post["tok/s"] = f"{logs['tokens_per_s']:.0f}"
        if "eval_loss" in logs:
            self.training_bar.write(f"step {state.global_step}: eval_loss {logs['eval_loss']:.4f}")
        if post:
            self.training_bar.set_postfix(post)
