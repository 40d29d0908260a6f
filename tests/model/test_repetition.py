"""The repetition guard: looping answers stop at a sentence end, normal answers pass unchanged,
streaming gives exactly the batch result, and the served path (Turn.stream) and evaluation apply it."""

from __future__ import annotations

import random

import pytest

from medassist.model.assistant import Turn
from medassist.model.repetition import (
    RepetitionGuard,
    ends_mid_sentence,
    guard_text,
    sentence_ends,
    trim_to_sentence,
)
from medassist.model.runtime import Generation

LOOPS = [
    # (looping text, what the guard must leave)
    ("Glaucoma is a group of eye diseases that damage the optic nerve. It can lead to vision loss "
     "and blindness if it is not treated. It can lead to vision loss and blindness if it is not treated. "
     "It can lead to vision",
     "Glaucoma is a group of eye diseases that damage the optic nerve. It can lead to vision loss "
     "and blindness if it is not treated."),
    # a loop inside the first sentence: no sentence ended, so the fragment before the repeat is kept
    ("Symptoms include pain in the joints and swelling of the joints and pain in the joints and "
     "swelling of the joints and pain in the joints",
     "Symptoms include pain in the joints and swelling of the joints and"),
    # a short sentence repeated (too short for the 8-gram rule)
    ("Anemia is a blood disorder. See your doctor. See your doctor. See your doctor.",
     "Anemia is a blood disorder. See your doctor."),
    # a looping list
    ("Risk factors include:\n- older age and a family history\n- smoking\n- older age and a family "
     "history\n- smoking\n- older age",
     "Risk factors include:\n- older age and a family history\n- smoking"),
    # "the the the ..."
    ("Treatment depends on the cause. The the the the the the the the the the the the",
     "Treatment depends on the cause."),
]

NORMAL = [
    "Diabetes is a disease in which your blood glucose, or blood sugar, levels are too high. Glucose "
    "comes from the foods you eat. Insulin is a hormone that helps the glucose get into your cells to "
    "give them energy. With type 1 diabetes, your body does not make insulin. With type 2 diabetes, "
    "the more common type, your body does not make or use insulin well.",
    "Common symptoms of the flu are:\n- fever (100.4 F or higher)\n- cough and sore throat\n"
    "- muscle aches\nSee a doctor, e.g. your GP, if symptoms last more than 10 days.",
    "The National Institutes of Health (NIH) in the U.S. funds research on asthma. Dr. Smith's team "
    "found that 2.5 mg doses were safe. Ask your doctor whether this is right for you!",
    "What causes it? Scientists do not know. Researchers are studying genes and the environment.",
]


@pytest.mark.parametrize("text,expected", LOOPS)
def test_looping_text_is_cut_at_a_sentence_end(text, expected):
    assert guard_text(text) == expected
    guard = RepetitionGuard()
    guard.feed(text)
    assert guard.stopped and guard.reason in ("ngram", "sentence")


@pytest.mark.parametrize("text", NORMAL)
def test_normal_text_passes_unchanged(text):
    guard = RepetitionGuard()
    assert guard.feed(text) + guard.finish() == text
    assert not guard.stopped
    assert guard_text(text, truncated=True) == text  # it ends a sentence: nothing to trim


def _stream(text: str, rng: random.Random, truncated: bool) -> tuple[str, list[str]]:
    guard = RepetitionGuard()
    shown, i = [], 0
    while i < len(text) and not guard.stopped:
        k = rng.randint(1, 9)
        shown.append(guard.feed(text[i:i + k]))
        assert "".join(shown) == guard.text  # what was shown is never taken back
        i += k
    shown.append(guard.finish(truncated=truncated))
    return "".join(shown), shown


@pytest.mark.parametrize("text", [t for t, _ in LOOPS] + NORMAL + [NORMAL[0][:-40], "no end at all here"])
@pytest.mark.parametrize("truncated", [False, True])
def test_streaming_result_equals_batch_result(text, truncated):
    rng = random.Random(0)
    expected = guard_text(text, truncated=truncated)
    for _ in range(30):
        streamed, _ = _stream(text, rng, truncated)
        assert streamed == expected


def test_streaming_holds_back_only_the_unfinished_sentence():
    guard = RepetitionGuard()
    assert guard.feed("Asthma is a chronic disease of the airways. It causes wheez") == \
        "Asthma is a chronic disease of the airways."
    assert guard.feed("ing. Triggers") == " It causes wheezing."
    assert guard.finish() == " Triggers"


def test_trim_to_sentence():
    assert trim_to_sentence("Rest helps. Drink water and avoid") == "Rest helps."
    assert trim_to_sentence("Take it with food (see above). Then") == "Take it with food (see above)."
    assert trim_to_sentence("Give 2.5 mg in the U.S. per day and") == "Give 2.5 mg in the U.S. per day and"
    assert trim_to_sentence("no sentence ended here") == "no sentence ended here"  # never empty
    assert trim_to_sentence("Steps:\n1. Rest\n2. Dri") == "Steps:\n1. Rest"
    assert trim_to_sentence("") == ""
    assert guard_text("Rest helps. Drink water and avoid", truncated=True) == "Rest helps."
    assert guard_text("Rest helps. Drink water and avoid", truncated=False) == "Rest helps. Drink water and avoid"


