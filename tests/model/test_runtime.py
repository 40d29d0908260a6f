import threading

import pytest

from medassist.errors import MedAssistError
from medassist.model.chat_format import build_messages, encode_prompt
from medassist.model.decoding import GenerationSettings
from medassist.model.runtime import ChatRuntime, resolve_adapter


def test_stream_yields_pieces_that_join_to_the_greedy_reply(runtime, settings):
    gen = runtime.stream("What is diabetes?", settings=settings)
    pieces = list(gen)
    assert len(pieces) >= 1
    assert all(isinstance(p, str) and p for p in pieces)
    assert 1 <= gen.completion_tokens <= settings.max_new_tokens
    assert gen.ttft_s is not None
    assert gen.ttft_s > 0
    assert gen.finish_reason in ("stop", "length")
    # Greedy decoding is deterministic: streaming and a plain generate agree.
    assert "".join(pieces) == runtime.generate("What is diabetes?", settings=settings)


def test_reply_matches_a_plain_greedy_generate_on_the_same_prompt(runtime, settings):
    import torch

    # The served decoder: greedy, no repetition penalty (GenerationSettings' defaults).
    assert settings.greedy
    assert settings.repetition_penalty == 1.0
    assert settings.no_repeat_ngram_size == 0
    ids = encode_prompt(runtime.tokenizer, build_messages("What is anemia?"))
    with torch.inference_mode():
        out = runtime.model.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                                     do_sample=False, max_new_tokens=settings.max_new_tokens,
                                     eos_token_id=runtime.eos_token_ids, pad_token_id=runtime.pad_token_id)
    expected = runtime.tokenizer.decode(out[0, len(ids):], skip_special_tokens=True)
    assert runtime.generate("What is anemia?", settings=settings) == expected


def test_finish_reason_is_length_when_the_cap_cuts_the_reply(runtime):
    gen = runtime.stream("What is glaucoma?", settings=GenerationSettings(max_new_tokens=3))
    gen.text()
    assert gen.completion_tokens == 3
    assert gen.finish_reason == "length"


def test_stop_on_eos(runtime, monkeypatch):
    # Make every token EOS: generation must stop after one token with finish_reason "stop".
    real_forward = runtime.model.forward

    def eos_forward(*args, **kwargs):
        out = real_forward(*args, **kwargs)
        out.logits[..., :] = -1e4
        out.logits[..., runtime.eos_token_ids[0]] = 1e4
        return out

    monkeypatch.setattr(runtime.model, "forward", eos_forward)
    gen = runtime.stream("What is glaucoma?", settings=GenerationSettings(max_new_tokens=16))
    assert gen.text() == ""
    assert gen.completion_tokens == 1
    assert gen.finish_reason == "stop"


def _history(n_turns: int) -> list[dict]:
    msgs = []
    for i in range(n_turns):
        msgs += [{"role": "user", "content": f"Old question number {i} " + "about symptoms " * 10},
                 {"role": "assistant", "content": f"Old answer number {i} " + "with details " * 10}]
    return msgs


def test_budget_drops_oldest_turns_and_keeps_the_question(runtime):
    small = ChatRuntime(runtime.model, runtime.tokenizer, max_context_tokens=400)
    history = _history(8)
    question = "What is the newest question?"
    ids, dropped = small.build_prompt(question, history, max_new_tokens=64)
    assert len(ids) <= 400 - 64
    assert dropped > 0
    assert dropped % 2 == 0  # whole turns
    text = runtime.tokenizer.decode(ids)
    assert question in text
    kept = history[dropped:]
    assert all(m["content"] in text for m in kept)  # the newest turns survive, in order
    assert "Old question number 0 " not in text
    assert "Old question number 7 " in text  # the most recent turn is kept
    # Without pressure nothing is dropped.
    assert runtime.build_prompt(question, history[:2], max_new_tokens=64)[1] == 0


def test_budget_drops_context_after_history_and_refuses_a_question_that_cannot_fit(runtime):
    small = ChatRuntime(runtime.model, runtime.tokenizer, max_context_tokens=200)
    ids, _ = small.build_prompt("Short question?", [], context="passage " * 300, max_new_tokens=32)
    assert "passage passage" not in runtime.tokenizer.decode(ids)
    with pytest.raises(MedAssistError, match="too long"):
        small.build_prompt("word " * 400, [], max_new_tokens=32)


