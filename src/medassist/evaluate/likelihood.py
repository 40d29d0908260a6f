"""Teacher-forced log-likelihoods of answers given prompts, from `encode_example`'s labels: prompt
tokens are -100 there, and padding is added here with -100 labels and a zero attention mask, so
neither is ever counted. Used for answer-only loss/perplexity and for PubMedQA option scoring."""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F

from medassist.data.chat_format import IGNORE_INDEX


def pad_examples(examples: Sequence[dict], pad_id: int) -> dict[str, torch.Tensor]:
    """Right-pad encoded examples into a batch; labels of pad positions are IGNORE_INDEX."""
    width = max(len(e["input_ids"]) for e in examples)
    ids, labels, mask = [], [], []
    for e in examples:
        pad = width - len(e["input_ids"])
        ids.append(list(e["input_ids"]) + [pad_id] * pad)
        labels.append(list(e["labels"]) + [IGNORE_INDEX] * pad)
        mask.append(list(e["attention_mask"]) + [0] * pad)
    return {"input_ids": torch.tensor(ids), "labels": torch.tensor(labels),
            "attention_mask": torch.tensor(mask)}


@torch.inference_mode()
def answer_nll(model, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-example (sum of answer-token NLL, number of answer tokens)."""
    batch = {k: v.to(model.device) for k, v in batch.items()}
    logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
    logits = logits[:, :-1].float()  # position t predicts token t+1
    targets = batch["labels"][:, 1:]
    nll = F.cross_entropy(logits.transpose(1, 2), targets.clamp(min=0), reduction="none")
    keep = (targets != IGNORE_INDEX) & (batch["attention_mask"][:, 1:] == 1)
    nll = (nll * keep).sum(dim=1)
    return nll.cpu().double(), keep.sum(dim=1).cpu()


def nll_all(model, tokenizer, examples: Sequence[dict], batch_size: int = 8) -> list[tuple[float, int]]:
    """(nll_sum, n_tokens) per example, batched over examples sorted by length."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i]["input_ids"]))
    out: list[tuple[float, int]] = [(0.0, 0)] * len(examples)
    for start in range(0, len(order), batch_size):
        idx = order[start:start + batch_size]
        nll, n = answer_nll(model, pad_examples([examples[i] for i in idx], tokenizer.pad_token_id))
        for j, i in enumerate(idx):
            out[i] = (float(nll[j]), int(n[j]))
    return out
