"""Continuous batching (model/batching.py) on the tiny random model in fp32: batched greedy answers equal
one-at-a-time answers, requests join a running batch, cancelled requests leave it at once."""

from __future__ import annotations

import threading

import pytest

from medassist.model.decoding import GenerationSettings
from medassist.model.runtime import ChatRuntime

QUESTIONS = [f"Patient question {i}: what is condition number {i}?" for i in range(6)]


@pytest.fixture(scope="module")
def sequential(runtime):
    """The same model answering one request at a time through model.generate (no engine)."""
    return ChatRuntime(runtime.model, runtime.tokenizer)


def _concurrently(rt, questions, settings) -> dict[str, str]:
    results: dict[str, str] = {}
    errors: list[BaseException] = []

    def run(q):
        try:
            results[q] = rt.generate(q, settings=settings)
        except BaseException as e:  # noqa: BLE001 - reported by the assertion below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(q,)) for q in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    return results


@pytest.mark.parametrize("settings", [
    GenerationSettings(max_new_tokens=24),  # the served default decoder (plain greedy since issue 13)
    GenerationSettings(max_new_tokens=24, repetition_penalty=1.1),  # a mild penalty
    GenerationSettings(max_new_tokens=24, repetition_penalty=1.3, no_repeat_ngram_size=2),
], ids=["default", "plain", "penalty+ngram"])
def test_batched_greedy_answers_equal_one_at_a_time_answers(runtime, sequential, settings):
    assert runtime.engine is not None  # the fixture runtime batches
    expected = {q: sequential.generate(q, settings=settings) for q in QUESTIONS}
    assert len(set(expected.values())) == len(QUESTIONS)  # the check can tell answers apart
    assert _concurrently(runtime, QUESTIONS, settings) == expected


def test_the_decoder_settings_change_the_batched_answer(runtime):
    # The per-request hook is really applied: without it these would all be the plain greedy answer.
    q = QUESTIONS[0]
    plain = runtime.generate(q, settings=GenerationSettings(max_new_tokens=24, repetition_penalty=1.0))
    penalised = runtime.generate(q, settings=GenerationSettings(max_new_tokens=24, repetition_penalty=2.0))
    ngram = runtime.generate(q, settings=GenerationSettings(max_new_tokens=24, repetition_penalty=1.0,
                                                            no_repeat_ngram_size=1))
    assert plain != penalised and plain != ngram


def test_seeded_sampling_is_reproducible_and_differs_from_greedy(runtime):
    sampled = GenerationSettings(max_new_tokens=16, temperature=1.0, top_p=0.95, seed=7)
    a = runtime.generate(QUESTIONS[1], settings=sampled)
    b = runtime.generate(QUESTIONS[1], settings=sampled)
    greedy = runtime.generate(QUESTIONS[1], settings=GenerationSettings(max_new_tokens=16))
    assert a == b and a != greedy


def test_a_late_request_joins_the_running_batch(runtime, sequential):
    long = GenerationSettings(max_new_tokens=300, repetition_penalty=1.0)
    short = GenerationSettings(max_new_tokens=8)
    first = runtime.stream(QUESTIONS[2], settings=long)
    it = iter(first)
    next(it)  # the first request is decoding
    late = runtime.stream(QUESTIONS[3], settings=short)
    late_text = late.text()
    # The late request came and went while the first was mid-reply: one engine request is left, partway.
    (first_so_far,) = runtime.engine.in_flight().values()
    rest = "".join(it)
    assert 0 < first_so_far < first.completion_tokens
    assert late_text == sequential.generate(QUESTIONS[3], settings=short)
    assert rest and first.finish_reason in ("stop", "length")


def test_cancel_from_another_thread_frees_the_slot_at_once(runtime):
    gen = runtime.stream(QUESTIONS[4], settings=GenerationSettings(max_new_tokens=500, repetition_penalty=1.0))
    it = iter(gen)
    next(it)
    assert runtime.stats()["active"] == 1
    gen.cancel()  # e.g. Turn.cancel() from a bot's event loop
    assert runtime.stats()["active"] == 0
    rest = list(it)  # the stream ends instead of running to 500 tokens
    assert gen.completion_tokens < 500 and len(rest) < 500