def test_concurrent_streams_do_not_mix(runtime, settings):
    questions = [f"Question {i}: what is condition {i}?" for i in range(4)]
    expected = {q: runtime.generate(q, settings=settings) for q in questions}
    results: dict[str, str] = {}

    def run(q):
        results[q] = runtime.generate(q, settings=settings)

    threads = [threading.Thread(target=run, args=(q,)) for q in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results == expected
    assert len(set(expected.values())) > 1  # the check can tell answers apart


def test_abandoned_stream_cancels_and_frees_its_slot(runtime):
    import time

    gen = runtime.stream("What is asthma?", settings=GenerationSettings(max_new_tokens=200))
    it = iter(gen)
    next(it)
    it.close()  # the client went away
    assert runtime.stats()["active"] == 0  # the slot is free at once, not when the reply would have ended
    time.sleep(0.5)
    stopped_at = gen.completion_tokens
    time.sleep(0.5)
    assert 1 <= gen.completion_tokens == stopped_at < 200  # and nothing more is generated for it


def test_abandoned_sequential_stream_releases_the_lock(runtime):
    seq = ChatRuntime(runtime.model, runtime.tokenizer)  # no engine: one at a time under the lock
    gen = seq.stream("What is asthma?", settings=GenerationSettings(max_new_tokens=200))
    it = iter(gen)
    next(it)
    it.close()
    assert seq._lock.acquire(timeout=10)  # the generation stopped and let go of the model
    seq._lock.release()
    assert 1 <= gen.completion_tokens < 200


def test_generation_errors_reach_the_consumer_and_the_engine_recovers(runtime, monkeypatch, settings):
    real_forward = runtime.model.forward

    def boom(*a, **k):
        raise RuntimeError("kaboom")

    expected = runtime.generate("What is asthma?", settings=settings)
    monkeypatch.setattr(runtime.model, "forward", boom)
    with pytest.raises(RuntimeError, match="kaboom"):
        runtime.generate("What is asthma?", settings=settings)
    assert runtime.stats()["active"] == 0
    monkeypatch.setattr(runtime.model, "forward", real_forward)
    assert runtime.generate("What is asthma?", settings=settings) == expected  # the next request is served


def test_sequential_counters_are_final_when_the_stream_ends(runtime):
    seq = ChatRuntime(runtime.model, runtime.tokenizer)
    gen = seq.stream("What is glaucoma?", settings=GenerationSettings(max_new_tokens=3))
    assert gen.text() == runtime.generate("What is glaucoma?", settings=GenerationSettings(max_new_tokens=3))
    assert gen.completion_tokens == 3
    assert gen.finish_reason == "length"


def test_sequential_generation_errors_reach_the_consumer(runtime, monkeypatch):
    seq = ChatRuntime(runtime.model, runtime.tokenizer)

    def boom(*a, **k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(runtime.model, "generate", boom)
    with pytest.raises(RuntimeError, match="kaboom"):
        seq.generate("What is asthma?")
    assert seq.stats() == {"active": 0, "waiting": 0, "max_active": 1, "max_waiting": 64, "engine": "sequential"}


def test_resolve_adapter(tmp_path, monkeypatch, caplog):
    import medassist.model.runtime as rt

    assert resolve_adapter("none") is None
    monkeypatch.setattr(rt, "DEFAULT_ADAPTER", tmp_path / "missing")
    assert resolve_adapter(None) is None
    assert "not found" in caplog.text
    with pytest.raises(MedAssistError, match="adapter_config.json"):
        resolve_adapter(tmp_path)
    (tmp_path / "adapter_config.json").write_text("{}")
    monkeypatch.setattr(rt, "DEFAULT_ADAPTER", tmp_path)
    assert resolve_adapter("default") == tmp_path


def test_load_with_an_adapter_merges_it(tiny_model_dir, tmp_path):
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    peft_model = get_peft_model(base, LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    peft_model.save_pretrained(tmp_path / "adapter")
    rt = ChatRuntime.load(str(tiny_model_dir), tmp_path / "adapter", device="cpu", dtype="float32")
    assert rt.model_id == "adapter"
    assert not any("lora" in n for n, _ in rt.model.named_parameters())  # merged, plain weights
    plain = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    assert not torch.equal(rt.model.model.layers[0].self_attn.q_proj.weight,
                           plain.model.layers[0].self_attn.q_proj.weight)
