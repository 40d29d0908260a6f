"""Batching: answer-only labels survive padding (pad == eos), no fixed-length padding, packing."""

from __future__ import annotations

import torch

from medassist.model.chat_format import IGNORE_INDEX, encode_example
from medassist.training.finetune.data import PadToLongest, make_collator, supervised_tokens


def test_pad_to_longest_masks_by_position_even_when_pad_is_eos(tinyllama_tokenizer):
    tok = tinyllama_tokenizer
    assert tok.pad_token_id == tok.eos_token_id or tok.pad_token_id is None
    pad_id = tok.eos_token_id
    short = encode_example(tok, "What is flu?", "A viral infection.")
    long = encode_example(tok, "What are the symptoms of asthma?", "Wheezing, coughing and tightness.")
    batch = PadToLongest(pad_id)([short, long])
    width = max(len(short["input_ids"]), len(long["input_ids"]))
    assert batch["input_ids"].shape == (2, width)  # padded to the longest, not to a fixed length
    n = len(short["input_ids"])
    # The real end-of-turn eos of the short example stays a target; its padding (same id) does not.
    assert batch["labels"][0, :n].tolist() == short["labels"]
    assert (batch["labels"][0, n:] == IGNORE_INDEX).all()
    assert batch["attention_mask"][0].tolist() == [1] * n + [0] * (width - n)
    assert pad_id in short["labels"]
    assert supervised_tokens(batch["labels"]) == sum(
        sum(t != IGNORE_INDEX for t in e["labels"][1:]) for e in (short, long))


def test_packing_flattens_without_padding(tokenizer):
    a = encode_example(tokenizer, "What is flu?", "A viral infection.")
    b = encode_example(tokenizer, "What is anemia?", "Too few red blood cells.")
    batch = make_collator(tokenizer, packing=True)([a | {"length": 1}, b | {"length": 1}])
    total = len(a["input_ids"]) + len(b["input_ids"])
    assert batch["input_ids"].shape == (1, total)
    pos = batch["position_ids"][0].tolist()
    assert pos[: len(a["input_ids"])] == list(range(len(a["input_ids"])))
    assert pos[len(a["input_ids"])] == 0  # restarts: no attention across examples
    labels = batch["labels"][0]
    assert labels[len(a["input_ids"])] == IGNORE_INDEX  # no target across the boundary
    assert torch.equal(labels[len(a["input_ids"]) + 1:], torch.tensor(b["labels"][1:]))
