"""Gradient accumulation: batch 1 x accum 4 must give the loss and gradients of batch 4 x accum 1
(the summed answer-token loss divided by the answer tokens of the whole optimizer step)."""

from __future__ import annotations

import json

import torch
from transformers import TrainerCallback

from medassist.training.finetune.recipe import train


class GradsAtFirstStep(TrainerCallback):
    def __init__(self):
        self.grads = None

    def on_pre_optimizer_step(self, args, state, control, model=None, **kwargs):
        if self.grads is None:
            self.grads = {n: p.grad.detach().clone() for n, p in model.named_parameters() if p.requires_grad}


def first_step(make_config, tiny_model_dir, data_dir, out, batch_size, grad_accum):
    cfg = make_config(tiny_model_dir, data_dir, out, data={"max_train_samples": 4},
                      train={"batch_size": batch_size, "grad_accum": grad_accum, "max_steps": 1,
                             "max_grad_norm": 1e9, "group_by_length": False})
    grads = GradsAtFirstStep()
    train(cfg, callbacks=[grads])
    loss = next(json.loads(line)["loss"] for line in (out / "metrics.jsonl").read_text().splitlines()
                if "loss" in json.loads(line))
    return loss, grads.grads


def test_batch4_equals_batch1_accum4(make_config, tiny_model_dir, train_data_dir, tmp_path, tokenizer):
    from medassist.training.data.prepare import load_split
    from medassist.training.finetune.data import encode_records

    # The four answers differ in length, so a mean of per-micro-batch means would differ: the test can fail.
    ex = encode_records(tokenizer, load_split(train_data_dir, "train")[:4], 128)
    assert len({sum(t != -100 for t in e["labels"]) for e in ex}) > 1

    loss_big, grads_big = first_step(make_config, tiny_model_dir, train_data_dir, tmp_path / "a", 4, 1)
    loss_acc, grads_acc = first_step(make_config, tiny_model_dir, train_data_dir, tmp_path / "b", 1, 4)
    assert abs(loss_big - loss_acc) < 1e-4
    assert grads_big.keys() == grads_acc.keys() and grads_big
    for name in grads_big:
        torch.testing.assert_close(grads_acc[name], grads_big[name], rtol=1e-4, atol=1e-7)
    assert any(g.abs().sum() > 0 for g in grads_big.values())


def test_packing_gives_the_padded_loss_and_grads(make_config, tiny_model_dir, train_data_dir, tmp_path):
    """Packed rows restart position_ids per example and attend only within it: same loss, same grads."""
    def run(out, packing):
        cfg = make_config(tiny_model_dir, train_data_dir, out, data={"max_train_samples": 4},
                          train={"batch_size": 4, "max_steps": 1, "max_grad_norm": 1e9,
                                 "group_by_length": False, "packing": packing})
        grads = GradsAtFirstStep()
        train(cfg, callbacks=[grads])
        loss = next(json.loads(line)["loss"] for line in (out / "metrics.jsonl").read_text().splitlines()
                    if "loss" in json.loads(line))
        return loss, grads.grads

    loss_pad, grads_pad = run(tmp_path / "pad", False)
    loss_pack, grads_pack = run(tmp_path / "pack", True)
    assert abs(loss_pad - loss_pack) < 1e-4
    for name in grads_pad:
        torch.testing.assert_close(grads_pack[name], grads_pad[name], rtol=1e-3, atol=1e-6)
