"""Training examples: prepared QA records -> `encode_example` (answer-only labels) -> batches padded
only to the longest sequence in each batch, or packed padding-free."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from medassist.errors import MedAssistError
from medassist.model.chat_format import IGNORE_INDEX, encode_example
from medassist.model.records import QARecord
from medassist.model.repetition import sentence_ends
from medassist.training.data.prepare import ensure_prepared, load_split
from medassist.training.finetune.config import CLIP_MODES

log = logging.getLogger(__name__)


def load_records(data_dir: str | Path, split: str, limit: int | None,
                 exclude_answers: Sequence[str] = ()) -> list[QARecord]:
    """The first `limit` records of a split, after dropping those whose answer matches any of the
    `exclude_answers` regular expressions (the split itself, and so evaluation, is unchanged)."""
    records = load_split(ensure_prepared(data_dir), split)
    if not records:
        raise MedAssistError(f"{data_dir}: the {split} split is empty")
    if exclude_answers:
        patterns = [re.compile(p) for p in exclude_answers]
        kept = [r for r in records if not any(p.search(r.answer) for p in patterns)]
        log.info("%s: %d of %d records excluded by data.exclude_answers", split, len(records) - len(kept), len(records))
        if not kept:
            raise MedAssistError(f"{data_dir}: data.exclude_answers excludes every {split} record")
        records = kept
    return records[:limit] if limit else records


def clip_answer(tokenizer, question: str, answer: str, *, max_length: int,
                max_answer_tokens: int | None = None, context: str | None = None) -> str | None:
    """`answer` cut at its last sentence end (. ! ?) such that the whole example (prompt, answer and
    end-of-turn) fits in `max_length` tokens and the answer in `max_answer_tokens`; the answer
    unchanged when it already fits; None when not even its first sentence fits.

    Cutting tokens at the budget instead (what plain truncation does) trains on answers that stop
    mid-sentence with no end-of-turn: the model learns to run until max_new_tokens cuts it. Clipped
    at a sentence, every example ends with a finished sentence and the end-of-turn token."""

    def fits(text: str) -> bool:
        ex = encode_example(tokenizer, question, text, context=context)
        answer_tokens = sum(t != IGNORE_INDEX for t in ex["labels"]) - 1  # less the end-of-turn
        return len(ex["input_ids"]) <= max_length and (
            max_answer_tokens is None or answer_tokens <= max_answer_tokens)

    answer = answer.strip()
    if fits(answer):
        return answer
    ends = sentence_ends(answer, line_breaks=False)
    lo, hi = 0, len(ends)  # fits() is monotone in the prefix: find how many sentence ends fit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(answer[:ends[mid - 1]]):
            lo = mid
        else:
            hi = mid - 1
    return answer[:ends[lo - 1]].rstrip() if lo else None


def retrieval_contexts(retriever, records: Sequence[QARecord], k: int) -> list[str]:
    """For each record, its k retrieved passages formatted as the served prompt shows them.

    The record's own answer is never among them, nor any record with the same normalised question
    (the split keeps those together, so a held-out question never finds its own answer either): the
    model learns to answer from neighbouring passages, as it must at serving time, not to copy."""
    from medassist.model.retrieval import format_context

    return [format_context(retriever.search(r.question, k=k, exclude=same_record(r))) for r in records]


def same_record(record: QARecord):
    """A retrieval `exclude` predicate: true for `record` itself, any copy of its answer, and any
    record with the same normalised question (training never retrieves its own answer)."""
    from medassist.training.data.clean import normalise_key

    question, answer = normalise_key(record.question), normalise_key(record.answer)
    return lambda r: normalise_key(r.question) == question or normalise_key(r.answer) == answer


def encode_records(tokenizer, records: Sequence[QARecord], max_length: int, *, clip: str = "tokens",
                   max_answer_tokens: int | None = None,
                   contexts: Sequence[str | None] | None = None) -> list[dict]:
    """Tokenised examples with a `length` column (for length-grouped sampling); `contexts[i]`, when
    given, is record i's retrieved passages, put in its prompt as serving does.

    clip="tokens": cut at `max_length` tokens (an answer truncated away entirely teaches nothing and
    its example is dropped). clip="sentence": answers clipped at a sentence end within `max_length`
    and `max_answer_tokens` (`clip_answer`); an example whose first sentence does not fit is dropped."""
    if clip not in CLIP_MODES:
        raise MedAssistError(f"data.clip must be one of {', '.join(CLIP_MODES)}, got {clip!r}")
    if contexts is not None and len(contexts) != len(records):
        raise ValueError(f"{len(records)} records but {len(contexts)} contexts")
    out, dropped = [], 0
    for i, r in enumerate(records):
        context = contexts[i] if contexts is not None else None
        answer = r.answer
        if clip == "sentence":
            answer = clip_answer(tokenizer, r.question, r.answer, max_length=max_length,
                                 max_answer_tokens=max_answer_tokens, context=context)
            if answer is None:
                dropped += 1
                continue
        ex = encode_example(tokenizer, r.question, answer, context=context, max_length=max_length)
        if any(t != IGNORE_INDEX for t in ex["labels"][1:]):
            out.append(ex | {"length": len(ex["input_ids"])})
        else:
            dropped += 1
    if not out:
        hint = " (clip=sentence keeps only whole sentences: raise it, or set data.clip=tokens)" if clip == "sentence" else ""
        raise MedAssistError(f"no example keeps an answer within data.max_length={max_length}{hint}")
    if dropped:
        log.info("dropped %d of %d examples: no answer (clip=%s) fits in %d tokens",
                 dropped, len(records), clip, max_length)
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
