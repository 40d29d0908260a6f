"""Batching: answer-only labels survive padding (pad == eos), no fixed-length padding, packing."""

from __future__ import annotations

import pytest
import torch

from medassist.errors import MedAssistError
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


# --- answers clipped at a sentence end (issue 13) --------------------------------------------------

LONG_ANSWER = ("Asthma is a long-term disease of the airways. It inflames and narrows them. Symptoms include "
               "wheezing, coughing and chest tightness. Attacks can be triggered by allergens, smoke or "
               "exercise. Treatment uses inhaled medicines that control swelling and open the airways quickly "
               "when symptoms flare up during the day or at night")


def _answer_tokens(ex) -> int:
    return sum(t != IGNORE_INDEX for t in ex["labels"]) - 1  # less the end-of-turn


def test_clip_answer_ends_at_a_sentence_and_keeps_the_end_of_turn(tokenizer):
    from medassist.training.finetune.data import clip_answer

    q = "What is asthma?"
    full = encode_example(tokenizer, q, LONG_ANSWER)
    budget = len(full["input_ids"]) - 25  # the last sentence (unpunctuated) and more cannot fit
    clipped = clip_answer(tokenizer, q, LONG_ANSWER, max_length=budget)
    assert clipped is not None and clipped.endswith(".") and LONG_ANSWER.startswith(clipped)
    ex = encode_example(tokenizer, q, clipped)
    assert len(ex["input_ids"]) <= budget
    assert ex["labels"][-1] == ex["input_ids"][-1] == tokenizer.convert_tokens_to_ids("<|im_end|>")
    # the longest such prefix: one more sentence would not fit
    nxt = LONG_ANSWER[: LONG_ANSWER.index(".", len(clipped)) + 1]
    assert len(encode_example(tokenizer, q, nxt)["input_ids"]) > budget
    # an answer that fits is unchanged; a budget below the first sentence gives None
    assert clip_answer(tokenizer, q, "Asthma is a disease. ", max_length=budget) == "Asthma is a disease."
    assert clip_answer(tokenizer, q, LONG_ANSWER, max_length=len(encode_example(tokenizer, q, "")["input_ids"]) + 2) is None


def test_clip_answer_respects_the_answer_token_budget(tokenizer):
    from medassist.training.finetune.data import clip_answer

    clipped = clip_answer(tokenizer, "What is asthma?", LONG_ANSWER, max_length=4096, max_answer_tokens=20)
    ex = encode_example(tokenizer, "What is asthma?", clipped)
    assert 0 < _answer_tokens(ex) <= 20 and clipped.endswith(".")
    # "e.g." is not a sentence end to clip at
    a = "Avoid triggers, e.g. smoke and dust, every day of the year. Use the inhaler as shown."
    first = clip_answer(tokenizer, "q?", a, max_length=4096,
                        max_answer_tokens=_answer_tokens(encode_example(tokenizer, "q?", a)) - 1)
    assert first == "Avoid triggers, e.g. smoke and dust, every day of the year."


def test_encode_records_clip_modes(tokenizer):
    from medassist.model.records import QARecord
    from medassist.training.finetune.data import encode_records

    recs = [QARecord("What is asthma?", LONG_ANSWER), QARecord("What is flu?", "A viral infection.")]
    eot = tokenizer.convert_tokens_to_ids("<|im_end|>")
    width = len(encode_example(tokenizer, recs[0].question, LONG_ANSWER)["input_ids"]) - 25
    by_tokens = encode_records(tokenizer, recs, width, clip="tokens")
    by_sentence = encode_records(tokenizer, recs, width, clip="sentence")
    assert by_tokens[0]["length"] == width and by_tokens[0]["labels"][-1] != eot  # cut mid-answer
    assert by_sentence[0]["length"] < width and by_sentence[0]["labels"][-1] == eot  # finished
    assert by_tokens[1] == by_sentence[1]  # short answers are untouched
    # a budget no first sentence fits drops the example instead of teaching an unfinished one
    tiny = len(encode_example(tokenizer, recs[0].question, "")["input_ids"]) + 6
    kept = encode_records(tokenizer, recs, tiny, clip="sentence")
    assert len(kept) == 1 and kept[0]["labels"][-1] == eot

    with pytest.raises(MedAssistError, match="data.clip"):
        encode_records(tokenizer, recs, width, clip="words")


def test_exclude_answers_drops_matching_records_before_the_limit(train_data_dir):
    from medassist.training.finetune.data import load_records

    every = load_records(train_data_dir, "train", None)
    blood = [r for r in every if "blood" in r.answer]
    assert 0 < len(blood) < len(every)
    kept = load_records(train_data_dir, "train", None, ["blood"])
    assert [r.question for r in kept] == [r.question for r in every if "blood" not in r.answer]
    # the limit counts records that are kept, so N examples means N examples trained on
    assert load_records(train_data_dir, "train", 3, ["blood"]) == kept[:3]
    with pytest.raises(MedAssistError, match="excludes every train record"):
        load_records(train_data_dir, "train", None, ["."])
