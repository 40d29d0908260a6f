"""The label mask, for SmolLM2's ChatML template and TinyLlama's real template (where pad == eos):
the unmasked tokens are exactly the answer plus the end-of-turn token; every prompt token is -100."""

from __future__ import annotations

import pytest

from medassist.model.chat_format import (
    IGNORE_INDEX,
    build_messages,
    encode_example,
    encode_prompt,
    render_prompt,
)
from medassist.model.prompts import SYSTEM_PROMPT

ANSWERS = [
    "Diabetes is a disease in which blood sugar levels are too high.",
    "Common signs:\n- thirst\n- frequent urination\n\nSee a clinician if they persist.",
    "Levels < 100 mg/dL are normal; ≥ 126 mg/dL suggests diabetes (ünïcödé ok).",
]
SYSTEMS = [SYSTEM_PROMPT, "Be brief.", None]


@pytest.fixture(params=["smollm2", "tinyllama"])
def tok_and_eot(request):
    if request.param == "smollm2":
        return request.getfixturevalue("tokenizer"), "<|im_end|>"
    tok = request.getfixturevalue("tinyllama_tokenizer")
    assert tok.pad_token == tok.eos_token == "</s>"  # the case that breaks pad-based masking
    return tok, "</s>"


def unmasked(ex):
    return [t for t, lab in zip(ex["input_ids"], ex["labels"], strict=True) if lab != IGNORE_INDEX]


@pytest.mark.parametrize("system", SYSTEMS, ids=["default-system", "short-system", "no-system"])
@pytest.mark.parametrize("answer", ANSWERS, ids=["plain", "multiline", "symbols"])
def test_unmasked_tokens_are_answer_plus_end_of_turn(tok_and_eot, system, answer):
    tok, eot = tok_and_eot
    ex = encode_example(tok, "What is diabetes?", answer, system=system)
    assert len(ex["input_ids"]) == len(ex["labels"]) == len(ex["attention_mask"])
    assert set(ex["attention_mask"]) == {1}
    assert tok.decode(unmasked(ex)) == answer + eot
    # The end-of-turn token is the last token and is a label, although it is also the pad token.
    assert ex["input_ids"][-1] == tok.convert_tokens_to_ids(eot) == ex["labels"][-1]
    # Masked = exactly the generation prompt: the model sees at train time what it sees at inference.
    n_masked = ex["labels"].count(IGNORE_INDEX)
    prompt = encode_prompt(tok, build_messages("What is diabetes?", system=system))
    assert ex["input_ids"][:n_masked] == prompt
    assert all(lab == IGNORE_INDEX for lab in ex["labels"][:n_masked])
    assert all(lab != IGNORE_INDEX for lab in ex["labels"][n_masked:])


def test_system_prompt_is_in_the_prompt(tok_and_eot):
    tok, _ = tok_and_eot
    assert SYSTEM_PROMPT in render_prompt(tok, build_messages("Q?"))
    assert SYSTEM_PROMPT not in render_prompt(tok, build_messages("Q?", system=None))
    assert SYSTEM_PROMPT not in render_prompt(tok, build_messages("Q?", system="Be brief."))


def test_prompt_has_no_doubled_special_tokens(tok_and_eot):
    tok, _ = tok_and_eot
    ids = encode_prompt(tok, build_messages("Q?", system=None))
    assert tok.decode(ids) == render_prompt(tok, build_messages("Q?", system=None))
    if tok.bos_token_id is not None and ids[:1] == [tok.bos_token_id]:
        assert ids[1] != tok.bos_token_id


def test_smollm2_prompt_ends_with_assistant_header(tokenizer):
    assert render_prompt(tokenizer, build_messages("Q?")).endswith("<|im_start|>assistant\n")


def test_tinyllama_prompt_uses_its_own_roles(tinyllama_tokenizer):
    text = render_prompt(tinyllama_tokenizer, build_messages("Q?", system="S"))
    assert text.startswith("<|system|>\nS</s>\n<|user|>\nQ?</s>\n") and text.endswith("<|assistant|>\n")


def test_history_and_context_messages():
    msgs = build_messages("And now?", system=None,
                          history=[{"role": "user", "content": "Hi", "extra": 1},
                                   {"role": "assistant", "content": "Hello"}],
                          context="[1] passage")
    # passages ride in the system turn; the user turn is the bare question, as in training
    assert [m["role"] for m in msgs] == ["system", "user", "assistant", "user"]
    assert "[1] passage" in msgs[0]["content"]
    assert msgs[1] == {"role": "user", "content": "Hi"}
    assert msgs[-1] == {"role": "user", "content": "And now?"}
    with_system = build_messages("Q?", system="S", context="[1] p")
    assert with_system[0]["content"].startswith("S\n\n") and "[1] p" in with_system[0]["content"]
    assert with_system[-1] == {"role": "user", "content": "Q?"}


def test_max_length_truncates_all_three_lists(tok_and_eot):
    tok, _ = tok_and_eot
    full = encode_example(tok, "What is diabetes?", ANSWERS[1], system=None)
    n_masked = full["labels"].count(IGNORE_INDEX)
    cut = encode_example(tok, "What is diabetes?", ANSWERS[1], system=None, max_length=n_masked + 3)
    assert cut["input_ids"] == full["input_ids"][: n_masked + 3]
    assert cut["labels"] == full["labels"][: n_masked + 3]
    assert len(cut["attention_mask"]) == n_masked + 3
    assert len(unmasked(cut)) == 3
    assert encode_example(tok, "What is diabetes?", ANSWERS[1], system=None,
                          max_length=len(full["input_ids"]) + 10) == full