def test_ends_mid_sentence():
    assert not ends_mid_sentence("It is treatable.")
    assert not ends_mid_sentence("Is it treatable?  ")
    assert not ends_mid_sentence('He said "rest."')
    assert ends_mid_sentence("It is treatable and")
    assert ends_mid_sentence("See e.g.")  # an abbreviation does not end a sentence
    assert not ends_mid_sentence("")


def _turn(pieces: list[str], *, max_new_tokens: int = 256, finish_reason: str = "stop") -> Turn:
    gen = Generation(prompt_tokens=5, dropped_turns=0, max_new_tokens=max_new_tokens,
                     finish_reason=finish_reason, _pieces=iter(pieces))
    return Turn(action="ok", generation=gen, sources="[1] https://example.org", notice="See a clinician.")


def _pieces(text: str, size: int = 5) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def test_turn_stream_applies_the_guard_and_cancels_generation():
    text, expected = LOOPS[0]
    turn = _turn(_pieces(text + " It can lead to vision loss and blindness. " * 20))
    out = turn.text()
    assert out == expected + "\n\nSee a clinician.\n\n[1] https://example.org"
    assert turn.generation._cancel.is_set()


def test_turn_stream_trims_an_answer_cut_by_max_new_tokens():
    turn = _turn(_pieces("Rest helps. Drink water and avoid"), finish_reason="length")
    assert turn.text(with_sources=False) == "Rest helps.\n\nSee a clinician."
    assert not turn.generation._cancel.is_set()
    untouched = _turn(_pieces(NORMAL[1]))
    assert untouched.text(with_sources=False) == NORMAL[1] + "\n\nSee a clinician."


def test_served_answer_goes_through_the_guard(assistant, monkeypatch):
    """Assistant.answer -> Turn.stream, the path serve/chat/bots use."""
    text, expected = LOOPS[0]
    made = []

    def fake_stream(question, history=(), context=None, settings=None, **kwargs):
        made.append(Generation(prompt_tokens=5, dropped_turns=0, max_new_tokens=256, _pieces=iter(_pieces(text))))
        return made[-1]

    monkeypatch.setattr(assistant.runtime, "stream", fake_stream)
    turn = assistant.answer("What is glaucoma?")
    assert turn.text(with_sources=False) == expected
    assert made and made[0]._cancel.is_set()


def test_evaluation_applies_the_same_guard(tokenizer):
    """generate_batch guards each row like the served path: rows without an end-of-turn token count
    as cut by max_new_tokens."""
    import torch

    from medassist.training.evaluate import generate

    loop = LOOPS[0][0]
    ids = tokenizer(loop, add_special_tokens=False)["input_ids"]
    prompt = tokenizer("Q?", add_special_tokens=False)["input_ids"]
    eos = tokenizer.convert_tokens_to_ids("<|im_end|>")

    class FakeModel:
        device = torch.device("cpu")
        generation_config = None

        def generate(self, input_ids, **kw):
            rows = [prompt + ids + [eos], prompt + ids[:-3]]  # one ended, one cut by length
            width = max(map(len, rows))
            return torch.tensor([r + [eos] * (width - len(r)) for r in rows])

    def fake_tok(texts, **kw):
        return {"input_ids": torch.tensor([prompt, prompt]), "attention_mask": torch.ones(2, len(prompt))}

    class Tok:
        padding_side = "right"
        eos_token_id = eos
        pad_token_id = eos
        __call__ = staticmethod(fake_tok)
        get_vocab = tokenizer.get_vocab
        batch_decode = tokenizer.batch_decode
        decode = tokenizer.decode

    from medassist.model.decoding import GenerationSettings

    raw = generate.generate_batch(FakeModel(), Tok(), ["a", "b"], GenerationSettings(), guard=False)
    guarded = generate.generate_batch(FakeModel(), Tok(), ["a", "b"], GenerationSettings())
    assert guarded == [guard_text(raw[0], truncated=False), guard_text(raw[1], truncated=True)]
    assert guarded[0] == LOOPS[0][1] and len(guarded[0]) < len(raw[0])


def test_mid_sentence_rate_is_reported():
    from medassist.training.evaluate.metrics import score_stats, text_scores

    hyps = ["Rest helps.", "Rest helps and", "Rest helps!", "Rest"]
    rows = text_scores(hyps, ["Rest helps."] * 4, embed=None)
    assert [r["mid_sentence"] for r in rows] == [False, True, False, True]
    assert score_stats(rows)["mid_sentence_rate"].score() == pytest.approx(0.5)


def test_sentence_ends_with_and_without_line_breaks():
    text = "Causes\nAsthma runs in families, e.g. in twins. It is common!\n- inhalers\nAsk a doctor"
    with_lines = sentence_ends(text)
    punct_only = sentence_ends(text, line_breaks=False)
    assert [text[:e].rstrip()[-1] for e in punct_only] == [".", "!"]  # "e.g." is not an end
    assert text[:punct_only[0]].endswith("in twins.")
    assert set(punct_only) < set(with_lines)  # a heading line and a list item end units too
    assert text[:with_lines[0]] == "Causes\n"
    assert sentence_ends("no end here") == []