def test_engine_limits_active_requests_and_queues_the_rest(runtime):
    small = ChatRuntime(runtime.model, runtime.tokenizer, batching=True, max_active=2, max_waiting=1)
    try:
        long = GenerationSettings(max_new_tokens=400, repetition_penalty=1.0)
        a, b = small.stream(QUESTIONS[0], settings=long), small.stream(QUESTIONS[1], settings=long)
        c = small.stream(QUESTIONS[2], settings=GenerationSettings(max_new_tokens=4))
        assert small.stats()["active"] == 2 and small.stats()["waiting"] == 1
        from medassist.model.queue import Busy

        with pytest.raises(Busy, match="busy"):
            small.stream(QUESTIONS[3], settings=long)
        ia = iter(a)
        next(ia)
        a.cancel()  # frees a slot: the waiting request is admitted
        assert (small.stats()["active"], small.stats()["waiting"]) == (2, 0)
        assert c.text() and c.completion_tokens <= 4
        b.cancel()
        assert small.stats()["active"] == 0
    finally:
        small.close()


def test_a_model_the_engine_cannot_run_is_served_one_at_a_time(runtime, monkeypatch, caplog, settings):
    import medassist.model.batching as batching

    def unsupported(*a, **k):
        raise ValueError("no paged attention for this architecture")

    monkeypatch.setattr(batching, "BatchEngine", unsupported)
    rt = ChatRuntime(runtime.model, runtime.tokenizer, batching=True, max_active=4)
    assert rt.engine is None and rt.stats()["engine"] == "sequential" and rt.stats()["max_active"] == 1
    assert "one request at a time" in caplog.text
    assert rt.generate(QUESTIONS[0], settings=settings) == runtime.generate(QUESTIONS[0], settings=settings)


def _engine_step(q_lens: list[int], k_lens: list[int], heads: int, kv_heads: int, dim: int, seed: int):
    """One engine step's attention inputs: each request's new queries and whole cache concatenated, the block-diagonal
    mask as the engine builds it, and the kwargs the engine passes. Returns (Attn, q, k, v, mask, cu_q, cu_k, kwargs)."""
    import torch
    from transformers.generation.continuous_batching.utils import build_attention_mask

    class Attn(torch.nn.Module):
        num_key_value_groups, is_causal = heads // kv_heads, True

    torch.manual_seed(seed)
    cu_q = [0, *torch.tensor(q_lens).cumsum(0).tolist()]
    cu_k = [0, *torch.tensor(k_lens).cumsum(0).tolist()]
    q = torch.randn(1, heads, cu_q[-1], dim)
    k, v = torch.randn(1, kv_heads, cu_k[-1], dim), torch.randn(1, kv_heads, cu_k[-1], dim)
    mask = torch.full((1, 1, cu_q[-1], cu_k[-1]), torch.finfo(torch.float32).min)  # as the engine resets it
    build_attention_mask(mask, cu_q, cu_k)
    kwargs = {"cu_seq_lens_q": torch.tensor(cu_q), "cu_seq_lens_k": {"full_attention": torch.tensor(cu_k)},
              "read_index": [], "is_causal": False}
    return Attn(), q, k, v, mask, cu_q, cu_k, kwargs


@pytest.mark.parametrize("q_lens,k_lens", [([5, 1, 1, 7], [9, 12, 3, 7]), ([300, 1], [300, 250])])
def test_request_by_request_attention_equals_the_block_diagonal_dense_form(q_lens, k_lens, monkeypatch):
    import torch
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    import medassist.model.batching as batching

    monkeypatch.setattr(batching, "SPLIT_MIN_SAVING", 0)  # always split, even where dense is as cheap
    attn, q, k, v, mask, _, _, engine_kwargs = _engine_step(q_lens, k_lens, heads=4, kv_heads=2, dim=16, seed=0)
    dense, _ = sdpa_attention_forward(attn, q, k, v, mask, is_causal=False)
    split, _ = batching._varlen_sdpa(attn, q, k, v, {"full_attention": mask}, **engine_kwargs)
    torch.testing.assert_close(split, dense)


@pytest.mark.parametrize("q_lens,k_lens", [([1] * 8, [300, 280, 310, 290, 305, 295, 300, 285]),  # 8 people decoding
                                           ([280, 1, 1], [280, 300, 290]), ([5, 1, 1, 7], [9, 12, 3, 7])])
