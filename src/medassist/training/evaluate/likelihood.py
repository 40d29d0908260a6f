"""Teacher-forced log-likelihoods of answers given prompts, from `encode_example`'s labels: prompt
tokens are -100 there, and padding is added here with -100 labels and a zero attention mask, so
neither is ever counted. Used for answer-only loss/perplexity and for PubMedQA option scoring."""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F

from medassist.model.chat_format import IGNORE_INDEX


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
    targets = batch["labels"][:, 1:]  # position t predicts token t+1
    keep = (targets != IGNORE_INDEX) & (batch["attention_mask"][:, 1:] == 1)
    rows, cols = keep.nonzero(as_tuple=True)
    decoder = model.get_decoder() if hasattr(model, "get_decoder") else None
    head = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    if decoder is not None and head is not None and decoder is not model:
        # Project only the answer positions to the vocabulary: full (batch, length, 49k) logits in fp32
        # for long MedQuAD answers cost more time and memory than the transformer itself.
        hidden = decoder(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).last_hidden_state
        logits = head(hidden[:, :-1][rows, cols]).float()
    else:
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
        logits = logits[:, :-1][rows, cols].float()
    token_nll = F.cross_entropy(logits, targets[rows, cols], reduction="none")
    nll = torch.zeros(len(keep), dtype=torch.float64, device=token_nll.device)
    nll.index_add_(0, rows, token_nll.double())
    return nll.cpu(), keep.sum(dim=1).cpu()


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
