"""The ablation in bench/train_throughput.py (not used by `medassist train`, measured slower on a CPU): a
training loss that runs the vocabulary head only at answer positions gives the same loss and gradients as
the full head (padded and packed batches, with gradient accumulation), and the head really sees fewer rows."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import torch
from transformers import TrainerCallback

from medassist.training.finetune import recipe
from medassist.training.finetune.recipe import MedAssistTrainer, train

BENCH = Path(__file__).resolve().parents[3] / "bench" / "train_throughput.py"


def _answer_only_head_trainer():
    spec = importlib.util.spec_from_file_location("train_throughput", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.answer_only_head_trainer()


class FirstStep(TrainerCallback):
    """Gradients at the first optimizer step and the row counts the output layer was fed."""

    def __init__(self):
        self.grads = None
        self.head_rows: list[int] = []  # rows fed to the output layer during the first step's micro-batches
        self._recording = False

    def on_train_begin(self, args, state, control, model=None, **kwargs):
        model.get_output_embeddings().register_forward_hook(self._count)

    def _count(self, _module, args, _out):
        if self._recording:
            self.head_rows.append(args[0].shape[:-1].numel())

    def on_step_begin(self, args, state, control, **kwargs):
        self._recording = self.grads is None

    def on_pre_optimizer_step(self, args, state, control, model=None, **kwargs):
        if self.grads is None:
            self.grads = {n: p.grad.detach().clone() for n, p in model.named_parameters() if p.requires_grad}
        self._recording = False


def first_step(monkeypatch, make_config, model_dir, data_dir, out, *, answer_only: bool, packing: bool):
    monkeypatch.setattr(recipe, "MedAssistTrainer", _answer_only_head_trainer() if answer_only else MedAssistTrainer)
    cfg = make_config(model_dir, data_dir, out, data={"max_train_samples": 4},
                      train={"batch_size": 2, "grad_accum": 2, "max_steps": 1, "max_grad_norm": 1e9,
                             "group_by_length": False, "packing": packing})
    step = FirstStep()
    train(cfg, callbacks=[step])
    loss = next(json.loads(line)["loss"] for line in (out / "metrics.jsonl").read_text().splitlines()
                if "loss" in json.loads(line))
    return loss, step


@pytest.mark.parametrize("packing", [False, True])
def test_answer_only_head_gives_the_same_loss_and_grads(monkeypatch, make_config, tiny_model_dir,
                                                        train_data_dir, tmp_path, packing):
    loss_full, full = first_step(monkeypatch, make_config, tiny_model_dir, train_data_dir, tmp_path / "full",
                                 answer_only=False, packing=packing)
    loss_ans, ans = first_step(monkeypatch, make_config, tiny_model_dir, train_data_dir, tmp_path / "ans",
                               answer_only=True, packing=packing)
    assert abs(loss_full - loss_ans) < 1e-5
    assert full.grads
    assert full.grads.keys() == ans.grads.keys()
    for name in full.grads:
        torch.testing.assert_close(ans.grads[name], full.grads[name], rtol=1e-4, atol=1e-7)
    assert any(g.abs().sum() > 0 for g in ans.grads.values())
    # The two micro-batches of the step: the head saw only answer positions, far fewer than all positions.
    assert len(full.head_rows) == 2
    assert len(ans.head_rows) == 2
    assert sum(ans.head_rows) < 0.8 * sum(full.head_rows)