@pytest.mark.parametrize("split_min_saving", [None, 0])  # the served choice between dense and split; always split
def test_engine_attention_reads_kv_heads_in_place_with_the_same_sums(q_lens, k_lens, split_min_saving, monkeypatch):
    """The engine's steps attend on the key/value heads as they are (enable_gqa), never copying each once per query
    head (transformers' repeat_kv): the dense form bit for bit what transformers' sdpa gives, the split form within
    float rounding of it."""
    import torch
    import transformers.integrations.sdpa_attention as hf_sdpa

    import medassist.model.batching as batching

    if split_min_saving is not None:
        monkeypatch.setattr(batching, "SPLIT_MIN_SAVING", split_min_saving)
    attn, q, k, v, mask, cu_q, cu_k, engine_kwargs = _engine_step(q_lens, k_lens, heads=9, kv_heads=3, dim=64, seed=1)
    # What transformers' sdpa (repeat_kv, or pack_gqa for one token) gives for the form the engine picks.
    dense = cu_q[-1] * cu_k[-1] - sum(a * b for a, b in zip(q_lens, k_lens, strict=True)) < batching.SPLIT_MIN_SAVING
    if dense:
        expected, _ = hf_sdpa.sdpa_attention_forward(attn, q, k, v, mask, is_causal=False)
    else:
        expected = torch.cat([hf_sdpa.sdpa_attention_forward(
            attn, q[:, :, cu_q[i]:cu_q[i + 1]], k[:, :, cu_k[i]:cu_k[i + 1]], v[:, :, cu_k[i]:cu_k[i + 1]],
            mask[..., cu_q[i]:cu_q[i + 1], cu_k[i]:cu_k[i + 1]], is_causal=False)[0] for i in range(len(q_lens))], dim=1)

    def no_copies(*args, **kwargs):
        raise AssertionError("the engine's attention copied key/value heads (repeat_kv)")

    monkeypatch.setattr(hf_sdpa, "repeat_kv", no_copies)
    got, _ = batching._varlen_sdpa(attn, q, k, v, {"full_attention": mask}, **engine_kwargs)
    exact = {"rtol": 0, "atol": 0} if dense else {}  # one-token pieces: transformers packs them instead (pack_gqa)
    torch.testing.assert_close(got, expected, **exact)


def test_requests_overflowing_the_cache_are_requeued_not_failed(runtime, sequential):
    from medassist.model.batching import BatchEngine

    settings = GenerationSettings(max_new_tokens=48, repetition_penalty=1.0)
    small = ChatRuntime(runtime.model, runtime.tokenizer, max_context_tokens=256)
    # Room for about two of these requests (~90-token prompts + 48 new) while six run at once.
    small.engine = BatchEngine(runtime.model, eos_token_ids=runtime.eos_token_ids, pad_token_id=runtime.pad_token_id,
                               max_active=6, max_seq_tokens=256, cache_tokens=256)
    from medassist.model.queue import FairQueue

    small.queue = FairQueue(6, 0)
    try:
        expected = {q: sequential.generate(q, settings=settings) for q in QUESTIONS}
        assert _concurrently(small, QUESTIONS, settings) == expected
    finally:
        small.close()


def test_a_decoding_step_attends_each_request_as_model_generate_decodes():
    """Eight people decoding (one new token each, ~300 cached): the step splits request by request, and each row is
    the call model.generate makes for one decoding request (no mask, enable_gqa), bit for bit."""
    import torch

    import medassist.model.batching as batching

    k_lens = [300, 280, 310, 290, 305, 295, 300, 285]
    attn, q, k, v, mask, _, cu_k, engine_kwargs = _engine_step([1] * 8, k_lens, heads=9, kv_heads=3, dim=64, seed=2)
    assert 8 * cu_k[-1] - cu_k[-1] >= batching.SPLIT_MIN_SAVING  # the served threshold splits this step
    got, _ = batching._varlen_sdpa(attn, q, k, v, {"full_attention": mask}, scaling=0.125, **engine_kwargs)
    for i in range(8):
        alone = torch.nn.functional.scaled_dot_product_attention(
            q[:, :, i:i + 1], k[:, :, cu_k[i]:cu_k[i + 1]].contiguous(), v[:, :, cu_k[i]:cu_k[i + 1]].contiguous(),
            scale=0.125, enable_gqa=True)
        assert torch.equal(got[:, i:i + 1], alone.transpose(1, 2))
