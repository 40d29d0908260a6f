"""Interruption loses nothing: a run killed with SIGKILL resumes from its last complete checkpoint
and ends at the step count of an uninterrupted run; partial or corrupt checkpoints are skipped."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time

import pytest
import torch
import yaml
from safetensors.torch import save_file

from medassist.training.finetune import checkpoints

SLOW_RUN = """
import sys, time
from transformers import TrainerCallback
from medassist.training.finetune.config import load_config
from medassist.training.finetune.recipe import train

class Slow(TrainerCallback):  # gives the test time to kill the run mid-training
    def on_step_end(self, args, state, control, **kwargs):
        time.sleep(0.5)

train(load_config(sys.argv[1]), callbacks=[Slow()])
"""


def test_sigkill_then_resume_matches_uninterrupted(trained_run, tmp_path):
    cfg = trained_run["cfg"]
    out = tmp_path / "out"
    raw = cfg.to_dict()
    raw["output"]["dir"] = str(out)
    (tmp_path / "cfg.yaml").write_text(yaml.safe_dump(raw))
    (tmp_path / "slow.py").write_text(SLOW_RUN)
    env = os.environ | {"TQDM_DISABLE": "1"}
    proc = subprocess.Popen([sys.executable, str(tmp_path / "slow.py"), str(tmp_path / "cfg.yaml")],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    marker = out / "checkpoints" / "checkpoint-4" / checkpoints.MANIFEST
    deadline = time.time() + 120
    while not marker.exists() and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert marker.exists(), "the run never reached its second checkpoint"
    assert not (out / "train_summary.json").exists(), "the run finished before it was killed"

    from medassist.cli import main

    assert main(["train", "--config", str(tmp_path / "cfg.yaml"), "--resume"]) == 0
    resumed = json.loads((out / "train_summary.json").read_text())
    assert resumed["resumed_from"].endswith("checkpoint-4") or resumed["resumed_from"].endswith("checkpoint-6")
    assert resumed["steps"] == trained_run["summary"]["steps"] == 8
    assert resumed["base_val_loss"] == pytest.approx(trained_run["summary"]["base_val_loss"])
    # Same data order and RNG after resuming: the same final validation loss.
    assert resumed["best_val_loss"] == pytest.approx(trained_run["summary"]["best_val_loss"], rel=1e-3)
    steps = [json.loads(line)["step"] for line in (out / "metrics.jsonl").read_text().splitlines()
             if "loss" in json.loads(line)]
    assert steps == sorted(set(steps)) and steps[-1] == 8  # no duplicated rows from before the kill
    # Both processes are on record: the killed one up to the checkpoint resumed from, then this one.
    first, second = resumed["sessions"]
    resumed_step = checkpoints.step_of(out / "checkpoints" / resumed["resumed_from"].rsplit("/", 1)[-1])
    assert (first["from_step"], first["to_step"]) == (0, resumed_step)
    assert (second["from_step"], second["to_step"]) == (resumed_step, 8)
    assert first["device"] == second["device"] == "cpu" and first["wall_seconds"] > 0
    assert resumed["total_wall_seconds"] == pytest.approx(first["wall_seconds"] + second["wall_seconds"], abs=0.2)


def _checkpoint(root, step, *, corrupt=None):
    ckpt = root / f"checkpoint-{step}"
    ckpt.mkdir(parents=True)
    save_file({"w": torch.zeros(64)}, str(ckpt / "adapter_model.safetensors"))
    (ckpt / "trainer_state.json").write_text(json.dumps({"global_step": step}))
    if corrupt != "no-manifest":
        checkpoints.write_manifest(ckpt)
    if corrupt == "truncated":
        with open(ckpt / "adapter_model.safetensors", "r+b") as f:
            f.truncate(40)
    if corrupt == "garbage":  # same size, unreadable content
        size = (ckpt / "adapter_model.safetensors").stat().st_size
        (ckpt / "adapter_model.safetensors").write_bytes(b"\xff" * size)
    return ckpt


def test_partial_and_corrupt_checkpoints_are_skipped_with_a_warning(tmp_path, caplog):
    good = _checkpoint(tmp_path, 2)
    _checkpoint(tmp_path, 4, corrupt="garbage")
    _checkpoint(tmp_path, 6, corrupt="truncated")
    _checkpoint(tmp_path, 8, corrupt="no-manifest")
    with caplog.at_level(logging.WARNING):
        assert checkpoints.last_complete(tmp_path) == good
    warned = " ".join(r.getMessage() for r in caplog.records)
    for step in (4, 6, 8):
        assert f"checkpoint-{step}" in warned
    assert checkpoints.last_complete(tmp_path / "missing") is None


def test_sessions_of_reads_the_manifest_and_tolerates_older_ones(tmp_path):
    ckpt = _checkpoint(tmp_path, 2)
    assert checkpoints.sessions_of(ckpt) == [] and checkpoints.sessions_of(None) == []
    run = [{"device": "cuda", "from_step": 0, "to_step": 2, "wall_seconds": 9.5}]
    checkpoints.write_manifest(ckpt, run)
    assert checkpoints.sessions_of(ckpt) == run and checkpoints.problem(ckpt) is None
    (ckpt / checkpoints.MANIFEST).write_text(json.dumps({"files": {}}))  # written before sessions existed
    assert checkpoints.sessions_of(ckpt) == []
