"""Training examples: prepared QA records -> `encode_example` (answer-only labels) -> batches padded
only to the longest sequence in each batch, or packed padding-free."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from medassist.errors import MedAssistError
from medassist.model.chat_format import IGNORE_INDEX, encode_example
from medassist.model.records import QARecord
from medassist.training.data.prepare import ensure_prepared, load_split


def load_records(data_dir: str | Path, split: str, limit: int | None) -> list[QARecord]:
    records = load_split(ensure_prepared(data_dir), split)
    if not records:
        raise MedAssistError(f"{data_dir}: the {split} split is empty")
    return records[:limit] if limit else records


def encode_records(tokenizer, records: Sequence[QARecord], max_length: int) -> list[dict]:
    """Tokenised examples with a `length` column (for length-grouped sampling); examples whose
    answer was truncated away entirely teach nothing and are dropped."""
    out = []
    for r in records:
        ex = encode_example(tokenizer, r.question, r.answer, max_length=max_length)
        if any(t != IGNORE_INDEX for t in ex["labels"][1:]):
            out.append(ex | {"length": len(ex["input_ids"])})
    if not out:
        raise MedAssistError(f"no example keeps an answer token within data.max_length={max_length}")
    return out


def supervised_tokens(labels: torch.Tensor) -> int:
    """Answer tokens the causal LM loss actually scores (labels shift by one position)."""
    return int((labels[..., 1:] != IGNORE_INDEX).sum())


@dataclass
class PadToLongest:
    """Right-pad a batch to its longest member. Labels are padded with IGNORE_INDEX by position,
    never by comparing with pad_token_id (pad == eos for many models, and eos is a real target)."""

    pad_token_id: int

    def __call__(self, features: list[dict]) -> dict[str, torch.Tensor]:
        width = max(len(f["input_ids"]) for f in features)
        ids, labels, mask = [], [], []
        for f in features:
            pad = width - len(f["input_ids"])
            ids.append(list(f["input_ids"]) + [self.pad_token_id] * pad)
            labels.append(list(f["labels"]) + [IGNORE_INDEX] * pad)
            mask.append(list(f["attention_mask"]) + [0] * pad)
        return {"input_ids": torch.tensor(ids), "labels": torch.tensor(labels),
                "attention_mask": torch.tensor(mask)}


def make_collator(tokenizer, packing: bool):
    if packing:
        # One row per micro-batch, no padding at all; position_ids restart per example, from which
        # transformers builds a block-diagonal attention mask (no attention across examples).
        from transformers import DataCollatorWithFlattening

        return DataCollatorWithFlattening(return_position_ids=True, separator_id=IGNORE_INDEX)
    return PadToLongest(tokenizer.pad_token_id)
