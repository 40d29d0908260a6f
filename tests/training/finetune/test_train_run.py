"""One tiny training run end to end: loss goes down, the output folder is a standard PEFT adapter
with metrics, summary and provenance, and the saved adapter reproduces the trained model."""

from __future__ import annotations

import json

import pytest
import torch

from medassist.training.data.leakage import TRAINING_RECORD, question_hashes


def rows(out):
    return [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]


def test_loss_decreases_on_a_repeated_dataset(trained_run):
    train_rows = [r for r in rows(trained_run["out"]) if "loss" in r]
    assert len(train_rows) == 8  # logging_steps=1, 2 steps/epoch x 4 epochs
    # A random tiny model starts near ln(vocab) = 10.8 and LoRA cannot touch its tied output
    # embedding, so the drop is modest but must be clear.
    assert train_rows[-1]["loss"] < train_rows[0]["loss"] - 0.15
    s = trained_run["summary"]
    assert s["best_val_loss"] < s["base_val_loss"]


def test_output_folder_contract(trained_run, train_data_dir):
    out, s = trained_run["out"], trained_run["summary"]
    for name in ("adapter_config.json", "adapter_model.safetensors", "tokenizer.json", "config.yaml",
                 "train_summary.json", TRAINING_RECORD, "metrics.jsonl"):
        assert (out / name).exists(), name
    assert "chat_template" in (out / "tokenizer_config.json").read_text() or (out / "chat_template.jinja").exists()
    for key in ("train_loss", "best_val_loss", "base_val_loss", "peak_memory_gb", "wall_seconds",
                "tokens_per_s", "steps", "epochs"):
        assert s[key] is not None, key
    assert s["steps"] == 8 and s["tokens_per_s"] > 0 and s["peak_memory_gb"] > 0
    assert json.loads((out / "train_summary.json").read_text()) == s
    assert not (out / "checkpoints").exists() and not (out / "best").exists()  # ready to ship
    metric_rows = rows(out)
    train_row = next(r for r in metric_rows if "loss" in r)
    assert set(train_row) == {"step", "epoch", "loss", "lr", "grad_norm", "tokens_per_s"}
    evals = [r for r in metric_rows if "eval_loss" in r]
    assert [r["step"] for r in evals] == [0, 2, 4, 6, 8]  # base, then each epoch
    assert evals[0]["eval_loss"] == pytest.approx(s["base_val_loss"])
    assert min(r["eval_loss"] for r in evals[1:]) == pytest.approx(s["best_val_loss"])

    record = json.loads((out / TRAINING_RECORD).read_text())
    assert record["base_model"] == str(trained_run["cfg"].model.name)
    assert record["data_fingerprint"] == "fixture"
    assert record["train_question_hashes"] == question_hashes(
        json.loads(line)["question"] for line in (train_data_dir / "train.jsonl").read_text().splitlines())
    assert {"torch", "transformers", "peft"} <= set(record["libraries"])
    assert record["config"]["lora"]["r"] == 8
    adapter_conf = json.loads((out / "adapter_config.json").read_text())
    assert adapter_conf["base_model_name_or_path"] == str(trained_run["cfg"].model.name)
    assert adapter_conf["r"] == 8
    assert sorted(adapter_conf["target_modules"]) == sorted(
        ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])


def test_adapter_round_trip_gives_identical_logits(trained_run, tiny_model_dir):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    s = trained_run["summary"]
    if s["best_step"] != trained_run["step"]:
        pytest.fail("the best checkpoint should be the last one on this steadily improving run")
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    model = PeftModel.from_pretrained(base, str(trained_run["out"])).eval()
    with torch.no_grad():
        logits = model(input_ids=trained_run["probe"]).logits
    torch.testing.assert_close(logits, trained_run["logits"], rtol=0, atol=1e-5)


def test_refuses_to_overwrite_a_previous_run(trained_run):
    from medassist.errors import MedAssistError
    from medassist.training.finetune.recipe import train

    with pytest.raises(MedAssistError, match="--resume"):
        train(trained_run["cfg"])
    with pytest.raises(MedAssistError, match="already finished"):
        train(trained_run["cfg"], resume=True)
