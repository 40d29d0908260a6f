"""Training fixtures: configs for the tiny random Llama (tests/conftest.py) on tiny QA splits, and
one shared finished training run that several tests inspect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import QA_PAIRS, write_qa_jsonl

from medassist.training.finetune.config import config_from_dict


def tiny_config(model_dir, data_dir, out_dir, **sections):
    """A fast config: fp32 (bit-stable comparisons), no LoRA dropout."""
    raw = {
        "model": {"name": str(model_dir), "dtype": "fp32"},
        "data": {"dir": str(data_dir), "max_length": 128},
        "lora": {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": ["q_proj", "v_proj"]},
        "train": {"learning_rate": 1e-2, "batch_size": 4, "grad_accum": 1, "epochs": 1, "warmup_ratio": 0.0,
                  "logging_steps": 1, "save_steps": 2, "eval_batch_size": 4, "seed": 0},
        "output": {"dir": str(out_dir)},
    }
    for section, values in sections.items():
        raw[section].update(values)
    return config_from_dict(raw)


def make_data_dir(d: Path) -> Path:
    write_qa_jsonl(d / "train.jsonl", QA_PAIRS[:8], "train")
    write_qa_jsonl(d / "validation.jsonl", QA_PAIRS[8:10], "validation")
    write_qa_jsonl(d / "test.jsonl", QA_PAIRS[10:], "test")
    (d / "stats.json").write_text(json.dumps({"fingerprint": "fixture"}))
    return d


@pytest.fixture(scope="session")
def train_data_dir(tmp_path_factory) -> Path:
    return make_data_dir(tmp_path_factory.mktemp("train-data"))


@pytest.fixture(scope="session")
def trained_run(tmp_path_factory, tiny_model_dir, train_data_dir):
    """4 epochs over the 8 tiny training pairs (8 steps), evaluated each epoch. Returns the config
    and the answer logits of the in-memory model at the end of training (for round-trip checks)."""
    import torch
    from transformers import TrainerCallback

    from medassist.training.finetune.recipe import train

    probe = torch.tensor([[1, 2, 3, 4, 5, 6, 7, 8]])
    seen = {}

    class Capture(TrainerCallback):
        def on_train_end(self, args, state, control, model=None, **kwargs):
            model.eval()
            with torch.no_grad():
                seen["logits"] = model(input_ids=probe).logits.clone()
            seen["step"] = state.global_step

    out = tmp_path_factory.mktemp("run") / "out"
    cfg = tiny_config(tiny_model_dir, train_data_dir, out, train={"epochs": 4, "learning_rate": 5e-2},
                      lora={"target_modules": "all-linear", "r": 8})
    summary = train(cfg, callbacks=[Capture()])
    return {"cfg": cfg, "out": out, "summary": summary, "probe": probe, **seen}


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    monkeypatch.setenv("WANDB_DISABLED", "true")


@pytest.fixture
def make_config():
    return tiny_config
