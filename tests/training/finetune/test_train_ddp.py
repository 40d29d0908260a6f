"""Data-parallel training under `accelerate launch`: two CPU processes (gloo) end with identical
LoRA weights, and the run covers the data once between them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml

REPO = Path(__file__).resolve().parents[3]

RANK_SCRIPT = """
import os, sys, torch
from transformers import TrainerCallback
from medassist.training.finetune.config import load_config
from medassist.training.finetune.recipe import train

class DumpLora(TrainerCallback):  # every rank saves the weights it ends with
    def on_train_end(self, args, state, control, model=None, **kwargs):
        lora = {n: p.detach().cpu() for n, p in model.named_parameters() if "lora_" in n}
        torch.save({"weights": lora, "step": state.global_step,
                    "backend": torch.distributed.get_backend() if torch.distributed.is_initialized() else None},
                   os.path.join(sys.argv[2], f"rank{os.environ['RANK']}.pt"))

train(load_config(sys.argv[1]), callbacks=[DumpLora()])
"""


@pytest.mark.slow
def test_two_cpu_processes_agree_on_final_weights(tmp_path, tiny_model_dir, train_data_dir, make_config):
    cfg = make_config(tiny_model_dir, train_data_dir, tmp_path / "out",
                      train={"epochs": 2, "batch_size": 2, "learning_rate": 5e-2})
    (tmp_path / "cfg.yaml").write_text(yaml.safe_dump(cfg.to_dict()))
    (tmp_path / "rank.py").write_text(RANK_SCRIPT)
    env = os.environ | {"CUDA_VISIBLE_DEVICES": "", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "accelerate.commands.launch", "--config_file",
         str(REPO / "configs" / "accelerate" / "ddp-cpu.yaml"), str(tmp_path / "rank.py"),
         str(tmp_path / "cfg.yaml"), str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    r0 = torch.load(tmp_path / "rank0.pt")
    r1 = torch.load(tmp_path / "rank1.pt")
    assert r0["backend"] == r1["backend"] == "gloo"
    # 8 examples, 2 processes x batch 2 -> 2 steps per epoch, 2 epochs
    assert r0["step"] == r1["step"] == 4
    assert r0["weights"].keys() == r1["weights"].keys() and r0["weights"]
    for name, w in r0["weights"].items():
        torch.testing.assert_close(r1["weights"][name], w, rtol=0, atol=0)
    assert any(w.abs().sum() > 0 for n, w in r0["weights"].items() if "lora_B" in n)  # it trained
    summary = json.loads((tmp_path / "out" / "train_summary.json").read_text())
    assert summary["world_size"] == 2 and summary["steps"] == 4
