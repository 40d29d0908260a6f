"""`medassist export`: the merged plain model computes what base + adapter compute."""

from __future__ import annotations

import pytest
import torch


def test_export_merges_adapter_into_plain_model(trained_run, tmp_path, tiny_model_dir):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from medassist.cli import main

    out = tmp_path / "merged"
    assert main(["export", "--adapter", str(trained_run["out"]), "--output", str(out), "--dtype", "fp32"]) == 0
    assert (out / "model.safetensors").exists() and (out / "tokenizer.json").exists()
    assert not (out / "adapter_config.json").exists()
    merged = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32).eval()
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    with torch.no_grad():
        untuned = base(input_ids=trained_run["probe"]).logits
        peft_logits = PeftModel.from_pretrained(base, str(trained_run["out"])).eval()(
            input_ids=trained_run["probe"]).logits
        logits = merged(input_ids=trained_run["probe"]).logits
    torch.testing.assert_close(logits, peft_logits, rtol=1e-4, atol=1e-4)
    assert not torch.allclose(logits, untuned, atol=1e-4)  # the adapter really changed the model


def test_export_refuses_non_adapter_and_non_empty_out(trained_run, tmp_path, capsys):
    from medassist.cli import main

    assert main(["export", "--adapter", str(tmp_path), "--output", str(tmp_path / "x")]) == 2
    assert "adapter_config.json" in capsys.readouterr().err
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    assert main(["export", "--adapter", str(trained_run["out"]), "--output", str(tmp_path / "full")]) == 2
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"


@pytest.mark.parametrize("bad", ["int8"])
def test_export_bad_dtype(trained_run, tmp_path, bad, capsys):
    from medassist.cli import main

    assert main(["export", "--adapter", str(trained_run["out"]), "--output", str(tmp_path / "m"), "--dtype", bad]) == 2
    assert not (tmp_path / "m").exists()
