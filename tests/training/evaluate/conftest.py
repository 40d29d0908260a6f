"""Evaluation fixtures: a tiny random Llama whose greedy output varies (large init), and a LoRA
adapter for it that records its base and training questions like `medassist train` does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import QA_PAIRS, tiny_llama_config


@pytest.fixture(scope="session")
def varied_model_dir(tmp_path_factory, tokenizer) -> Path:
    """Tiny random Llama with large weights, so greedy answers are varied non-empty text (the
    default 0.02 init answers every prompt with newlines)."""
    import torch
    from transformers import AutoModelForCausalLM

    torch.manual_seed(1)
    cfg = tiny_llama_config(len(tokenizer), bos_token_id=tokenizer.bos_token_id,
                            eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
                            initializer_range=0.5)
    model = AutoModelForCausalLM.from_config(cfg)
    out = tmp_path_factory.mktemp("varied-llama")
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def adapter_dir(tmp_path_factory, varied_model_dir) -> Path:
    """A LoRA adapter with non-zero B (so it changes the logits), trained-on record included."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from medassist.training.data.leakage import TRAINING_RECORD, question_hashes

    torch.manual_seed(2)
    base = AutoModelForCausalLM.from_pretrained(varied_model_dir)
    peft_model = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"],
                                                 init_lora_weights=False))
    out = tmp_path_factory.mktemp("adapter")
    peft_model.save_pretrained(out)
    (out / TRAINING_RECORD).write_text(json.dumps({
        "base_model": str(varied_model_dir), "data_fingerprint": "fixture",
        "train_question_hashes": question_hashes(q for q, _ in QA_PAIRS[:8])}))
    return out
